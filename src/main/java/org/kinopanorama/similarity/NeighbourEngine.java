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
 * diversity re-ranking applied to each film's neighbours before they are stored, with at most
 * {@code listMateCap} films sharing a curated list with the film among them unless nothing else relates. Plain
 * Java; the one pipeline the rebuild (and the evaluation) runs.
 */
public final class NeighbourEngine {

    /** How many of a changed film's closest films are looked at again after the change. */
    static final int REACH = 200;

    private final Neighbours neighbours;
    private final FilmSimilarity redundancy;
    private final DiversityReranker diversity = new DiversityReranker();
    private final int k;
    private final double lambda;
    private final int listMateCap;
    private final Map<Long, Set<String>> listsOf = new java.util.HashMap<>();

    NeighbourEngine(Collection<FilmFeatures> films, Map<String, ? extends Collection<Long>> baskets,
                    SimilarityConfig.Weights weights, int k, double lambda) {
        this(films, baskets, weights, BehaviourSimilarity.Tuning.DEFAULT, k, lambda);
    }

    NeighbourEngine(Collection<FilmFeatures> films, Map<String, ? extends Collection<Long>> baskets,
                    SimilarityConfig.Weights weights, BehaviourSimilarity.Tuning tuning, int k, double lambda) {
        this(films, baskets, weights(weights), tuning, Map.of(), k, lambda, Integer.MAX_VALUE);
    }

    /**
     * @param kindWeights attribute kind → weight ({@link AttributeSimilarity}); kinds not named weigh 1
     * @param k           neighbours kept per film
     * @param lambda      MMR trade-off in [0, 1]; 1 keeps the similarity order
     * @param listMateCap at most this many films sharing a curated list with the film, unless nothing else relates
     */
    public NeighbourEngine(Collection<FilmFeatures> films, Map<String, ? extends Collection<Long>> baskets,
                           SimilarityWeights weights, BehaviourSimilarity.Tuning tuning,
                           Map<String, Double> kindWeights, int k, double lambda, int listMateCap) {
        this(films, baskets, weights, tuning, kindWeights, 0, null, k, lambda, listMateCap, null, null);
    }

    /** @param easeWeight weight of {@link EaseSimilarity} in the blend (0: left out), built with {@code ease} */
    public NeighbourEngine(Collection<FilmFeatures> films, Map<String, ? extends Collection<Long>> baskets,
                           SimilarityWeights weights, BehaviourSimilarity.Tuning tuning,
                           Map<String, Double> kindWeights, double easeWeight, EaseSimilarity.Settings ease,
                           int k, double lambda, int listMateCap) {
        this(films, baskets, weights, tuning, kindWeights, easeWeight, ease, k, lambda, listMateCap, null, null);
    }

    /**
     * @param catalogue counts over the whole catalogue when {@code films} are only the films around a change (see
     *                  {@link Neighbourhood}); null when they are the whole catalogue
     * @param fittedEase EASE fitted before on the same baskets, or null to fit it on {@code baskets}
     */
    private NeighbourEngine(Collection<FilmFeatures> films, Map<String, ? extends Collection<Long>> baskets,
                            SimilarityWeights weights, BehaviourSimilarity.Tuning tuning,
                            Map<String, Double> kindWeights, double easeWeight, EaseSimilarity.Settings ease,
                            int k, double lambda, int listMateCap, FeatureStatistics catalogue,
                            EaseSimilarity.Fitted fittedEase) {
        if (listMateCap < 0) {
            throw new IllegalArgumentException("listMateCap must be >= 0: " + listMateCap);
        }
        this.neighbours = catalogue == null
                ? Neighbours.blend(films, baskets, weights, tuning, kindWeights,
                        Neighbours.CandidateLimits.forCatalogue(films.size()), easeWeight, ease)
                : Neighbours.blend(films, baskets, weights, tuning, kindWeights, catalogue, easeWeight, ease, fittedEase);
        this.redundancy = new SharedGrouping(films);
        this.k = k;
        this.lambda = lambda;
        this.listMateCap = listMateCap;
        if (listMateCap < Integer.MAX_VALUE) {
            for (FilmFeatures f : films) {
                if (!f.lists().isEmpty()) {
                    listsOf.put(f.filmId(), Set.copyOf(f.lists().keySet()));
                }
            }
        }
    }

    /** The engine the site runs, as configured. */
    public static NeighbourEngine of(Collection<FilmFeatures> films, Map<String, ? extends Collection<Long>> baskets,
                                     SimilarityConfig config) {
        return of(films, baskets, config, null, null);
    }

