package org.kinopanorama.similarity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Weighted mean of other similarities: {@code sum(w_i · s_i(a, b)) / sum(w_i)}. Weights must be finite and
 * non-negative, not all zero. Since each part follows the {@link FilmSimilarity} contract, so does the blend.
 * The explanation merges the parts' reasons, each scaled by {@code w_i / sum(w)}, so contributions add up to at
 * most the blended score.
 */
public final class BlendedSimilarity implements FilmSimilarity {

    private final Map<FilmSimilarity, Double> normalisedWeights;

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
        Map<FilmSimilarity, Double> n = new LinkedHashMap<>();
        for (Map.Entry<FilmSimilarity, Double> e : weights.entrySet()) {
            if (e.getValue() > 0) {
                n.put(e.getKey(), e.getValue() / total);
            }
        }
        this.normalisedWeights = n;
    }

    @Override
    public double score(long a, long b) {
        if (a == b) {
            return 1.0;
        }
        double s = 0;
        for (Map.Entry<FilmSimilarity, Double> e : normalisedWeights.entrySet()) {
            s += e.getValue() * e.getKey().score(a, b);
        }
        return SparseCosine.clamp(s);
    }

    @Override
    public Explanation explain(long a, long b) {
        List<Explanation> parts = new ArrayList<>();
        normalisedWeights.forEach((sim, w) -> parts.add(sim.explain(a, b).scaled(w)));
        return Explanation.merge(parts);
    }
}
