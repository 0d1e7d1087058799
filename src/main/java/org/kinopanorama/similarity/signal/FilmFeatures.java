package org.kinopanorama.similarity.signal;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Everything the similarity core knows about one film. Immutable; the maps and list are copied.
 *
 * @param filmId film id
 * @param themes theme slug → weight, each weight in (0, 1]
 * @param lists  curated list id → length of that list (number of films on it, &ge; 1)
 * @param tokens text tokens, already normalised (see {@link TextTokens#of(String)}); repetitions count as term frequency
 * @param attributes people and metadata a dataset supplied, each as {@code kind:value} with kind one of
 *                   {@code director}, {@code screenwriter}, {@code cast}, {@code studio}, {@code genre},
 *                   {@code decade}, {@code tag} (e.g. {@code director:p42}, {@code genre:drama}, {@code decade:1970})
 */
public record FilmFeatures(long filmId, Map<String, Double> themes, Map<String, Integer> lists, List<String> tokens,
                           Set<String> attributes) {

    public FilmFeatures {
        themes = Map.copyOf(Objects.requireNonNull(themes, "themes"));
        lists = Map.copyOf(Objects.requireNonNull(lists, "lists"));
        tokens = List.copyOf(Objects.requireNonNull(tokens, "tokens"));
        attributes = Set.copyOf(Objects.requireNonNull(attributes, "attributes"));
        attributes.forEach(a -> {
            int colon = a.indexOf(':');
            if (colon <= 0 || colon == a.length() - 1) {
                throw new IllegalArgumentException("attribute must be kind:value: " + a);
            }
        });
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

    /** A film known only from curated lists (no dataset attributes). */
    public FilmFeatures(long filmId, Map<String, Double> themes, Map<String, Integer> lists, List<String> tokens) {
        this(filmId, themes, lists, tokens, Set.of());
    }

    /** A film with no features at all. */
    public static FilmFeatures empty(long filmId) {
        return new FilmFeatures(filmId, Map.of(), Map.of(), List.of(), Set.of());
    }
}
