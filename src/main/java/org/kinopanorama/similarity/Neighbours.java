package org.kinopanorama.similarity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Top-k most similar films. Candidates come from an inverted index (feature → films) over themes, lists and
 * tokens, so only films sharing at least one feature with the query film are ever scored — never all pairs.
 * Candidates scoring 0 are dropped. Result: sorted by score descending, then film id ascending; never contains
 * the query film; at most {@code k} entries; empty for an unknown film or {@code k == 0}.
 */
public final class Neighbours {

    private final Map<String, List<Long>> index = new HashMap<>();
    private final Map<Long, Set<String>> featuresOf = new HashMap<>();
    private final FilmSimilarity similarity;

    public Neighbours(Collection<FilmFeatures> films, FilmSimilarity similarity) {
        this.similarity = Objects.requireNonNull(similarity, "similarity");
        for (FilmFeatures f : films) {
            Set<String> keys = new HashSet<>();
            f.themes().keySet().forEach(t -> keys.add("theme:" + t));
            f.lists().keySet().forEach(l -> keys.add("list:" + l));
            f.tokens().forEach(t -> keys.add("text:" + t));
            featuresOf.put(f.filmId(), keys);
            keys.forEach(k -> index.computeIfAbsent(k, x -> new ArrayList<>()).add(f.filmId()));
        }
    }

    /** The standard blend used by the app: themes 0.5, lists 0.3, text 0.2. */
    public static Neighbours standard(Collection<FilmFeatures> films) {
        Map<FilmSimilarity, Double> w = new java.util.LinkedHashMap<>();
        w.put(new ThemeSimilarity(films), 0.5);
        w.put(new ListSimilarity(films), 0.3);
        w.put(new TextSimilarity(films), 0.2);
        return new Neighbours(films, new BlendedSimilarity(w));
    }

    /** Films sharing at least one feature with {@code film}, excluding itself. */
    Set<Long> candidates(long film) {
        Set<Long> out = new HashSet<>();
        for (String key : featuresOf.getOrDefault(film, Set.of())) {
            out.addAll(index.get(key));
        }
        out.remove(film);
        return out;
    }

    public List<Neighbour> topK(long film, int k) {
        if (k < 0) {
            throw new IllegalArgumentException("k must be >= 0: " + k);
        }
        List<Neighbour> scored = new ArrayList<>();
        for (long c : candidates(film)) {
            double s = similarity.score(film, c);
            if (s > 0) {
                scored.add(new Neighbour(c, s, null));
            }
        }
        scored.sort(Comparator.comparingDouble(Neighbour::score).reversed().thenComparingLong(Neighbour::filmId));
        List<Neighbour> out = new ArrayList<>();
        for (Neighbour n : scored.subList(0, Math.min(k, scored.size()))) {
            out.add(new Neighbour(n.filmId(), n.score(), similarity.explain(film, n.filmId())));
        }
        return out;
    }
}
