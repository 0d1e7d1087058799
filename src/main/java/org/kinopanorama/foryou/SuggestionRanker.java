package org.kinopanorama.foryou;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns what was read for a person (the stored neighbours of their films, the best films of the themes they picked)
 * into a short list that is not all about one of their films or one director. Plain Java: no database, no Quarkus.
 *
 * <p>A candidate's score is the sum of its neighbour scores over the person's films, each relative to that film's
 * closest neighbour (a film close to several of them comes first; every one of them has an equal say), plus the
 * sum of what saving each of those films says for it (EASE's weights, times a configured weight), plus its
 * popularity among the films of the same year as one of the person's latest films (times a configured weight), plus
 * {@link #THEME_WEIGHT} times its standing in a picked theme. The list is then taken
 * greedily: each candidate's score is multiplied by {@link #REPEAT_DECAY} for every film already taken that came
 * mainly from the same source (the same saved film, the same theme), and again for every one already taken by one
 * of its directors.
 */
public final class SuggestionRanker {

    /**
     * Where a candidate came from: a related film of one of the person's films ({@code film_neighbour}), a film
     * that saving one of their films says something for ({@code film_suggestion_weight}: people who saved it also
     * saved this), one of the films of a picked theme, or one of the popular films of the year one of their latest
     * films is from (what people save lately tends to come from the same years).
     */
    public enum Via { FILM, SAVED_WITH, THEME, SAME_YEAR }

    /**
     * One row read: {@code filmId} reached through {@code source} (a film of the person's, or a theme id) with this
     * strength (in 0..1, but for {@link Via#SAVED_WITH}: EASE's weight, above 0; for {@link Via#SAME_YEAR}: the
     * film's popularity relative to the catalogue's most popular film's); {@code watched} when the source is a film
     * the person marked watched; {@code recency} the source's place among the person's films, latest saved
     * first (0; 0 for a theme too).
     */
    public record Evidence(Via via, long source, long filmId, double strength, boolean watched, int recency) {
        /** Evidence through the person's latest film, or a theme. */
        public Evidence(Via via, long source, long filmId, double strength, boolean watched) {
            this(via, source, filmId, strength, watched, 0);
        }

        double weighted() {
            return via == Via.THEME ? THEME_WEIGHT * strength : strength;
        }

        /** The same for every way through one of the person's films. */
        String sourceKey() {
            return (via == Via.THEME ? "THEME:" : "FILM:") + source;
        }
    }

    /** A candidate and all its evidence, strongest first. */
    public record Candidate(long filmId, double score, List<Evidence> evidence) {
        public Evidence strongest() {
            return evidence.get(0);
        }

        /** The evidence through the person's films (their related films, their suggestion weights), strongest first. */
        public List<Evidence> throughFilms() {
            return evidence.stream().filter(e -> e.via() == Via.FILM || e.via() == Via.SAVED_WITH).toList();
        }
    }

    /** Candidates looked at closely (titles, directors) before the varied list is taken from them. */
    public static final int POOL = 60;

    /** A picked theme counts for less than the person's own films, which say more about their taste. */
    static final double THEME_WEIGHT = 0.3;
    /** How much a second film from the same source, or by the same director, is held back. */
    static final double REPEAT_DECAY = 0.5;

    private static final Comparator<Evidence> STRONGEST = Comparator.comparingDouble(Evidence::weighted).reversed()
            .thenComparing(Evidence::via).thenComparingLong(Evidence::source);

    private SuggestionRanker() {
    }

    /** {@link #candidates(List, double)} with no evidence of the {@link Via#SAVED_WITH} kind weighed. */
    public static List<Candidate> candidates(List<Evidence> rows) {
        return candidates(rows, 0);
    }

    /** {@link #candidates(List, double, double)} with every one of the person's films weighing the same. */
    public static List<Candidate> candidates(List<Evidence> rows, double savedWithWeight) {
        return candidates(rows, savedWithWeight, 0);
    }

    /**
     * How much evidence through the person's film at place {@code recency} (0: the latest they saved) weighs:
     * {@code halfLife / (halfLife + recency)}, halved {@code halfLife} films back, a tenth at nine times that; 1 for
     * every film when {@code halfLife} is 0.
     */
    public static double recencyWeight(int recency, double halfLife) {
        return halfLife <= 0 ? 1 : halfLife / (halfLife + Math.max(0, recency));
    }

    /**
     * Every film read, with its summed score; best first (ties: lower id first, so the order is stable). Evidence
     * {@link Via#SAVED_WITH} adds its weight times {@code savedWithWeight}, as it is: summed over the person's films,
     * it is EASE's score of the film for them. Evidence through the person's films weighs by how recently they
     * saved them ({@link #recencyWeight}): what they saved lately says more about what they want next.
     */
    public static List<Candidate> candidates(List<Evidence> rows, double savedWithWeight, double recencyHalfLife) {
        return candidates(rows, savedWithWeight, recencyHalfLife, 0);
    }

    /**
     * {@link #candidates(List, double, double)}, where evidence {@link Via#SAME_YEAR} adds its relative popularity
     * times {@code sameYearWeight}, weighed by how recently the person saved the film of that year.
     */
    public static List<Candidate> candidates(List<Evidence> rows, double savedWithWeight, double recencyHalfLife,
                                             double sameYearWeight) {
        // each of the person's films has an equal say: its neighbours' scores relative to its closest one (the
        // stored scores of one film may all be three times those of another: Solaris's against The Irony of Fate's)
        Map<Long, Double> closest = new HashMap<>();
        for (Evidence row : rows) {
            if (row.via() == Via.FILM) {
                closest.merge(row.source(), row.strength(), Math::max);
            }
        }
        Map<Long, List<Evidence>> byFilm = new LinkedHashMap<>();
        for (Evidence row : rows) {
            double recent = recencyWeight(row.recency(), recencyHalfLife);
            Evidence relative = switch (row.via()) {
                case FILM -> new Evidence(row.via(), row.source(), row.filmId(),
                        recent * row.strength() / closest.get(row.source()), row.watched(), row.recency());
                case SAVED_WITH -> new Evidence(row.via(), row.source(), row.filmId(),
                        recent * row.strength() * savedWithWeight, row.watched(), row.recency());
                case SAME_YEAR -> new Evidence(row.via(), row.source(), row.filmId(),
                        recent * row.strength() * sameYearWeight, row.watched(), row.recency());
                case THEME -> row;
            };
            if (relative.weighted() <= 0) {
                continue;
            }
            byFilm.computeIfAbsent(row.filmId(), id -> new ArrayList<>()).add(relative);
        }
        List<Candidate> out = new ArrayList<>(byFilm.size());
        byFilm.forEach((film, evidence) -> {
            List<Evidence> sorted = new ArrayList<>(evidence);
            sorted.sort(STRONGEST);
            out.add(new Candidate(film, sorted.stream().mapToDouble(Evidence::weighted).sum(), List.copyOf(sorted)));
        });
        out.sort(Comparator.comparingDouble(Candidate::score).reversed().thenComparingLong(Candidate::filmId));
        return out;
    }

    /** What a page shows of the candidates (best first): up to {@code limit} of the best {@link #POOL}, varied. */
    public static List<Candidate> shown(List<Candidate> candidates, Map<Long, Set<Long>> directors, int limit) {
        return diversify(candidates.subList(0, Math.min(POOL, candidates.size())), directors, limit);
    }

    /**
     * Up to {@code limit} of the candidates, varied: see the class comment. {@code directors} gives each film's
     * director ids (films without any may be absent).
     */
    public static List<Candidate> diversify(List<Candidate> pool, Map<Long, Set<Long>> directors, int limit) {
        List<Candidate> left = new ArrayList<>(pool);
        List<Candidate> taken = new ArrayList<>();
        Map<String, Integer> sourceUses = new HashMap<>();
        Map<Long, Integer> directorUses = new HashMap<>();
        while (taken.size() < limit && !left.isEmpty()) {
            int best = -1;
            double bestScore = -1;
            for (int i = 0; i < left.size(); i++) {
                Candidate c = left.get(i);
                int repeats = sourceUses.getOrDefault(c.strongest().sourceKey(), 0);
                for (long d : directors.getOrDefault(c.filmId(), Set.of())) {
                    repeats += directorUses.getOrDefault(d, 0);
                }
                double adjusted = c.score() * Math.pow(REPEAT_DECAY, repeats);
                if (adjusted > bestScore) {
                    best = i;
                    bestScore = adjusted;
                }
            }
            Candidate chosen = left.remove(best);
            taken.add(chosen);
            sourceUses.merge(chosen.strongest().sourceKey(), 1, Integer::sum);
            for (long d : directors.getOrDefault(chosen.filmId(), Set.of())) {
                directorUses.merge(d, 1, Integer::sum);
            }
        }
        return taken;
    }
}
