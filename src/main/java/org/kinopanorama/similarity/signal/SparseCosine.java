package org.kinopanorama.similarity.signal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * L2-normalised sparse vectors, one per film of a {@link FilmIndex}, over features interned as ints (feature ids
 * in alphabetical order of the names, rows sorted by feature id); cosine is a merge-join dot product, summed in
 * feature-id order whichever film comes first, hence exactly symmetric. Non-positive components are dropped.
 * Package-private helper of the vector similarities.
 */
public final class SparseCosine extends IndexedSimilarity {

    private static final int[] NO_FEATURES = new int[0];
    private static final double[] NO_VALUES = new double[0];

    private final Explanation.Kind kind;
    private final String[] names;
    private final int[][] features;
    private final double[][] values;
    private final int[] documentFrequency;

    /** @param vectors one raw (not yet normalised) vector per film index; null or empty for none */
    SparseCosine(FilmIndex index, List<Map<String, Double>> vectors, Explanation.Kind kind) {
        this(fromMaps(index, vectors), kind);
    }

    /** @param documentFrequency the catalogue's count of films with a feature, when these films are a part of it */
    SparseCosine(FilmIndex index, List<Map<String, Double>> vectors, Explanation.Kind kind,
                 java.util.function.ToIntFunction<String> documentFrequency) {
        this(fromMaps(index, vectors).countedBy(documentFrequency), kind);
    }

    private static Builder fromMaps(FilmIndex index, List<Map<String, Double>> vectors) {
        Builder b = new Builder(index);
        for (int i = 0; i < vectors.size(); i++) {
            Map<String, Double> v = vectors.get(i);
            if (v == null || v.isEmpty()) {
                continue;
            }
            int[] fs = new int[v.size()];
            double[] xs = new double[v.size()];
            int m = 0;
            for (Map.Entry<String, Double> e : v.entrySet()) {
                fs[m] = b.intern(e.getKey());
                xs[m++] = e.getValue();
            }
            b.set(i, fs, xs);
        }
        return b;
    }

    /**
     * Collects raw vectors by film index over interned feature names, without a map per film; {@link #build} sorts
     * the names, renumbers, drops non-positive components and normalises.
     */
    static final class Builder {
        final FilmIndex index;
        private final Map<String, Integer> ids = new HashMap<>();
        private final List<String> names = new ArrayList<>();
        private final int[][] features;
        private final double[][] values;
        private java.util.function.ToIntFunction<String> documentFrequency;

        Builder(FilmIndex index) {
            this.index = index;
            this.features = new int[index.size()][];
            this.values = new double[index.size()][];
        }

        int intern(String feature) {
            Integer id = ids.get(feature);
            if (id == null) {
                id = names.size();
                ids.put(feature, id);
                names.add(feature);
            }
            return id;
        }

        /**
         * Document frequencies from the whole catalogue (when the films are only the part of it around a change),
         * instead of counted among the films given; null counts them.
         */
        Builder countedBy(java.util.function.ToIntFunction<String> documentFrequency) {
            this.documentFrequency = documentFrequency;
            return this;
        }

        public String name(int id) {
            return names.get(id);
        }

        /** Film {@code i}'s raw vector: distinct interned features and their values (arrays are kept). */
        void set(int i, int[] features, double[] values) {
            this.features[i] = features;
            this.values[i] = values;
        }
    }

