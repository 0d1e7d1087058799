package org.kinopanorama.similarity.evaluation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.kinopanorama.ingest.dataset.MovieLensImporter;

/**
 * The protocol: each user's saved films (every rated film, or only the liked ones: {@link Protocol}) in time order;
 * the latest one is held out and ranked among {@value #NEGATIVES} films the user never rated, sampled with a fixed
 * seed. Films rated at the same second are put in an order drawn from the seed (not by id, which would make the
 * held-out film the newest MovieLens id). For tuning, the {@code depth = 2} split drops the latest film altogether
 * and holds out the second-latest, so the test hold-out is never seen while choosing settings.
 */
final class LeaveLatestOut {

    static final int NEGATIVES = 100;

    /** Which rated films count as saved: the training films, the held-out one, and the baskets. */
    enum Protocol {
        /** Every rated film is a saved film (the protocol of most published MovieLens figures). */
        ALL_RATINGS("all ratings", 0),
        /** Only films rated at the importer's like threshold or above, as the app keeps them. */
        LIKES_ONLY("likes only (" + MovieLensImporter.LIKED + " stars and up)", MovieLensImporter.LIKED);

        final String label;
        final double minStars;

        Protocol(String label, double minStars) {
            this.label = label;
            this.minStars = minStars;
        }
    }

    /** One user's case: what they saved before, the film held out, the sampled films they never rated. */
    record Case(int user, long[] history, long heldOut, long[] negatives) {
    }

    final Protocol protocol;
    final List<Case> cases;
    /** Every user's training films, as baskets "u&lt;id&gt;": what the behaviour similarity learns from. */
    final Map<String, List<Long>> baskets;
    /** Films held out (test and, for depth 2, the dropped latest) of each user: their own tags on them are hidden. */
    final Map<Integer, Set<Long>> hidden;
    /**
     * How many users rated each film (any stars: the app's {@code dataset_rating}, from which the film list's
     * popularity counts), of the ratings each user made before their held-out film; users without a case count none.
     */
    final Map<Long, Integer> ratings;

    LeaveLatestOut(MovieLens data, int depth, long seed, Set<Integer> users) {
        this(data, Protocol.ALL_RATINGS, depth, seed, users);
    }

    /**
     * @param depth 0: nothing held out (no cases); 1: hold out the latest (test); 2: drop the latest, hold out the second-latest (validation)
     * @param seed  of the negatives and of the order of films rated at the same second
     * @param users users to evaluate (null: all); every user's training films still form the baskets
     */
    LeaveLatestOut(MovieLens data, Protocol protocol, int depth, long seed, Set<Integer> users) {
        this.protocol = protocol;
        Map<Integer, List<MovieLens.Rating>> byUser = new TreeMap<>();
        data.ratings().forEach(r -> byUser.computeIfAbsent(r.user(), u -> new ArrayList<>()).add(r));
        long[] allFilms = data.movies().stream().mapToLong(MovieLens.Movie::id).sorted().toArray();
        Random random = new Random(seed);
        List<Case> cases = new ArrayList<>();
        Map<String, List<Long>> baskets = new LinkedHashMap<>();
        Map<Integer, Set<Long>> hidden = new TreeMap<>();
        Map<Long, Integer> ratingCounts = new HashMap<>();
        byUser.forEach((user, all) -> {
            List<MovieLens.Rating> ratings = inTimeOrder(all.stream().filter(r -> r.stars() >= protocol.minStars).toList(),
                    seed, user);
            int n = ratings.size();
            if (depth == 0) { // no hold-out: everything is training data
                if (n > 0) {
                    baskets.put("u" + user, ratings.stream().map(MovieLens.Rating::movie).toList());
                }
                return;
            }
            if (n <= depth) {
                return;
            }
            long heldOut = ratings.get(n - depth).movie();
            List<Long> history = new ArrayList<>();
            for (int i = 0; i < n - depth; i++) {
                history.add(ratings.get(i).movie());
            }
            Set<Long> held = new HashSet<>();
            for (int i = n - depth; i < n; i++) {
                held.add(ratings.get(i).movie());
            }
            hidden.put(user, held);
            baskets.put("u" + user, history);
            Set<Long> before = new HashSet<>(history);
            long heldAt = ratings.get(n - depth).timestamp();
            all.stream().filter(r -> r.timestamp() < heldAt).forEach(r -> before.add(r.movie()));
            before.forEach(f -> ratingCounts.merge(f, 1, Integer::sum));
            if (users != null && !users.contains(user)) {
                return;
            }
            Set<Long> rated = new HashSet<>();
            all.forEach(r -> rated.add(r.movie()));
            Set<Long> chosen = new HashSet<>();
            long[] negatives = new long[NEGATIVES];
            int k = 0;
            while (k < NEGATIVES) {
                long film = allFilms[random.nextInt(allFilms.length)];
                if (!rated.contains(film) && chosen.add(film)) {
                    negatives[k++] = film;
                }
            }
            cases.add(new Case(user, history.stream().mapToLong(Long::longValue).toArray(), heldOut, negatives));
        });
        this.cases = List.copyOf(cases);
        this.baskets = baskets;
        this.hidden = hidden;
        this.ratings = ratingCounts;
    }

