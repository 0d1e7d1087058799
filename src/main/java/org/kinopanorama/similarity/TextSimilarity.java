package org.kinopanorama.similarity;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Cosine over TF-IDF token vectors with sublinear tf: component = (1 + ln tf) × ln(N / df). Follows the
 * {@link FilmSimilarity} contract; films without tokens score 0 against others.
 */
public final class TextSimilarity implements FilmSimilarity {

    private final SparseCosine cosine;

    public TextSimilarity(Collection<FilmFeatures> films) {
        Map<String, Integer> df = new HashMap<>();
        Map<Long, Map<String, Integer>> tfs = new HashMap<>();
        for (FilmFeatures f : films) {
            Map<String, Integer> tf = new HashMap<>();
            f.tokens().forEach(t -> tf.merge(t, 1, Integer::sum));
            tf.keySet().forEach(t -> df.merge(t, 1, Integer::sum));
            tfs.put(f.filmId(), tf);
        }
        int n = films.size();
        Map<Long, Map<String, Double>> vectors = new HashMap<>();
        tfs.forEach((id, tf) -> {
            Map<String, Double> v = new HashMap<>();
            tf.forEach((t, c) -> v.put(t, (1 + Math.log(c)) * SparseCosine.idf(n, df.get(t))));
            vectors.put(id, v);
        });
        this.cosine = new SparseCosine(vectors, Explanation.Kind.TEXT);
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
