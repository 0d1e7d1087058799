package org.kinopanorama.similarity;

import org.kinopanorama.similarity.signal.FilmSimilarity;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

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
 *   <li>With a cap ({@code limited}, {@code limit}): at most {@code limit} limited candidates (curated-list mates)
 *       are chosen while any other candidate remains; only then do the rest of them follow, in the same greedy
 *       order, so they fill the list when nothing else relates.</li>
 * </ul>
 */
public final class DiversityReranker {

    public List<Neighbour> rerank(List<Neighbour> candidates, int k, double lambda, FilmSimilarity between) {
        return rerank(candidates, k, lambda, between, n -> false, Integer.MAX_VALUE);
    }

    public List<Neighbour> rerank(List<Neighbour> candidates, int k, double lambda, FilmSimilarity between,
                                  Predicate<Neighbour> limited, int limit) {
        Objects.requireNonNull(limited, "limited");
        if (limit < 0) {
            throw new IllegalArgumentException("limit must be >= 0: " + limit);
        }
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
        int limitedChosen = 0;
        int limitedLeft = (int) candidates.stream().filter(limited).count();
        while (chosen.size() < k && !remaining.isEmpty()) {
            // past the cap, limited candidates wait until no other is left
            boolean capped = limitedChosen >= limit && limitedLeft < remaining.size();
            int best = -1;
            double bestValue = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < remaining.size(); i++) {
                if (capped && limited.test(remaining.get(i))) {
                    continue;
                }
                double value = lambda * remaining.get(i).score() - (1 - lambda) * redundancy[i];
                if (value > bestValue) {
                    bestValue = value;
                    best = i;
                }
            }
            Neighbour pick = remaining.remove(best);
            if (limited.test(pick)) {
                limitedChosen++;
                limitedLeft--;
            }
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
