package org.kinopanorama.similarity;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Cosine over IDF-weighted theme vectors: component = weight × ln(N / df), where N is the number of films given
 * and df the number of them carrying the theme. A rare shared theme therefore counts more than a common one; a
 * theme every film has counts nothing. Follows the {@link FilmSimilarity} contract.
 */
public final class ThemeSimilarity extends VectorSimilarity {

    public ThemeSimilarity(Collection<FilmFeatures> films) {
        this(FilmIndex.ofFilms(films), films);
    }

    ThemeSimilarity(FilmIndex index, Collection<FilmFeatures> films) {
        super(vectors(index, films));
    }

    private static SparseCosine vectors(FilmIndex index, Collection<FilmFeatures> films) {
        Map<String, Integer> df = new HashMap<>();
        for (FilmFeatures f : films) {
            f.themes().keySet().forEach(t -> df.merge(t, 1, Integer::sum));
        }
        int n = films.size();
        List<Map<String, Double>> vectors = SparseCosine.slots(index);
        for (FilmFeatures f : films) {
            Map<String, Double> v = new HashMap<>();
            f.themes().forEach((t, w) -> v.put(t, w * SparseCosine.idf(n, df.get(t))));
            vectors.set(index.indexOf(f.filmId()), v);
        }
        return new SparseCosine(index, vectors, Explanation.Kind.THEME);
    }
}
