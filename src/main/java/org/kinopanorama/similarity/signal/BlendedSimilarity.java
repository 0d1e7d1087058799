package org.kinopanorama.similarity.signal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Weighted mean of other similarities: {@code sum(w_i · s_i(a, b)) / sum(w_i)}. Weights must be finite and
 * non-negative, not all zero; parts weighing 0 are left out. Since each part follows the {@link FilmSimilarity}
 * contract, so does the blend. The explanation merges the parts' reasons, each scaled by {@code w_i / sum(w)}, so
 * contributions add up to at most the blended score. Parts are summed in the map's iteration order (use an
 * ordered map for results reproducible to the last bit).
 */
public final class BlendedSimilarity implements FilmSimilarity {

    private final FilmSimilarity[] parts;
    private final double[] weights;
    /** Set when every part is a built-in similarity over the same films: then scores go by index. */
    private final FilmIndex index;

    public BlendedSimilarity(Map<FilmSimilarity, Double> weights) {
        Objects.requireNonNull(weights, "weights");
        double total = 0;
        for (Map.Entry<FilmSimilarity, Double> e : weights.entrySet()) {
            Objects.requireNonNull(e.getKey(), "similarity");
            double w = Objects.requireNonNull(e.getValue(), "weight");
            if (!(w >= 0) || !Double.isFinite(w)) {
                throw new IllegalArgumentException("weights must be finite and non-negative: " + w);
            }
            total += w;
        }
        if (!(total > 0)) {
            throw new IllegalArgumentException("weights must not all be zero");
        }
        List<FilmSimilarity> p = new ArrayList<>();
        List<Double> w = new ArrayList<>();
        for (Map.Entry<FilmSimilarity, Double> e : weights.entrySet()) {
            if (e.getValue() > 0) {
                p.add(e.getKey());
                w.add(e.getValue() / total);
            }
        }
        this.parts = p.toArray(new FilmSimilarity[0]);
        this.weights = w.stream().mapToDouble(Double::doubleValue).toArray();
        FilmIndex shared = parts[0] instanceof IndexedSimilarity s ? s.index : null;
        for (FilmSimilarity part : parts) {
            if (!(part instanceof IndexedSimilarity s) || !s.index.equals(shared)) {
                shared = null;
                break;
            }
        }
        this.index = shared;
    }

    @Override
    public double score(long a, long b) {
        if (a == b) {
            return 1.0;
        }
        if (index != null) {
            int i = index.indexOf(a);
            int j = index.indexOf(b);
            return i < 0 || j < 0 ? 0.0 : scoreAt(i, j);
        }
        double s = 0;
        for (int p = 0; p < parts.length; p++) {
            s += weights[p] * parts[p].score(a, b);
        }
        return SparseCosine.clamp(s);
    }

    @Override
    public Explanation explain(long a, long b) {
        List<Explanation> e = new ArrayList<>();
        for (int p = 0; p < parts.length; p++) {
            e.add(parts[p].explain(a, b).scaled(weights[p]));
        }
        return Explanation.merge(e);
    }

    /** Non-null when {@link #scoreAt} may be used. */
    public FilmIndex index() {
        return index;
    }

    public double scoreAt(int i, int j) {
        if (i == j) {
            return 1.0;
        }
        double s = 0;
        for (int p = 0; p < parts.length; p++) {
            s += weights[p] * ((IndexedSimilarity) parts[p]).scoreAt(i, j);
        }
        return SparseCosine.clamp(s);
    }

    public Explanation explainAt(int i, int j) {
        List<Explanation> e = new ArrayList<>(parts.length);
        for (int p = 0; p < parts.length; p++) {
            e.add(((IndexedSimilarity) parts[p]).explainAt(i, j));
        }
        return Explanation.merge(e, weights);
    }

    public int partCount() {
        return parts.length;
    }

    public FilmSimilarity part(int p) {
        return parts[p];
    }

    /** Normalised weight of part {@code p}. */
    public double weight(int p) {
        return weights[p];
    }
}
