package org.kinopanorama.similarity.signal;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Co-membership in curated lists, damped by list length. Each list {@code l} weighs
 * {@code w(l) = 1 / ln(1 + length(l))}, so a short, pointed list ("3 films about betrayal") says more than a long
 * catch-all one. With {@code S(x)} the sum of weights of film x's lists:
 * <pre>score(a, b) = sum of w(l) over lists shared by a and b / sqrt(S(a) · S(b))</pre>
 * (a cosine over list-membership vectors with components sqrt(w)), in [0, 1]. The length of a list is the
 * largest length any input film declares for it. Note: two films sharing their only list score 1 whatever its
 * length; damping shows once films are on several lists. Follows the {@link FilmSimilarity} contract.
 */
public final class ListSimilarity extends VectorSimilarity {

    public ListSimilarity(Collection<FilmFeatures> films) {
        this(FilmIndex.ofFilms(films), films);
    }

    public ListSimilarity(FilmIndex index, Collection<FilmFeatures> films) {
        this(index, films, null);
    }

    /** @param catalogue counts over the whole catalogue when {@code films} is a part of it; null counts among {@code films} */
    public ListSimilarity(FilmIndex index, Collection<FilmFeatures> films, FeatureStatistics catalogue) {
        super(vectors(index, films, catalogue));
    }

    /** Damping weight of a list of the given length (&ge; 1). */
    public static double weight(int length) {
        return 1.0 / Math.log(1.0 + length);
    }

    private static SparseCosine vectors(FilmIndex index, Collection<FilmFeatures> films, FeatureStatistics catalogue) {
        Map<String, Integer> lengths = new HashMap<>();
        for (FilmFeatures f : films) {
            f.lists().forEach((l, len) -> lengths.merge(l, len, Math::max));
        }
        List<Map<String, Double>> vectors = SparseCosine.slots(index);
        for (FilmFeatures f : films) {
            Map<String, Double> v = new HashMap<>();
            f.lists().keySet().forEach(l -> v.put(l, Math.sqrt(weight(lengths.get(l)))));
            vectors.set(index.indexOf(f.filmId()), v);
        }
        return catalogue == null ? new SparseCosine(index, vectors, Explanation.Kind.LIST)
                : new SparseCosine(index, vectors, Explanation.Kind.LIST,
                        l -> catalogue.documentFrequency(FeatureStatistics.LIST, l));
    }
}
