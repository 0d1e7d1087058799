package org.kinopanorama.similarity.evaluation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.kinopanorama.similarity.FilmFeatures;

/**
 * MovieLens films as the app holds them after an import ({@code CatalogueFeatures}): genres as {@code genre:}
 * attributes, free-text tags (lower case) as {@code tag:} attributes, the decade as {@code decade:} when the film has
 * any other attribute; no words (the app's words come from curated lists, which MovieLens has none of). A user's own
 * tags on the films held out from them are left out (they would tell the model what the user watched last).
 */
final class MovieLensFilms {

    private MovieLensFilms() {
    }

    static List<FilmFeatures> features(MovieLens data, Map<Integer, Set<Long>> hiddenByUser) {
        Map<Long, Set<String>> tags = new HashMap<>();
        for (MovieLens.Tag t : data.tags()) {
            if (hiddenByUser.getOrDefault(t.user(), Set.of()).contains(t.movie())) {
                continue;
            }
            String tag = t.tag().toLowerCase(Locale.ROOT).trim().replaceAll("\\s+", " ");
            if (!tag.isEmpty()) {
                tags.computeIfAbsent(t.movie(), m -> new HashSet<>()).add("tag:" + tag);
            }
        }
        List<FilmFeatures> films = new ArrayList<>(data.movies().size());
        for (MovieLens.Movie m : data.movies()) {
            Set<String> attributes = new HashSet<>(tags.getOrDefault(m.id(), Set.of()));
            m.genres().forEach(g -> attributes.add("genre:" + g.toLowerCase(Locale.ROOT)));
            if (m.year() > 0 && !attributes.isEmpty()) {
                attributes.add("decade:" + (m.year() / 10 * 10));
            }
            films.add(new FilmFeatures(m.id(), Map.of(), Map.of(), List.of(), attributes));
        }
        return films;
    }

    /** Each film's year, as the import stores it (films whose title gives none are absent). */
    static Map<Long, Integer> years(MovieLens data) {
        Map<Long, Integer> out = new HashMap<>();
        data.movies().stream().filter(m -> m.year() > 0).forEach(m -> out.put(m.id(), m.year()));
        return out;
    }
}
