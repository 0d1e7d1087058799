package org.kinopanorama.similarity;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Maximal Marginal Relevance re-ranking. Picks greedily, each time the remaining candidate maximising
 * <pre>lambda · score(c) − (1 − lambda) · max over already chosen s of between(c, s)</pre>
 * ties going to the candidate earlier in the input.
 * <ul>
 *   <li>Input: candidates sorted by score descending (as {@link Neighbours#topK} returns them).</li>
 *   <li>Output: at most {@code k} of the input neighbours, unchanged (same score and explanation), no duplicates.</li>
 *   <li>{@code lambda == 1} on input sorted as required: the first {@code k} of the input, in input order (ties keep input order).</li>
 *   <li>Lower lambda: candidates similar (per {@code between}) to ones already chosen are pushed down;
 *       {@code lambda == 0} ignores relevance after the first pick.</li>
 *   <li>{@code lambda} must be in [0, 1], {@code k >= 0}.</li>
 * </ul>
 */
public final class DiversityReranker {

    public List<Neighbour> rerank(List<Neighbour> candidates, int k, double lambda, FilmSimilarity between) {
        Objects.requireNonNull(candidates, "candidates");
        Objects.requireNonNull(between, "between");
        if (!(lambda >= 0 && lambda <= 1)) {
            throw new IllegalArgumentException("lambda must be in [0,1]: " + lambda);
        }
        if (k < 0) {
            throw new IllegalArgumentException("k must be >= 0: " + k);
        }
        List<Neighbour> remaining = new ArrayList<>(candidates);
        // each candidate's largest similarity to those chosen so far, updated with the latest pick only
        double[] redundancy = new double[remaining.size()];
        List<Neighbour> chosen = new ArrayList<>();
        while (chosen.size() < k && !remaining.isEmpty()) {
            int best = -1;
            double bestValue = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < remaining.size(); i++) {
                double value = lambda * remaining.get(i).score() - (1 - lambda) * redundancy[i];
                if (value > bestValue) {
                    bestValue = value;
                    best = i;
                }
            }
            Neighbour pick = remaining.remove(best);
            System.arraycopy(redundancy, best + 1, redundancy, best, remaining.size() - best);
            chosen.add(pick);
            if (lambda < 1 && chosen.size() < k) {
                for (int i = 0; i < remaining.size(); i++) {
                    redundancy[i] = Math.max(redundancy[i], between.score(remaining.get(i).filmId(), pick.filmId()));
                }
            }
        }
        return chosen;
    }
}
