package org.kinopanorama.similarity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** L2-normalised sparse vectors per film; cosine is a dot product. Package-private helper. */
final class SparseCosine {

    private final Map<Long, Map<String, Double>> unitVectors = new HashMap<>();
    private final Explanation.Kind kind;

    SparseCosine(Map<Long, Map<String, Double>> vectors, Explanation.Kind kind) {
        this.kind = kind;
        vectors.forEach((id, v) -> {
            double norm = Math.sqrt(v.values().stream().mapToDouble(x -> x * x).sum());
            if (norm > 0 && Double.isFinite(norm)) {
                Map<String, Double> unit = new HashMap<>();
                v.forEach((f, x) -> {
                    if (x > 0) {
                        unit.put(f, x / norm);
                    }
                });
                unitVectors.put(id, Map.copyOf(unit));
            }
        });
    }

    double score(long a, long b) {
        if (a == b) {
            return 1.0;
        }
        Map<String, Double> va = unitVectors.get(a);
        Map<String, Double> vb = unitVectors.get(b);
        if (va == null || vb == null) {
            return 0.0;
        }
        if (va.size() > vb.size()) { // iterate the smaller; order-independent sum up to rounding, so fix order
            Map<String, Double> t = va;
            va = vb;
            vb = t;
        }
        double dot = 0;
        for (String f : new java.util.TreeSet<>(va.keySet())) {
            Double y = vb.get(f);
            if (y != null) {
                dot += va.get(f) * y;
            }
        }
        return clamp(dot);
    }

    Explanation explain(long a, long b) {
        if (a == b) {
            return Explanation.empty();
        }
        Map<String, Double> va = unitVectors.get(a);
        Map<String, Double> vb = unitVectors.get(b);
        if (va == null || vb == null) {
            return Explanation.empty();
        }
        List<Explanation.Reason> reasons = new ArrayList<>();
        va.forEach((f, x) -> {
            Double y = vb.get(f);
            if (y != null) {
                reasons.add(new Explanation.Reason(kind, f, x * y));
            }
        });
        return new Explanation(reasons);
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
}