    private SparseCosine(Builder b, Explanation.Kind kind) {
        super(b.index);
        this.kind = kind;
        int count = b.names.size();
        Integer[] order = new Integer[count];
        for (int f = 0; f < count; f++) {
            order[f] = f;
        }
        Arrays.sort(order, (x, y) -> b.names.get(x).compareTo(b.names.get(y)));
        this.names = new String[count];
        int[] renumbered = new int[count];
        for (int r = 0; r < count; r++) {
            names[r] = b.names.get(order[r]);
            renumbered[order[r]] = r;
        }
        int n = index.size();
        this.features = new int[n][];
        this.values = new double[n][];
        this.documentFrequency = new int[count];
        for (int i = 0; i < n; i++) {
            features[i] = NO_FEATURES;
            values[i] = NO_VALUES;
            int[] raw = b.features[i];
            if (raw == null) {
                continue;
            }
            double[] rawValues = b.values[i];
            long[] keyed = new long[raw.length];
            int m = 0;
            for (int p = 0; p < raw.length; p++) {
                double x = rawValues[p];
                if (x > 0 && Double.isFinite(x)) {
                    keyed[m++] = ((long) renumbered[raw[p]] << 32) | p;
                }
            }
            Arrays.sort(keyed, 0, m);
            int[] fs = new int[m];
            double[] xs = new double[m];
            double sq = 0;
            for (int k = 0; k < m; k++) {
                fs[k] = (int) (keyed[k] >>> 32);
                xs[k] = rawValues[(int) keyed[k]];
                sq += xs[k] * xs[k];
            }
            b.features[i] = null;
            b.values[i] = null;
            double norm = Math.sqrt(sq);
            if (!(norm > 0) || !Double.isFinite(norm)) {
                continue;
            }
            for (int k = 0; k < m; k++) {
                xs[k] /= norm;
                documentFrequency[fs[k]]++;
            }
            features[i] = fs;
            values[i] = xs;
        }
        if (b.documentFrequency != null) {
            for (int f = 0; f < count; f++) {
                documentFrequency[f] = b.documentFrequency.applyAsInt(names[f]);
            }
        }
    }

    static SparseCosine of(Builder b, Explanation.Kind kind) {
        return new SparseCosine(b, kind);
    }

    @Override
    double scoreAt(int i, int j) {
        if (i == j) {
            return 1.0;
        }
        int[] fa = features[i];
        int[] fb = features[j];
        double[] va = values[i];
        double[] vb = values[j];
        double dot = 0;
        int x = 0;
        int y = 0;
        while (x < fa.length && y < fb.length) {
            int d = Integer.compare(fa[x], fb[y]);
            if (d == 0) {
                dot += va[x++] * vb[y++];
            } else if (d < 0) {
                x++;
            } else {
                y++;
            }
        }
        return clamp(dot);
    }

    @Override
    Explanation explainAt(int i, int j) {
        if (i == j) {
            return Explanation.empty();
        }
        int[] fa = features[i];
        int[] fb = features[j];
        List<Explanation.Reason> reasons = new ArrayList<>();
        int x = 0;
        int y = 0;
        while (x < fa.length && y < fb.length) {
            int d = Integer.compare(fa[x], fb[y]);
            if (d == 0) {
                reasons.add(new Explanation.Reason(kind, names[fa[x]], values[i][x] * values[j][y]));
                x++;
                y++;
            } else if (d < 0) {
                x++;
            } else {
                y++;
            }
        }
        return new Explanation(reasons);
    }

    public int featureCount() {
        return names.length;
    }

    /** The name of a feature (without its kind's letter). */
    public String name(int feature) {
        return names[feature];
    }

    public Explanation.Kind kind() {
        return kind;
    }

    /** Sorted feature ids of film {@code i} (do not modify). */
    public int[] features(int i) {
        return features[i];
    }

    /** Unit-vector components of film {@code i}, aligned with {@link #features(int)} (do not modify). */
    public double[] values(int i) {
        return values[i];
    }

    /** Number of films having the feature. */
    public int documentFrequency(int feature) {
        return documentFrequency[feature];
    }

    static double clamp(double x) {
        if (Double.isNaN(x) || x <= 0) {
            return 0.0;
        }
        return Math.min(1.0, x);
    }

    /** idf = ln(N / df); 0 for a feature every film has. */
    static double idf(int n, int df) {
        return df <= 0 ? 0.0 : Math.log((double) n / df);
    }

    /** One slot per film index, filled by the caller. */
    static List<Map<String, Double>> slots(FilmIndex index) {
        List<Map<String, Double>> out = new ArrayList<>(index.size());
        for (int i = 0; i < index.size(); i++) {
            out.add(null);
        }
        return out;
    }
}
