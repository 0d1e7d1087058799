package org.kinopanorama.similarity;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Cosine over IDF-weighted theme vectors: component = weight × ln(N / df), where N is the number of films given
 * and df the number of them carrying the theme. A rare shared theme therefore counts more than a common one; a
 * theme every film has counts nothing. Follows the {@link FilmSimilarity} contract.
 */
public final class ThemeSimilarity implements FilmSimilarity {

    private final SparseCosine cosine;

    public ThemeSimilarity(Collection<FilmFeatures> films) {
        Map<String, Integer> df = new HashMap<>();
        for (FilmFeatures f : films) {
            f.themes().keySet().forEach(t -> df.merge(t, 1, Integer::sum));
        }
        int n = films.size();
        Map<Long, Map<String, Double>> vectors = new HashMap<>();
        for (FilmFeatures f : films) {
            Map<String, Double> v = new HashMap<>();
            f.themes().forEach((t, w) -> v.put(t, w * SparseCosine.idf(n, df.get(t))));
            vectors.put(f.filmId(), v);
        }
        this.cosine = new SparseCosine(vectors, Explanation.Kind.THEME);
    }

    @Override
    public double score(long a, long b) {
        return cosine.score(a, b);
    }

    @Override
    public Explanation explain(long a, long b) {
        return cosine.explain(a, b);
    }
}