    /**
     * The same over the films around a change, weighed by the whole catalogue's counts ({@link Neighbourhood}), with
     * EASE as fitted by the last full rebuild on the same baskets ({@code fittedEase}; null: fitted on {@code baskets}).
     */
    static NeighbourEngine of(Collection<FilmFeatures> films, Map<String, ? extends Collection<Long>> baskets,
                              SimilarityConfig config, FeatureStatistics catalogue, EaseSimilarity.Fitted fittedEase) {
        return new NeighbourEngine(films, baskets, weights(config.weights()),
                new BehaviourSimilarity.Tuning(config.behaviourShrinkage(), config.behaviourBasketDamping(),
                        config.behaviourMinSupport(), true),
                config.attributeKinds(), config.ease().weight(), config.ease().settings(), config.neighbours(),
                config.diversity(), config.listMates(), catalogue, fittedEase);
    }

    /** EASE as this engine fitted it (null when it has none), to reuse while the baskets stay the same. */
    EaseSimilarity.Fitted fittedEase() {
        if (neighbours.similarity() instanceof BlendedSimilarity b) {
            for (int p = 0; p < b.partCount(); p++) {
                if (b.part(p) instanceof EaseSimilarity e) {
                    return e.fitted();
                }
            }
        }
        return null;
    }

    private static SimilarityWeights weights(SimilarityConfig.Weights w) {
        return new SimilarityWeights(w.themes(), w.lists(), w.text(), w.attributes(), w.behaviour());
    }

    /**
     * The films whose neighbours may change when these films change: themselves and their closest films (by
     * symmetry, those that may now count them among their own top k). A full rebuild is exact; this is the
     * cheap approximation used after an ingest.
     */
    Set<Long> around(Collection<Long> films) {
        Set<Long> out = new HashSet<>(films);
        for (long f : films) {
            neighbours.topK(f, reach()).forEach(n -> out.add(n.filmId()));
        }
        return out;
    }

    /**
     * The films among the {@link #reach} closest of any of these films, each with its highest score with one of
     * them (these films themselves left out).
     */
    Map<Long, Double> closestTo(Collection<Long> films) {
        Map<Long, Double> out = new java.util.HashMap<>();
        for (long f : films) {
            neighbours.topK(f, reach()).forEach(n -> out.merge(n.filmId(), n.score(), Math::max));
        }
        out.keySet().removeAll(films);
        return out;
    }

    /**
     * This film's score with another and why, as a search would give it (null when they do not relate): what a
     * film's stored related films are weighed against when a changed film may enter them.
     */
    Neighbour scored(long film, long other) {
        FilmSimilarity similarity = neighbours.similarity();
        double score = film == other ? 0 : similarity.score(film, other);
        return score > 0 ? new Neighbour(other, score, similarity.explain(film, other)) : null;
    }

    /** Top k of each of these films, after diversity re-ranking of a pool twice as large. */
    public Map<Long, List<Neighbour>> compute(Collection<Long> films) {
        Map<Long, List<Neighbour>> out = new ConcurrentHashMap<>();
        films.parallelStream().forEach(f -> out.put(f, diversify(f, neighbours.topK(f, pool()))));
        return out;
    }

    /** Top k of every film, handed over in film id order a block at a time (nothing held for all films at once). */
    public void computeAll(BiConsumer<Long, List<Neighbour>> sink) {
        neighbours.forEachTopK(pool(), (film, pool) -> sink.accept(film, diversify(film, pool)));
    }

    /**
     * What makes two related films redundant side by side: the same curated list, director, screenwriter or
     * studio (cosine over those sets). Far cheaper than the full blend, which matters with 20 picks among 40
     * candidates for every film of a large catalogue.
     */
    static final class SharedGrouping implements FilmSimilarity {
        private static final java.util.Set<String> KINDS = java.util.Set.of("director", "screenwriter", "studio");
        /** Each film's groups, numbered, ascending: the re-ranking asks for 20 × 60 pairs a film. */
        private final Map<Long, int[]> groups = new java.util.HashMap<>();

        SharedGrouping(Collection<FilmFeatures> films) {
            Map<String, Integer> numbers = new java.util.HashMap<>();
            for (FilmFeatures f : films) {
                Set<String> g = new HashSet<>();
                f.lists().keySet().forEach(l -> g.add("list:" + l));
                for (String a : f.attributes()) {
                    if (KINDS.contains(a.substring(0, a.indexOf(':')))) {
                        g.add(a);
                    }
                }
                if (!g.isEmpty()) {
                    groups.put(f.filmId(), g.stream().mapToInt(x -> numbers.computeIfAbsent(x, y -> numbers.size()))
                            .sorted().toArray());
                }
            }
        }

