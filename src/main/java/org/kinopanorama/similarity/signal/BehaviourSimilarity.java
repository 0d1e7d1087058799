package org.kinopanorama.similarity.signal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Films saved together: implicit item-to-item similarity over baskets (a watchlist, a dataset user's rated films;
 * who they belong to is never kept). Each basket {@code u} weighs {@code w(u) = (1 / ln(1 + |u|))^damping}, so a
 * basket of a few films says more than one of thousands. With {@code co} the number of baskets holding both films
 * and {@code W(x)} the sum of weights of the baskets holding x:
 * <pre>score(a, b) = [sum of w(u) over baskets holding a and b / sqrt(W(a) · W(b))] · co / (co + shrinkage)</pre>
 * a cosine over basket-membership vectors, shrunk towards 0 when few baskets support it, so one chance
 * co-occurrence does not make two films twins; the behaviour signal therefore grows with use.
 *
 * <p>{@link Tuning#minSupport()}: fewer than that many baskets holding both films is no evidence (score 0, no
 * reason). {@link Tuning#balanced()}: a basket holding a large share of the films anyone saved counts for little
 * (its weight is further multiplied by {@code ln(1 + B / |u|) / ln(1 + B)}, B the number of films in any basket:
 * inverse user frequency), and no single basket decides a pair: the largest weight among the baskets holding both counts
 * for at most the sum of the others' ({@code shared' = min(shared, 2 · (shared − max))}).
 *
 * <p>Contract ({@link FilmSimilarity}): in [0, 1) for distinct films, symmetric, 1 for a film with itself, 0 for
 * films never saved together or not in any basket. A film id appearing twice in one basket counts once; baskets
 * with films the catalogue does not know keep only the known films (when built for a catalogue). The explanation
 * is one reason of kind {@link Explanation.Kind#BEHAVIOUR}, feature {@value #SAVED_TOGETHER}, carrying the whole
 * score: never who saved them.
 */
public final class BehaviourSimilarity extends IndexedSimilarity {

    /** The feature of the one behaviour reason. */
    public static final String SAVED_TOGETHER = "saved-together";

    /**
     * @param shrinkage     {@code λ >= 0} in {@code co / (co + λ)}; 0 is the plain cosine
     * @param basketDamping {@code >= 0}: exponent of the basket weight {@code 1 / ln(1 + size)}; 0 weighs all baskets 1
     * @param minSupport    {@code >= 1}: fewest baskets holding both films for them to count as saved together
     * @param balanced      inverse user frequency and the one-basket cap (see the class comment)
     */
    public record Tuning(double shrinkage, double basketDamping, int minSupport, boolean balanced) {

        /** Plain tuning: every co-occurrence counts, no inverse user frequency, no cap (the evaluation's). */
        public Tuning(double shrinkage, double basketDamping) {
            this(shrinkage, basketDamping, 1, false);
        }

        /** Chosen by the MovieLens evaluation (README, "Similarity"), shrinkage at its floor of 1. */
        public static final Tuning DEFAULT = new Tuning(1.0, 1.0);

        public Tuning {
            if (!(shrinkage >= 0) || !Double.isFinite(shrinkage)) {
                throw new IllegalArgumentException("shrinkage must be finite and >= 0: " + shrinkage);
            }
            if (!(basketDamping >= 0) || !Double.isFinite(basketDamping)) {
                throw new IllegalArgumentException("basketDamping must be finite and >= 0: " + basketDamping);
            }
            if (minSupport < 1) {
                throw new IllegalArgumentException("minSupport must be >= 1: " + minSupport);
            }
        }
    }

    private static final int[] NONE = new int[0];

    private final Tuning tuning;
    /** Basket → sorted film indexes (only baskets with at least one known film). */
    public final int[][] members;
    public final double[] basketWeight;
    /** Film index → sorted basket numbers. */
    public final int[][] basketsOf;
    private final double[] totalWeight;

    public BehaviourSimilarity(Map<String, ? extends Collection<Long>> baskets) {
        this(baskets, Tuning.DEFAULT);
    }

    public BehaviourSimilarity(Map<String, ? extends Collection<Long>> baskets, Tuning tuning) {
        this(FilmIndex.ofIds(allIds(baskets)), baskets, tuning);
    }

    public BehaviourSimilarity(FilmIndex index, Map<String, ? extends Collection<Long>> baskets, Tuning tuning) {
        this(index, baskets, tuning, -1);
    }

    /**
     * @param filmsInAnyBasket the catalogue's number of films in any basket, when these baskets are only those around
     *                         a change; negative counts them among these baskets
     */
    public BehaviourSimilarity(FilmIndex index, Map<String, ? extends Collection<Long>> baskets, Tuning tuning,
                        int filmsInAnyBasket) {
        super(index);
        this.tuning = Objects.requireNonNull(tuning, "tuning");
        // Basket names in sorted order: the numbering, and so every sum, does not depend on the map's order.
        TreeMap<String, ? extends Collection<Long>> sorted = new TreeMap<>(Objects.requireNonNull(baskets, "baskets"));
        List<int[]> kept = new ArrayList<>();
        int[] count = new int[index.size()];
        for (Collection<Long> films : sorted.values()) {
            int[] m = new int[films.size()];
            int n = 0;
            for (Long id : films) {
                int i = id == null ? -1 : index.indexOf(id);
                if (i >= 0) {
                    m[n++] = i;
                }
            }
            m = Arrays.stream(m, 0, n).sorted().distinct().toArray();
            if (m.length > 0) {
                kept.add(m);
                for (int i : m) {
                    count[i]++;
                }
            }
        }
        int inAnyBasket = 0;
        for (int c : count) {
            inAnyBasket += c > 0 ? 1 : 0;
        }
        if (filmsInAnyBasket >= 0) {
            inAnyBasket = filmsInAnyBasket;
        }
        this.members = kept.toArray(new int[0][]);
        this.basketWeight = new double[members.length];
        this.basketsOf = new int[index.size()][];
        for (int i = 0; i < count.length; i++) {
            basketsOf[i] = count[i] == 0 ? NONE : new int[count[i]];
            count[i] = 0;
        }
        this.totalWeight = new double[index.size()];
        for (int u = 0; u < members.length; u++) {
            basketWeight[u] = Math.pow(1.0 / Math.log(1.0 + members[u].length), tuning.basketDamping())
                    * (tuning.balanced() ? inverseUserFrequency(members[u].length, inAnyBasket) : 1.0);
            for (int i : members[u]) {
                basketsOf[i][count[i]++] = u;
                totalWeight[i] += basketWeight[u];
            }
        }
    }

    /**
     * {@code ln(1 + B / size) / ln(1 + B)}: 1 for a basket of one film, falling towards {@code ln 2 / ln(1 + B)}
     * for a basket holding every film anyone saved (never 0, so a young site's few baskets still count).
     */
    public static double inverseUserFrequency(int size, int films) {
        return Math.log(1.0 + (double) films / size) / Math.log(1.0 + films);
    }

    private static long[] allIds(Map<String, ? extends Collection<Long>> baskets) {
        return Objects.requireNonNull(baskets, "baskets").values().stream().flatMap(Collection::stream)
                .filter(Objects::nonNull).mapToLong(Long::longValue).toArray();
    }

    public Tuning tuning() {
        return tuning;
    }

    /** Number of baskets holding both films (0 for the same film or unknown ones). */
    public int savedTogether(long a, long b) {
        int i = index.indexOf(a);
        int j = index.indexOf(b);
        if (a == b || i < 0 || j < 0) {
            return 0;
        }
        return together(i, j).baskets();
    }

    @Override
    double scoreAt(int i, int j) {
        if (i == j) {
            return 1.0;
        }
        Together t = together(i, j);
        return score(i, j, t.baskets(), t.weight(), t.largest());
    }

    /** The baskets holding both films: how many, their summed weight and the largest weight among them. */
    private record Together(int baskets, double weight, double largest) {
    }

    private Together together(int i, int j) {
        int[] x = basketsOf[i];
        int[] y = basketsOf[j];
        int co = 0;
        double shared = 0;
        double largest = 0;
        for (int p = 0, q = 0; p < x.length && q < y.length; ) {
            if (x[p] == y[q]) {
                co++;
                shared += basketWeight[x[p]];
                largest = Math.max(largest, basketWeight[x[p]]);
                p++;
                q++;
            } else if (x[p] < y[q]) {
                p++;
            } else {
                q++;
            }
        }
        return new Together(co, shared, largest);
    }

    /**
     * The score from the co-occurrence of films {@code i} and {@code j}: what the neighbour search accumulates
     * ({@code largest}: the largest weight among the baskets holding both).
     */
    public double score(int i, int j, int co, double shared, double largest) {
        if (co == 0 || co < tuning.minSupport()) {
            return 0.0;
        }
        double evidence = tuning.balanced() ? Math.min(shared, 2 * (shared - largest)) : shared;
        if (!(evidence > 0)) {
            return 0.0;
        }
        double cosine = evidence / Math.sqrt(totalWeight[i] * totalWeight[j]);
        return SparseCosine.clamp(cosine * co / (co + tuning.shrinkage()));
    }

    @Override
    Explanation explainAt(int i, int j) {
        double s = scoreAt(i, j);
        return s > 0 && i != j
                ? new Explanation(List.of(new Explanation.Reason(Explanation.Kind.BEHAVIOUR, SAVED_TOGETHER, s)))
                : Explanation.empty();
    }
}
