package org.kinopanorama.similarity.signal;

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

    public ThemeSimilarity(FilmIndex index, Collection<FilmFeatures> films) {
        this(index, films, null);
    }

    /** @param catalogue counts over the whole catalogue when {@code films} is a part of it; null counts among {@code films} */
    public ThemeSimilarity(FilmIndex index, Collection<FilmFeatures> films, FeatureStatistics catalogue) {
        super(vectors(index, films, catalogue));
    }

    private static SparseCosine vectors(FilmIndex index, Collection<FilmFeatures> films, FeatureStatistics catalogue) {
        Map<String, Integer> df = new HashMap<>();
        if (catalogue == null) {
            for (FilmFeatures f : films) {
                f.themes().keySet().forEach(t -> df.merge(t, 1, Integer::sum));
            }
        } else {
            for (FilmFeatures f : films) {
                f.themes().keySet().forEach(t -> df.put(t, catalogue.documentFrequency(FeatureStatistics.THEME, t)));
            }
        }
        int n = catalogue == null ? films.size() : catalogue.films();
        List<Map<String, Double>> vectors = SparseCosine.slots(index);
        for (FilmFeatures f : films) {
            Map<String, Double> v = new HashMap<>();
            f.themes().forEach((t, w) -> v.put(t, w * SparseCosine.idf(n, df.get(t))));
            vectors.set(index.indexOf(f.filmId()), v);
        }
        return catalogue == null ? new SparseCosine(index, vectors, Explanation.Kind.THEME)
                : new SparseCosine(index, vectors, Explanation.Kind.THEME, df::get);
    }
}
