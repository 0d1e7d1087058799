package org.kinopanorama.similarity.evaluation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kinopanorama.foryou.ForYouConfig;
import org.kinopanorama.foryou.StoredNeighbours;
import org.kinopanorama.foryou.SuggestionRanker;
import org.kinopanorama.foryou.SuggestionRanker.Candidate;
import org.kinopanorama.foryou.SuggestionRanker.Evidence;
import org.kinopanorama.foryou.SuggestionRanker.Via;
import org.kinopanorama.similarity.Neighbour;
import org.kinopanorama.similarity.SuggestionWeights;

/**
 * "For you" as the app runs it, over what a full rebuild stores: each film's related films ({@code film_neighbour}:
 * the top K with their scores as {@code real}, nothing at or below 0) and its suggestion weights
 * ({@code film_suggestion_weight}), and the film list's popularity of the films of each year. For a user, the rows {@code StoredNeighbours} reads (those of their
 * {@link ForYouConfig#seeds()} latest films, leaving out their own films), scored by {@link SuggestionRanker} with
 * the app's weight, and the page's varied choice ({@link SuggestionRanker#shown}) of the sampled films: a film's
 * score is its place in that list (the first scores highest), 0 when it is not in it.
 */
final class ForYouReplay implements LeaveLatestOut.Scorer {

    private record Row(long film, double score) {
    }

    private final Map<Long, List<Row>> related = new HashMap<>();
    private final Map<Long, List<Row>> savedWith = new HashMap<>();
    private final ForYouConfig config;
    /** Each year's {@link StoredNeighbours#SAME_YEAR_LIMIT} most popular films, relative to the most popular film. */
    private final Map<Integer, List<Row>> popularOfYear = new HashMap<>();
    private final Map<Long, Integer> years;

    /**
     * @param ratings how many users rated each film before their held-out one: the film list's popularity is
     *                {@code 3 × people + 2 × lists + ln(1 + dataset ratings)}, on a catalogue of MovieLens alone
     *                {@code ln(1 + ratings)}, stored as a {@code real}
     * @param years   each film's year (absent: none)
     */
    ForYouReplay(Map<Long, List<Neighbour>> storedNeighbours, SuggestionWeights weights, Map<Long, Integer> ratings,
                 Map<Long, Integer> years, ForYouConfig config) {
        this.config = config;
        this.years = years;
        float top = 0;
        for (int n : ratings.values()) {
            top = Math.max(top, (float) Math.log1p(n));
        }
        List<Map.Entry<Long, Integer>> order = new ArrayList<>(ratings.entrySet());
        order.sort(Map.Entry.<Long, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        for (Map.Entry<Long, Integer> e : order) {
            float popularity = (float) Math.log1p(e.getValue());
            Integer year = years.get(e.getKey());
            if (popularity > 0 && year != null) {
                List<Row> ofYear = popularOfYear.computeIfAbsent(year, y -> new ArrayList<>());
                if (ofYear.size() < StoredNeighbours.SAME_YEAR_LIMIT) {
                    ofYear.add(new Row(e.getKey(), (double) popularity / top));
                }
            }
        }
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
        if (config.sameYearFilms() > 0 && history.length >= config.sameYearFilms()) {
            for (int recency = 0; recency < config.sameYearFilms(); recency++) {
                long seed = history[history.length - 1 - recency];
                Integer year = years.get(seed);
                for (Row r : year == null ? List.<Row>of() : popularOfYear.getOrDefault(year, List.of())) {
                    if (!mine.contains(r.film())) {
                        out.add(new Evidence(Via.SAME_YEAR, seed, r.film(), r.score(), false, recency));
                    }
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
                        config.recencyHalfLife(), config.sameYearWeight())
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
