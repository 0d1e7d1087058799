package org.kinopanorama.similarity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Co-membership in curated lists, damped by list length. Each list {@code l} weighs
 * {@code w(l) = 1 / ln(1 + length(l))}, so a short, pointed list ("3 films about betrayal") says more than a long
 * catch-all one. With {@code S(x)} the sum of weights of film x's lists:
 * <pre>score(a, b) = sum of w(l) over lists shared by a and b / sqrt(S(a) · S(b))</pre>
 * (a cosine over list-membership vectors with components sqrt(w)), in [0, 1]. The length of a list is the
 * largest length any input film declares for it. Note: two films sharing their only list score 1 whatever its
 * length; damping shows once films are on several lists. Follows the {@link FilmSimilarity} contract.
 */
public final class ListSimilarity implements FilmSimilarity {

    private final Map<Long, Map<String, Double>> memberships = new HashMap<>();
    private final Map<Long, Double> totals = new HashMap<>();

    public ListSimilarity(Collection<FilmFeatures> films) {
        Map<String, Integer> lengths = new HashMap<>();
        for (FilmFeatures f : films) {
            f.lists().forEach((l, len) -> lengths.merge(l, len, Math::max));
        }
        for (FilmFeatures f : films) {
            if (f.lists().isEmpty()) {
                continue;
            }
            Map<String, Double> m = new HashMap<>();
            f.lists().keySet().forEach(l -> m.put(l, weight(lengths.get(l))));
            memberships.put(f.filmId(), Map.copyOf(m));
            totals.put(f.filmId(), m.values().stream().mapToDouble(Double::doubleValue).sum());
        }
    }

    /** Damping weight of a list of the given length (&ge; 1). */
    public static double weight(int length) {
        return 1.0 / Math.log(1.0 + length);
    }

    @Override
    public double score(long a, long b) {
        if (a == b) {
            return 1.0;
        }
        double shared = explain(a, b).reasons().stream().mapToDouble(Explanation.Reason::contribution).sum();
        return SparseCosine.clamp(shared);
    }

    @Override
    public Explanation explain(long a, long b) {
        Map<String, Double> ma = memberships.get(a);
        Map<String, Double> mb = memberships.get(b);
        if (a == b || ma == null || mb == null) {
            return Explanation.empty();
        }
        double norm = Math.sqrt(totals.get(a) * totals.get(b));
        List<Explanation.Reason> reasons = new ArrayList<>();
        for (String l : new TreeSet<>(ma.keySet())) {
            if (mb.containsKey(l)) {
                reasons.add(new Explanation.Reason(Explanation.Kind.LIST, l, ma.get(l) / norm));
            }
        }
        return new Explanation(reasons);
    }
}
