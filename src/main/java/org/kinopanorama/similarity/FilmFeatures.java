package org.kinopanorama.similarity;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything the similarity core knows about one film. Immutable; the maps and list are copied.
 *
 * @param filmId film id
 * @param themes theme slug → weight, each weight in (0, 1]
 * @param lists  curated list id → length of that list (number of films on it, &ge; 1)
 * @param tokens text tokens, already normalised (see {@link TextTokens#of(String)}); repetitions count as term frequency
 */
public record FilmFeatures(long filmId, Map<String, Double> themes, Map<String, Integer> lists, List<String> tokens) {

    public FilmFeatures {
        themes = Map.copyOf(Objects.requireNonNull(themes, "themes"));
        lists = Map.copyOf(Objects.requireNonNull(lists, "lists"));
        tokens = List.copyOf(Objects.requireNonNull(tokens, "tokens"));
        themes.forEach((slug, w) -> {
            if (!(w > 0.0 && w <= 1.0)) {
                throw new IllegalArgumentException("theme weight must be in (0,1]: " + slug + "=" + w);
            }
        });
        lists.forEach((id, len) -> {
            if (len < 1) {
                throw new IllegalArgumentException("list length must be >= 1: " + id + "=" + len);
            }
        });
    }

    /** A film with no features at all. */
    public static FilmFeatures empty(long filmId) {
        return new FilmFeatures(filmId, Map.of(), Map.of(), List.of());
    }
}