    /** By timestamp; films of the same second in an order drawn from the seed and the user (the same every run). */
    static List<MovieLens.Rating> inTimeOrder(List<MovieLens.Rating> ratings, long seed, int user) {
        List<MovieLens.Rating> out = new ArrayList<>(ratings);
        out.sort(Comparator.comparingLong(MovieLens.Rating::movie));
        Collections.shuffle(out, new Random(seed * 1_000_003L + user));
        out.sort(Comparator.comparingLong(MovieLens.Rating::timestamp)); // stable: ties keep the shuffled order
        return out;
    }

    /**
     * The baskets plus, for each user, their training films cut in time order into runs of {@code size} films
     * ({@code u<id>r<n>}): films saved in the same sitting then count once more as saved together. 0: just the users.
     */
    Map<String, List<Long>> basketsWithRuns(int size) {
        if (size <= 0) {
            return baskets;
        }
        Map<String, List<Long>> out = new LinkedHashMap<>(baskets);
        baskets.forEach((user, films) -> {
            for (int from = 0, n = 0; from < films.size(); from += size, n++) {
                out.put(user + "r" + n, films.subList(from, Math.min(films.size(), from + size)));
            }
        });
        return out;
    }

    /** Scores a user's candidates; higher is better. */
    interface Scorer {
        /** @param index the case's position in {@link #cases} */
        double[] score(int index, Case c, long[] candidates);
    }

    /** Candidates of a case in the order {@link #evaluate} passes them: the negatives, then the held-out film. */
    static long[] candidates(Case c) {
        long[] candidates = Arrays.copyOf(c.negatives(), NEGATIVES + 1);
        candidates[NEGATIVES] = c.heldOut();
        return candidates;
    }

    /** HR@10 and NDCG@10, means over users. */
    record Result(double hitRate, double ndcg, int users) {
        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT, "HR@10 %.3f  NDCG@10 %.3f  (%d users)", hitRate, ndcg, users);
        }
    }

    Result evaluate(Scorer scorer) {
        double[] hr = new double[cases.size()];
        double[] ndcg = new double[cases.size()];
        java.util.stream.IntStream.range(0, cases.size()).parallel().forEach(u -> {
            Case c = cases.get(u);
            double[] s = scorer.score(u, c, candidates(c));
            double[] m = metrics(s, NEGATIVES);
            hr[u] = m[0];
            ndcg[u] = m[1];
        });
        return new Result(Arrays.stream(hr).sum() / cases.size(), Arrays.stream(ndcg).sum() / cases.size(),
                cases.size());
    }

    /**
     * HR@10 and NDCG@10 of the candidate at {@code target}, ties broken at random in expectation: with g candidates
     * scoring more and t scoring the same, the held-out film is equally likely at each position g..g+t.
     */
    static double[] metrics(double[] scores, int target) {
        double s = scores[target];
        int greater = 0;
        int tied = 0;
        for (int i = 0; i < scores.length; i++) {
            if (i != target) {
                if (scores[i] > s) {
                    greater++;
                } else if (scores[i] == s) {
                    tied++;
                }
            }
        }
        double hit = 0;
        double gain = 0;
        for (int p = greater; p <= greater + tied && p < 10; p++) {
            hit += 1;
            gain += 1 / (Math.log(p + 2) / Math.log(2));
        }
        return new double[] {hit / (tied + 1), gain / (tied + 1)};
    }
}
