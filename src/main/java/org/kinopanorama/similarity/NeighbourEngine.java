package org.kinopanorama.similarity;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;

/**
 * The similarity core put together as configured: the blend of every signal, its candidate search, and the
 * diversity re-ranking applied to each film's neighbours before they are stored. Plain Java.
 */
final class NeighbourEngine {

    /** How many of a changed film's closest films are looked at again after the change. */
    static final int REACH = 200;

    private final Neighbours neighbours;
    private final FilmSimilarity redundancy;
    private final DiversityReranker diversity = new DiversityReranker();
    private final int k;
    private final double lambda;

    NeighbourEngine(Collection<FilmFeatures> films, Map<String, ? extends Collection<Long>> baskets,
                    SimilarityConfig.Weights weights, int k, double lambda) {
        this(films, baskets, weights, BehaviourSimilarity.Tuning.DEFAULT, k, lambda);
    }

    NeighbourEngine(Collection<FilmFeatures> films, Map<String, ? extends Collection<Long>> baskets,
                    SimilarityConfig.Weights weights, BehaviourSimilarity.Tuning tuning, int k, double lambda) {
        this(films, baskets, weights, tuning, k, lambda, null);
    }

    /**
     * @param catalogue counts over the whole catalogue when {@code films} are only the films around a change (see
     *                  {@link Neighbourhood}); null when they are the whole catalogue
     */
    NeighbourEngine(Collection<FilmFeatures> films, Map<String, ? extends Collection<Long>> baskets,
                    SimilarityConfig.Weights weights, BehaviourSimilarity.Tuning tuning, int k, double lambda,
                    FeatureStatistics catalogue) {
        SimilarityWeights w = new SimilarityWeights(weights.themes(), weights.lists(), weights.text(),
                weights.attributes(), weights.behaviour());
        this.neighbours = catalogue == null
                ? Neighbours.blend(films, baskets, w, tuning, Map.of(), Neighbours.CandidateLimits.forCatalogue(films.size()))
                : Neighbours.blend(films, baskets, w, tuning, Map.of(), catalogue);
        this.redundancy = new SharedGrouping(films);
        this.k = k;
        this.lambda = lambda;
    }

    /**
     * The films whose neighbours may change when these films change: themselves and their closest films (by
     * symmetry, those that may now count them among their own top k). A full rebuild is exact; this is the
     * cheap approximation used after an ingest.
     */
    Set<Long> around(Collection<Long> films) {
        Set<Long> out = new HashSet<>(films);
        for (long f : films) {
            neighbours.topK(f, Math.max(REACH, k * 5)).forEach(n -> out.add(n.filmId()));
        }
        return out;
    }

    /** Top k of each of these films, after diversity re-ranking of a pool twice as large. */
    Map<Long, List<Neighbour>> compute(Collection<Long> films) {
        Map<Long, List<Neighbour>> out = new ConcurrentHashMap<>();
        films.parallelStream().forEach(f -> out.put(f, diversify(neighbours.topK(f, pool()))));
        return out;
    }

    /** Top k of every film, handed over in film id order a block at a time (nothing held for all films at once). */
    void computeAll(BiConsumer<Long, List<Neighbour>> sink) {
        neighbours.forEachTopK(pool(), (film, pool) -> sink.accept(film, diversify(pool)));
    }

    /**
     * What makes two related films redundant side by side: the same curated list, director, screenwriter or
     * studio (cosine over those sets). Far cheaper than the full blend, which matters with 20 picks among 40
     * candidates for every film of a large catalogue.
     */
    static final class SharedGrouping implements FilmSimilarity {
        private static final java.util.Set<String> KINDS = java.util.Set.of("director", "screenwriter", "studio");
        private final Map<Long, Set<String>> groups = new java.util.HashMap<>();

        SharedGrouping(Collection<FilmFeatures> films) {
            for (FilmFeatures f : films) {
                Set<String> g = new HashSet<>();
                f.lists().keySet().forEach(l -> g.add("list:" + l));
                for (String a : f.attributes()) {
                    if (KINDS.contains(a.substring(0, a.indexOf(':')))) {
                        g.add(a);
                    }
                }
                if (!g.isEmpty()) {
                    groups.put(f.filmId(), Set.copyOf(g));
                }
            }
        }

        @Override
        public double score(long a, long b) {
            if (a == b) {
                return 1.0;
            }
            Set<String> ga = groups.get(a);
            Set<String> gb = groups.get(b);
            if (ga == null || gb == null) {
                return 0.0;
            }
            Set<String> small = ga.size() <= gb.size() ? ga : gb;
            Set<String> large = small == ga ? gb : ga;
            int shared = 0;
            for (String g : small) {
                if (large.contains(g)) {
                    shared++;
                }
            }
            return shared / Math.sqrt((double) ga.size() * gb.size());
        }
    }

    List<Neighbour> of(long film) {
        return diversify(neighbours.topK(film, pool()));
    }

    private int pool() {
        return lambda >= 1.0 ? k : k * 2;
    }

    /**
     * MMR on relevance relative to the best candidate (scores of a blend are small in absolute terms, and
     * redundancy is on [0, 1]), then the chosen neighbours with their real scores.
     */
    private List<Neighbour> diversify(List<Neighbour> pool) {
        if (lambda >= 1.0 || pool.isEmpty()) {
            return pool;
        }
        double best = pool.get(0).score();
        Map<Long, Neighbour> original = new java.util.HashMap<>();
        List<Neighbour> relative = new java.util.ArrayList<>(pool.size());
        for (Neighbour n : pool) {
            original.put(n.filmId(), n);
            relative.add(new Neighbour(n.filmId(), n.score() / best, n.why()));
        }
        return diversity.rerank(relative, k, lambda, redundancy).stream().map(n -> original.get(n.filmId())).toList();
    }
}
