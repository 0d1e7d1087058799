package org.kinopanorama.similarity;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The similarity core put together as configured: the blend of every signal, its candidate index, and the
 * diversity re-ranking applied to each film's neighbours before they are stored. Plain Java.
 */
final class NeighbourEngine {

    private final Neighbours neighbours;
    private final FilmSimilarity similarity;
    private final DiversityReranker diversity = new DiversityReranker();
    private final int k;
    private final double lambda;

    NeighbourEngine(Collection<FilmFeatures> films, Map<String, ? extends Collection<Long>> baskets,
                    SimilarityConfig.Weights weights, int k, double lambda) {
        Map<FilmSimilarity, Double> parts = new LinkedHashMap<>();
        parts.put(new ThemeSimilarity(films), weights.themes());
        parts.put(new ListSimilarity(films), weights.lists());
        parts.put(new TextSimilarity(films), weights.text());
        this.similarity = new BlendedSimilarity(parts);
        this.neighbours = new Neighbours(films, similarity);
        this.k = k;
        this.lambda = lambda;
    }

    /** The films whose neighbours may change when these films change: themselves and every candidate of theirs. */
    Set<Long> around(Collection<Long> films) {
        Set<Long> out = new HashSet<>(films);
        for (long f : films) {
            out.addAll(neighbours.candidates(f));
        }
        return out;
    }

    /** Top k of each film after diversity re-ranking of a pool twice as large. */
    Map<Long, List<Neighbour>> compute(Collection<Long> films) {
        Map<Long, List<Neighbour>> out = new ConcurrentHashMap<>();
        films.parallelStream().forEach(f -> out.put(f, of(f)));
        return out;
    }

    List<Neighbour> of(long film) {
        List<Neighbour> pool = neighbours.topK(film, k * 2);
        return lambda >= 1.0 ? pool.subList(0, Math.min(k, pool.size())) : diversity.rerank(pool, k, lambda, similarity);
    }
}
