package org.kinopanorama.similarity;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Cosine over TF-IDF token vectors with sublinear tf: component = (1 + ln tf) × ln(N / df). Follows the
 * {@link FilmSimilarity} contract; films without tokens score 0 against others.
 */
public final class TextSimilarity extends VectorSimilarity {

    public TextSimilarity(Collection<FilmFeatures> films) {
        this(FilmIndex.ofFilms(films), films);
    }

    TextSimilarity(FilmIndex index, Collection<FilmFeatures> films) {
        super(vectors(index, films));
    }

    private static SparseCosine vectors(FilmIndex index, Collection<FilmFeatures> films) {
        Map<String, Integer> df = new HashMap<>();
        List<Map<String, Double>> vectors = SparseCosine.slots(index);
        for (FilmFeatures f : films) {
            Map<String, Double> tf = new HashMap<>();
            f.tokens().forEach(t -> tf.merge(t, 1.0, Double::sum));
            tf.keySet().forEach(t -> df.merge(t, 1, Integer::sum));
            vectors.set(index.indexOf(f.filmId()), tf);
        }
        int n = films.size();
        for (Map<String, Double> tf : vectors) {
            if (tf != null) {
                tf.replaceAll((t, c) -> (1 + Math.log(c)) * SparseCosine.idf(n, df.get(t)));
            }
        }
        return new SparseCosine(index, vectors, Explanation.Kind.TEXT);
    }
}
