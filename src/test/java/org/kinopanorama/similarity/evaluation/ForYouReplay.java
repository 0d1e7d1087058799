package org.kinopanorama.similarity.evaluation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kinopanorama.foryou.ForYouConfig;
import org.kinopanorama.foryou.SuggestionRanker;
import org.kinopanorama.foryou.SuggestionRanker.Candidate;
import org.kinopanorama.foryou.SuggestionRanker.Evidence;
import org.kinopanorama.foryou.SuggestionRanker.Via;
import org.kinopanorama.similarity.Neighbour;
import org.kinopanorama.similarity.SuggestionWeights;

/**
 * "For you" as the app runs it, over what a full rebuild stores: each film's related films ({@code film_neighbour}:
 * the top K with their scores as {@code real}, nothing at or below 0) and its suggestion weights
 * ({@code film_suggestion_weight}). For a user, the rows {@code StoredNeighbours} reads (those of their
 * {@link ForYouConfig#seeds()} latest films, leaving out their own films), scored by {@link SuggestionRanker} with
 * the app's weight, and the page's varied choice ({@link SuggestionRanker#shown}) of the sampled films: a film's
 * score is its place in that list (the first scores highest), 0 when it is not in it.
 */
final class ForYouReplay implements LeaveLatestOut.Scorer {

    private record Row(long film, float score) {
    }

    private final Map<Long, List<Row>> related = new HashMap<>();
    private final Map<Long, List<Row>> savedWith = new HashMap<>();
    private final ForYouConfig config;

    ForYouReplay(Map<Long, List<Neighbour>> storedNeighbours, SuggestionWeights weights, ForYouConfig config) {
        this.config = config;
        storedNeighbours.forEach((film, ns) -> {
            List<Row> rows = new ArrayList<>(ns.size());
            for (Neighbour n : ns) {
                float score = (float) n.score(); // as NeighbourStore writes it
                if (score > 0 && n.filmId() != film) {
                    rows.add(new Row(n.filmId(), Math.min(1f, score)));
                }
            }
            related.put(film, rows);
        });
        weights.forEach((film, row) -> {
            List<Row> rows = new ArrayList<>(row.others().length);
            for (int t = 0; t < row.others().length; t++) {
                rows.add(new Row(row.others()[t], row.weights()[t]));
            }
            savedWith.put(film, rows);
        });
    }

    /** The evidence {@code StoredNeighbours} reads for a person who saved {@code history} (oldest first). */
    List<Evidence> evidence(long[] history) {
        Set<Long> mine = new HashSet<>();
        for (long h : history) {
            mine.add(h);
        }
        List<Evidence> out = new ArrayList<>();
        for (int i = Math.max(0, history.length - config.seeds()); i < history.length; i++) {
            long seed = history[i];
            int recency = history.length - 1 - i;
            for (Row r : related.getOrDefault(seed, List.of())) {
                if (!mine.contains(r.film())) {
                    out.add(new Evidence(Via.FILM, seed, r.film(), r.score(), false, recency));
                }
            }
            for (Row r : savedWith.getOrDefault(seed, List.of())) {
                if (!mine.contains(r.film())) {
                    out.add(new Evidence(Via.SAVED_WITH, seed, r.film(), r.score(), false, recency));
                }
            }
        }
        return out;
    }

    @Override
    public double[] score(int index, LeaveLatestOut.Case c, long[] candidates) {
        Map<Long, Integer> at = new HashMap<>();
        for (int x = 0; x < candidates.length; x++) {
            at.put(candidates[x], x);
        }
        List<Candidate> sampled = SuggestionRanker.candidates(evidence(c.history()), config.savedWithWeight(),
                        config.recencyHalfLife())
                .stream().filter(k -> at.containsKey(k.filmId())).toList();
        // MovieLens has no directors: the page's variety comes from the sources alone
        List<Candidate> shown = SuggestionRanker.shown(sampled, Map.of(), candidates.length);
        double[] out = new double[candidates.length];
        Arrays.fill(out, 0);
        for (int place = 0; place < shown.size(); place++) {
            out[at.get(shown.get(place).filmId())] = candidates.length - place;
        }
        return out;
    }
}
