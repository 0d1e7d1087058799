package org.kinopanorama.similarity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * Films saved together, as EASE sees them (Steck 2019, "Embarrassingly Shallow Autoencoders"): over the films in
 * at least {@code minBaskets} baskets (at most {@code maxFilms} of them, the most saved), with {@code X} the
 * basket × film matrix of 0/1, the closed form
 * <pre>P = (XᵀX + λI)⁻¹,  B = I − P · diagMat(1 / diag(P)),  diag(B) = 0</pre>
 * weighs how much saving film i tells about film j once every other film is accounted for: a film saved with
 * everything (a basket's usual suspects) explains little. Beyond a few thousand films the dense solve is too
 * costly; the sparse {@link BehaviourSimilarity} covers the rest.
 *
 * <p>As a {@link FilmSimilarity}: {@code score(a, b) = max(0, (B[a][b] + B[b][a]) / 2) / s}, {@code s} the
 * largest such value of any pair kept (so in {@code [0, 1]}, symmetric; negative weights, "saved instead of",
 * count 0), kept for the {@value #PER_FILM} largest of each film and only for pairs at least {@code minTogether}
 * baskets hold (never one person's list alone). 1 for a film with
 * itself, 0 for films outside the model. The explanation is one reason of kind {@link Explanation.Kind#BEHAVIOUR},
 * {@link BehaviourSimilarity#SAVED_TOGETHER}, carrying the whole score.
 */
public final class EaseSimilarity extends IndexedSimilarity {

    /** Largest entries kept per film (then made symmetric), so the model takes films × {@value} numbers. */
    static final int PER_FILM = 100;

    /**
     * @param lambda      {@code λ > 0}, the ridge of the solve: larger trusts rare co-occurrence less
     * @param minBaskets  a film takes part when at least this many baskets hold it, {@code >= 1}
     * @param maxFilms    at most this many films (the most saved), {@code >= 2}: the solve costs {@code n³}
     * @param minTogether a pair scores only when at least this many baskets hold both, {@code >= 1}
     */
    public record Settings(double lambda, int minBaskets, int maxFilms, int minTogether) {

        public Settings {
            if (!(lambda > 0) || !Double.isFinite(lambda)) {
                throw new IllegalArgumentException("EASE lambda must be finite and > 0: " + lambda);
            }
            if (minBaskets < 1 || maxFilms < 2 || minTogether < 1) {
                throw new IllegalArgumentException("EASE needs minBaskets >= 1, maxFilms >= 2, minTogether >= 1: "
                        + minBaskets + ", " + maxFilms + ", " + minTogether);
            }
        }
    }

    /** Film index → indexes of the films it scores with (ascending), and the scores. */
    private final int[][] with;
    private final float[][] scores;
    private final int modelled;

    public EaseSimilarity(Map<String, ? extends Collection<Long>> baskets, Settings settings) {
        this(FilmIndex.ofIds(Objects.requireNonNull(baskets, "baskets").values().stream()
                .flatMap(Collection::stream).filter(Objects::nonNull).mapToLong(Long::longValue).toArray()),
                baskets, settings);
    }

    EaseSimilarity(FilmIndex index, Map<String, ? extends Collection<Long>> baskets, Settings settings) {
        super(index);
        Model m = Model.fit(index, baskets, settings);
        this.modelled = m.size();
        int n = m.size();
        // each film's PER_FILM best partners, then every kept pair entered on both sides
        List<List<Integer>> partners = new ArrayList<>(n);
        for (int a = 0; a < n; a++) {
            partners.add(new ArrayList<>());
        }
        double[] row = new double[n];
        Integer[] order = new Integer[n];
        for (int a = 0; a < n; a++) {
            int kept = 0;
            for (int b = 0; b < n; b++) {
                row[b] = b != a && m.together(a, b) >= settings.minTogether() ? m.symmetric(a, b) : 0;
                if (row[b] > 0) {
                    order[kept++] = b;
                }
            }
            Arrays.sort(order, 0, kept, (x, y) -> row[x] != row[y] ? Double.compare(row[y], row[x]) : Integer.compare(x, y));
            for (int t = 0; t < Math.min(kept, PER_FILM); t++) {
                partners.get(a).add(order[t]);
                partners.get(order[t]).add(a);
            }
        }
        // scaled so that the strongest pair scores 1: the order within each film's row is EASE's, and the blend's
        // weight means the same whatever the catalogue's size (raw weights shrink as lambda and baskets grow)
        double strongest = 0;
        for (int a = 0; a < n; a++) {
            for (int b : partners.get(a)) {
                strongest = Math.max(strongest, m.symmetric(a, b));
            }
        }
        this.with = new int[index.size()][];
        this.scores = new float[index.size()][];
        Arrays.fill(with, new int[0]);
        Arrays.fill(scores, new float[0]);
        for (int a = 0; a < n; a++) {
            int[] bs = partners.get(a).stream().mapToInt(Integer::intValue).sorted().distinct().toArray();
            int[] is = new int[bs.length];
            float[] ss = new float[bs.length];
            for (int t = 0; t < bs.length; t++) {
                is[t] = m.catalogueIndex[bs[t]];
                ss[t] = (float) Math.min(1.0, m.symmetric(a, bs[t]) / strongest);
            }
            // catalogue indexes follow film ids, as the model's do: still ascending
            with[m.catalogueIndex[a]] = is;
            scores[m.catalogueIndex[a]] = ss;
        }
    }

    /**
     * The same similarity over another set of films, from a model fitted before on the same baskets (films of the
     * model outside {@code index} drop out): the rebuild around a change takes the last full rebuild's instead of
     * reading every basket and solving again, as long as no basket changed.
     */
    EaseSimilarity(FilmIndex index, Fitted fitted) {
        super(index);
        this.modelled = fitted.modelled();
        this.with = new int[index.size()][];
        this.scores = new float[index.size()][];
        Arrays.fill(with, new int[0]);
        Arrays.fill(scores, new float[0]);
        for (int a = 0; a < fitted.films().length; a++) {
            int i = index.indexOf(fitted.films()[a]);
            if (i < 0) {
                continue;
            }
            long[] ids = fitted.partners()[a];
            int[] is = new int[ids.length];
            float[] ss = new float[ids.length];
            int kept = 0;
            // partners ascending by id, so by index too
            for (int t = 0; t < ids.length; t++) {
                int j = index.indexOf(ids[t]);
                if (j >= 0) {
                    is[kept] = j;
                    ss[kept++] = fitted.scores()[a][t];
                }
            }
            with[i] = Arrays.copyOf(is, kept);
            scores[i] = Arrays.copyOf(ss, kept);
        }
    }

    /**
     * A fitted model as film ids: each film with partners, its partners (ascending) and their scores.
     *
     * @param modelled how many films the model covers
     */
    record Fitted(int modelled, long[] films, long[][] partners, float[][] scores) {
    }

    /** This model by film ids, for {@link #EaseSimilarity(FilmIndex, Fitted)}. */
    Fitted fitted() {
        List<Long> films = new ArrayList<>();
        List<long[]> partners = new ArrayList<>();
        List<float[]> values = new ArrayList<>();
        for (int i = 0; i < with.length; i++) {
            if (with[i].length > 0) {
                films.add(index.id(i));
                long[] ids = new long[with[i].length];
                for (int t = 0; t < ids.length; t++) {
                    ids[t] = index.id(with[i][t]);
                }
                partners.add(ids);
                values.add(scores[i]);
            }
        }
        return new Fitted(modelled, films.stream().mapToLong(Long::longValue).toArray(), partners.toArray(new long[0][]),
                values.toArray(new float[0][]));
    }

    /** How many films the model covers (0 when fewer than two films have enough baskets). */
    public int modelledFilms() {
        return modelled;
    }

    @Override
    double scoreAt(int i, int j) {
        if (i == j) {
            return 1.0;
        }
        int p = Arrays.binarySearch(with[i], j);
        return p < 0 ? 0.0 : scores[i][p];
    }

    @Override
    Explanation explainAt(int i, int j) {
        double s = scoreAt(i, j);
        return s > 0 && i != j
                ? new Explanation(List.of(new Explanation.Reason(Explanation.Kind.BEHAVIOUR,
                BehaviourSimilarity.SAVED_TOGETHER, s)))
                : Explanation.empty();
    }

    /** Films film {@code i} scores with, by index, ascending (for the neighbour search's candidates). */
    int[] partnersAt(int i) {
        return with[i];
    }

    float[] scoresAt(int i) {
        return scores[i];
    }

    /**
     * The fitted weights B themselves, not symmetrised: EASE as a recommender scores a film by the sum of
     * {@code B[h][film]} over the films {@code h} a person saved.
     */
    public static final class Model {
        private final long[] films;
        final int[] catalogueIndex;
        private final double[] b;
        private final int[] co;

        private Model(long[] films, int[] catalogueIndex, double[] b, int[] co) {
            this.films = films;
            this.catalogueIndex = catalogueIndex;
            this.b = b;
            this.co = co;
        }

        /** Fits the model on these baskets (basket → film ids). */
        public static Model fit(Map<String, ? extends Collection<Long>> baskets, Settings settings) {
            return fit(FilmIndex.ofIds(baskets.values().stream().flatMap(Collection::stream)
                    .filter(Objects::nonNull).mapToLong(Long::longValue).toArray()), baskets, settings);
        }

        static Model fit(FilmIndex index, Map<String, ? extends Collection<Long>> baskets, Settings settings) {
            Objects.requireNonNull(settings, "settings");
            // baskets in name order, each film once: the same input gives the same model to the last bit
            List<int[]> members = new ArrayList<>();
            int[] count = new int[index.size()];
            for (Collection<Long> films : new TreeMap<>(Objects.requireNonNull(baskets, "baskets")).values()) {
                int[] m = films.stream().filter(Objects::nonNull).mapToInt(index::indexOf).filter(i -> i >= 0)
                        .sorted().distinct().toArray();
                members.add(m);
                for (int i : m) {
                    count[i]++;
                }
            }
            Integer[] byCount = new Integer[index.size()];
            int eligible = 0;
            for (int i = 0; i < index.size(); i++) {
                if (count[i] >= settings.minBaskets()) {
                    byCount[eligible++] = i;
                }
            }
            Arrays.sort(byCount, 0, eligible, (x, y) -> count[x] != count[y] ? Integer.compare(count[y], count[x])
                    : Integer.compare(x, y));
            int n = Math.min(eligible, settings.maxFilms());
            if (n < 2) {
                return new Model(new long[0], new int[0], new double[0], new int[0]);
            }
            int[] chosen = Arrays.stream(byCount, 0, n).mapToInt(Integer::intValue).sorted().toArray();
            int[] position = new int[index.size()];
            Arrays.fill(position, -1);
            for (int a = 0; a < n; a++) {
                position[chosen[a]] = a;
            }
            int[] co = new int[n * n];
            int[] in = new int[n];
            for (int[] m : members) {
                int k = 0;
                for (int i : m) {
                    if (position[i] >= 0) {
                        in[k++] = position[i];
                    }
                }
                for (int x = 0; x < k; x++) {
                    int row = in[x] * n;
                    for (int y = 0; y < k; y++) {
                        co[row + in[y]]++;
                    }
                }
            }
            DMatrixRMaj g = new DMatrixRMaj(n, n);
            for (int t = 0; t < n * n; t++) {
                g.data[t] = co[t];
            }
            for (int a = 0; a < n; a++) {
                g.data[a * n + a] += settings.lambda();
            }
            DMatrixRMaj p = new DMatrixRMaj(n, n);
            if (!CommonOps_DDRM.invertSPD(g, p)) {
                throw new IllegalStateException("EASE: the regularised Gram matrix is not positive definite");
            }
            double[] b = p.data; // B = -P / diag(P) column-wise, diagonal 0
            double[] diag = new double[n];
            for (int a = 0; a < n; a++) {
                diag[a] = p.data[a * n + a];
            }
            for (int a = 0; a < n; a++) {
                for (int c = 0; c < n; c++) {
                    b[a * n + c] = a == c ? 0.0 : -b[a * n + c] / diag[c];
                }
            }
            long[] ids = new long[n];
            for (int a = 0; a < n; a++) {
                ids[a] = index.id(chosen[a]);
            }
            return new Model(ids, chosen, b, co);
        }

        public int size() {
            return films.length;
        }

        /** The films of the model, ascending. */
        public long[] films() {
            return films.clone();
        }

        /** Position of a film in {@link #films()}, or -1. */
        public int indexOf(long film) {
            int i = Arrays.binarySearch(films, film);
            return i >= 0 ? i : -1;
        }

        /** {@code B[from][to]}: how much having saved {@code from} says for {@code to}; 0 outside the model. */
        public double weight(long from, long to) {
            int a = indexOf(from);
            int c = indexOf(to);
            return a < 0 || c < 0 ? 0.0 : b[a * films.length + c];
        }

        /** {@code B[a][c]} by the model's indexes. */
        double weightAt(int a, int c) {
            return b[a * films.length + c];
        }

        double symmetric(int a, int c) {
            int n = films.length;
            return SparseCosine.clamp((b[a * n + c] + b[c * n + a]) / 2);
        }

        int together(int a, int c) {
            return co[a * films.length + c];
        }
    }
}