        @Override
        public double score(long a, long b) {
            if (a == b) {
                return 1.0;
            }
            int[] ga = groups.get(a);
            int[] gb = groups.get(b);
            if (ga == null || gb == null) {
                return 0.0;
            }
            int shared = 0;
            for (int i = 0, j = 0; i < ga.length && j < gb.length; ) {
                if (ga[i] == gb[j]) {
                    shared++;
                    i++;
                    j++;
                } else if (ga[i] < gb[j]) {
                    i++;
                } else {
                    j++;
                }
            }
            return shared / Math.sqrt((double) ga.length * gb.length);
        }
    }

    public List<Neighbour> of(long film) {
        return diversify(film, neighbours.topK(film, pool()));
    }

    /** Candidates re-ranked: twice k for diversity, three times k when list mates may have to make room. */
    /** How many closest films of a changed film {@link #around} looks at. */
    int reach() {
        return reach(k);
    }

    static int reach(int k) {
        return Math.max(REACH, k * 5);
    }

    /** How many candidates each film's neighbours are chosen among. */
    int pool() {
        return pool(k, lambda, listMateCap);
    }

    static int pool(int k, double lambda, int listMateCap) {
        return listMateCap < k ? k * 3 : lambda >= 1.0 ? k : k * 2;
    }

    /**
     * MMR on relevance relative to the best candidate (scores of a blend are small in absolute terms, and
     * redundancy is on [0, 1]), with the list-mate cap, then the chosen neighbours with their real scores.
     */
    private List<Neighbour> diversify(long film, List<Neighbour> pool) {
        return diversify(film, pool, k, lambda, listMateCap, redundancy, listsOf, diversity);
    }

    /**
     * A film's related films chosen again among these (stored ones and changed films, with their scores) by the
     * same re-ranking as a search's pool: redundancy and list mates from {@code grouping}, each film's curated lists,
     * directors, screenwriters and studios (other features are not needed).
     */
    static List<Neighbour> rediversify(long film, List<Neighbour> pool, Collection<FilmFeatures> grouping, int k,
                                       double lambda, int listMateCap) {
        Map<Long, Set<String>> lists = new java.util.HashMap<>();
        for (FilmFeatures f : grouping) {
            if (!f.lists().isEmpty()) {
                lists.put(f.filmId(), Set.copyOf(f.lists().keySet()));
            }
        }
        List<Neighbour> sorted = new java.util.ArrayList<>(pool);
        sorted.sort(java.util.Comparator.comparingDouble(Neighbour::score).reversed().thenComparingLong(Neighbour::filmId));
        return diversify(film, sorted, k, lambda, listMateCap, new SharedGrouping(grouping), lists, new DiversityReranker());
    }

    private static List<Neighbour> diversify(long film, List<Neighbour> pool, int k, double lambda, int listMateCap,
                                             FilmSimilarity redundancy, Map<Long, Set<String>> listsOf,
                                             DiversityReranker diversity) {
        boolean capped = listMateCap < k && listsOf.containsKey(film);
        if ((lambda >= 1.0 && !capped) || pool.isEmpty()) {
            return pool.size() > k ? pool.subList(0, k) : pool;
        }
        double best = pool.get(0).score();
        Map<Long, Neighbour> original = new java.util.HashMap<>();
        List<Neighbour> relative = new java.util.ArrayList<>(pool.size());
        for (Neighbour n : pool) {
            original.put(n.filmId(), n);
            relative.add(new Neighbour(n.filmId(), n.score() / best, n.why()));
        }
        Set<String> lists = listsOf.getOrDefault(film, Set.of());
        java.util.function.Predicate<Neighbour> mate = n -> {
            Set<String> theirs = listsOf.get(n.filmId());
            return theirs != null && theirs.stream().anyMatch(lists::contains);
        };
        return diversity.rerank(relative, k, lambda, redundancy, mate, capped ? listMateCap : Integer.MAX_VALUE)
                .stream().map(n -> original.get(n.filmId())).toList();
    }

    /** Whether two films share a curated list (what the list-mate cap counts). */
    boolean listMates(long a, long b) {
        Set<String> la = listsOf.get(a);
        Set<String> lb = listsOf.get(b);
        return la != null && lb != null && la.stream().anyMatch(lb::contains);
    }
}
