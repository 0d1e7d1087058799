package org.kinopanorama.similarity.evaluation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.kinopanorama.similarity.AttributeSimilarity;
import org.kinopanorama.similarity.BehaviourSimilarity;
import org.kinopanorama.similarity.BlendedSimilarity;
import org.kinopanorama.similarity.FilmFeatures;
import org.kinopanorama.similarity.FilmSimilarity;
import org.kinopanorama.similarity.Neighbour;
import org.kinopanorama.similarity.Neighbours;
import org.kinopanorama.similarity.SimilarityWeights;
import org.kinopanorama.similarity.TextSimilarity;

/**
 * Offline evaluation of the similarity on MovieLens ml-latest-small (see README, "Similarity"): leave-latest-out,
 * 100 sampled negatives per user, HR@10 and NDCG@10 for a popularity baseline, behaviour alone (item-kNN), content
 * alone and the blend. Settings are chosen by a grid search on a validation split (second-latest film held out,
 * latest dropped), then measured once on the test split. Run:
 * {@code ./mvnw -q test-compile exec:java -Pevaluation [-Dexec.args=path/to/movielens-ml-latest-small]}.
 */
public final class MovieLensEvaluation {

    static final long TEST_SEED = 42;
    /** What the validation chose: users' films cut into runs of this many, a candidate's best links summed. */
    static final int RUNS = 100;
    static final int K = 50;
    static final long VALIDATION_SEED = 4242;

    /** Item-kNN scoring: a candidate's score is the sum of its {@code k} largest similarities to the user's films. */
    record Knn(FilmSimilarity similarity, int k) implements LeaveLatestOut.Scorer {
        @Override
        public double[] score(int index, LeaveLatestOut.Case c, long[] candidates) {
            double[] out = new double[candidates.length];
            float[] sims = new float[c.history().length];
            for (int x = 0; x < candidates.length; x++) {
                for (int h = 0; h < sims.length; h++) {
                    sims[h] = (float) similarity.score(candidates[x], c.history()[h]);
                }
                out[x] = topSum(sims, k);
            }
            return out;
        }
    }

    /** The app's blend as evaluated here: content (text and attributes) and behaviour, themes and lists absent. */
    record BlendSettings(double text, double attributes, double behaviour, BehaviourSimilarity.Tuning tuning,
                         Map<String, Double> kindWeights, int k) {

        SimilarityWeights weights() {
            return new SimilarityWeights(0, 0, text, attributes, behaviour);
        }

        FilmSimilarity similarity(List<FilmFeatures> films, Map<String, List<Long>> baskets) {
            return Neighbours.similarity(films, baskets, weights(), tuning, kindWeights);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "text %.3f, attributes %.3f, behaviour %.3f, %s, kind weights %s, k %s",
                    text, attributes, behaviour, tuning, kindWeights, k == 0 ? "all" : k);
        }
    }

    static LeaveLatestOut.Scorer popularity(Map<String, List<Long>> baskets) {
        Map<Long, Integer> count = new HashMap<>();
        baskets.values().forEach(b -> b.forEach(f -> count.merge(f, 1, Integer::sum)));
        return (index, c, candidates) -> Arrays.stream(candidates).mapToDouble(f -> count.getOrDefault(f, 0)).toArray();
    }

    static double topSum(float[] sims, int k) {
        double sum = 0;
        if (k <= 0 || k >= sims.length) {
            for (float s : sims) {
                sum += s;
            }
            return sum;
        }
        float[] sorted = sims.clone();
        Arrays.sort(sorted);
        for (int i = sorted.length - k; i < sorted.length; i++) {
            sum += sorted[i];
        }
        return sum;
    }

    /** Similarities of every candidate to every film of the history, per case: [case][candidate][history]. */
    static float[][][] table(LeaveLatestOut split, FilmSimilarity sim) {
        float[][][] t = new float[split.cases.size()][][];
        IntStream.range(0, t.length).parallel().forEach(u -> {
            LeaveLatestOut.Case c = split.cases.get(u);
            long[] candidates = LeaveLatestOut.candidates(c);
            t[u] = new float[candidates.length][c.history().length];
            for (int x = 0; x < candidates.length; x++) {
                for (int h = 0; h < c.history().length; h++) {
                    t[u][x][h] = (float) sim.score(candidates[x], c.history()[h]);
                }
            }
        });
        return t;
    }

    /** Evaluates {@code sum_i w_i · table_i} with top-k aggregation. */
    static LeaveLatestOut.Result evaluate(LeaveLatestOut split, float[][][][] tables, double[] weights, int k) {
        return split.evaluate((index, c, candidates) -> {
            double[] out = new double[candidates.length];
            float[] sims = new float[c.history().length];
            for (int x = 0; x < candidates.length; x++) {
                for (int h = 0; h < sims.length; h++) {
                    double s = 0;
                    for (int t = 0; t < tables.length; t++) {
                        s += weights[t] * tables[t][index][x][h];
                    }
                    sims[h] = (float) s;
                }
                out[x] = topSum(sims, k);
            }
            return out;
        });
    }

    private static final int[] KS = {0, 20, 50, 100};

    public static void main(String[] args) {
        Path dir = args.length > 0 && !args[0].isBlank() ? Path.of(args[0]) : MovieLens.DEFAULT_DIR;
        if (!MovieLens.presentIn(dir)) {
            System.err.println("MovieLens ml-latest-small not found in " + dir.toAbsolutePath().normalize()
                    + " (movies.csv, ratings.csv, tags.csv); give its folder as the first argument.");
            System.exit(2);
        }
        long started = System.nanoTime();
        MovieLens data = MovieLens.read(dir);
        say("read %d films, %d ratings, %d tags", data.movies().size(), data.ratings().size(), data.tags().size());

        // ---- validation: choose settings without looking at the test hold-out
        LeaveLatestOut val = new LeaveLatestOut(data, 2, VALIDATION_SEED, null);
        List<FilmFeatures> valFilms = MovieLensFilms.features(data, val.hidden);
        say("validation split: %d users; popularity %s", val.cases.size(), val.evaluate(popularity(val.baskets)));

        int[] runOptions = {0, 20, 50, 100};
        // At least 1: a pair seen in a single basket must never score more than half its cosine (one person's
        // watchlist does not make two films twins). MovieLens alone would take 0.
        double[] shrinkages = {1, 2, 5};
        double[] dampings = {0.5, 1};
        BehaviourSimilarity.Tuning bestTuning = null;
        int bestBehaviourK = 0;
        double bestBehaviour = -1;
        float[][][] bestBehaviourTable = null;
        int bestRuns = 0;
        for (int runs : runOptions) {
          Map<String, List<Long>> baskets = val.basketsWithRuns(runs);
          for (double lambda : shrinkages) {
            for (double damping : dampings) {
                BehaviourSimilarity.Tuning tuning = new BehaviourSimilarity.Tuning(lambda, damping);
                float[][][] t = table(val, new BehaviourSimilarity(baskets, tuning));
                for (int k : KS) {
                    LeaveLatestOut.Result r = evaluate(val, new float[][][][] {t}, new double[] {1}, k);
                    say("  behaviour runs %2d shrinkage %4.0f damping %.1f k %3s: %s", runs, lambda, damping,
                            kName(k), r);
                    if (r.ndcg() > bestBehaviour) {
                        bestBehaviour = r.ndcg();
                        bestTuning = tuning;
                        bestBehaviourK = k;
                        bestBehaviourTable = t;
                        bestRuns = runs;
                    }
                }
            }
          }
        }
        say("behaviour chosen: runs of %d, %s, k %s", bestRuns, bestTuning, kName(bestBehaviourK));

        List<Map<String, Double>> kindOptions = List.of(
                Map.of(), Map.of("decade", 0.5), Map.of("decade", 0.0), Map.of("tag", 2.0, "decade", 0.5),
                Map.of("genre", 2.0, "decade", 0.5));
        double[] textShares = {0, 0.2, 0.4};
        double bestContent = -1;
        Map<String, Double> bestKinds = Map.of();
        double bestTextShare = 0;
        int bestContentK = 0;
        float[][][] bestAttrTable = null;
        float[][][] textTable = table(val, new TextSimilarity(valFilms));
        for (Map<String, Double> kinds : kindOptions) {
            float[][][] attr = table(val, new AttributeSimilarity(valFilms, kinds));
            for (double share : textShares) {
                for (int k : KS) {
                    LeaveLatestOut.Result r = evaluate(val, new float[][][][] {attr, textTable},
                            new double[] {1 - share, share}, k);
                    say("  content kinds %s text share %.1f k %3s: %s", kinds, share, kName(k), r);
                    if (r.ndcg() > bestContent) {
                        bestContent = r.ndcg();
                        bestKinds = kinds;
                        bestTextShare = share;
                        bestContentK = k;
                        bestAttrTable = attr;
                    }
                }
            }
        }
        say("content chosen: kinds %s, text share %.1f, k %s", bestKinds, bestTextShare, kName(bestContentK));

        double[] behaviourShares = {0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.98};
        double bestBlend = -1;
        double bestShare = 0;
        int bestBlendK = 0;
        for (double share : behaviourShares) {
            for (int k : KS) {
                double c = 1 - share;
                LeaveLatestOut.Result r = evaluate(val, new float[][][][] {bestBehaviourTable, bestAttrTable, textTable},
                        new double[] {share, c * (1 - bestTextShare), c * bestTextShare}, k);
                say("  blend behaviour share %.2f k %3s: %s", share, kName(k), r);
                if (r.ndcg() > bestBlend) {
                    bestBlend = r.ndcg();
                    bestShare = share;
                    bestBlendK = k;
                }
            }
        }
        double c = 1 - bestShare;
        BlendSettings blend = new BlendSettings(c * bestTextShare, c * (1 - bestTextShare), bestShare, bestTuning,
                bestKinds, bestBlendK);
        say("blend chosen: %s", blend);

        // ---- test: each system once, with the settings chosen above
        LeaveLatestOut test = new LeaveLatestOut(data, 1, TEST_SEED, null);
        List<FilmFeatures> films = MovieLensFilms.features(data, test.hidden);
        Map<String, LeaveLatestOut.Result> results = new LinkedHashMap<>();
        Map<String, List<Long>> baskets = test.basketsWithRuns(bestRuns);
        results.put("popularity", test.evaluate(popularity(test.baskets)));
        results.put("plain item-kNN (cosine over users' films, no damping, no shrinkage)", test.evaluate(
                new Knn(new BehaviourSimilarity(test.baskets, new BehaviourSimilarity.Tuning(0, 0)), 0)));
        results.put("behaviour alone (tuned item-kNN)", test.evaluate(
                new Knn(new BehaviourSimilarity(baskets, bestTuning), bestBehaviourK)));
        Map<FilmSimilarity, Double> content = new LinkedHashMap<>();
        content.put(new AttributeSimilarity(films, bestKinds), 1 - bestTextShare);
        if (bestTextShare > 0) {
            content.put(new TextSimilarity(films), bestTextShare);
        }
        results.put("content alone (genres, tags, decade, title words)",
                test.evaluate(new Knn(new BlendedSimilarity(content), bestContentK)));
        results.put("blend", test.evaluate(new Knn(blend.similarity(films, baskets), blend.k())));
        Neighbours stored = Neighbours.blend(films, baskets, blend.weights(), blend.tuning(), blend.kindWeights(),
                Neighbours.CandidateLimits.forCatalogue(films.size()));
        for (int k : new int[] {50, 100}) {
            long t0 = System.nanoTime();
            Map<Long, List<Neighbour>> top = stored.topKAll(k);
            say("stored neighbours: top %d of %d films in %.1f s", k, top.size(), (System.nanoTime() - t0) / 1e9);
            results.put("blend, through the stored top " + k + " neighbours of each film",
                    test.evaluate(storedNeighbours(top)));
        }
        System.out.println();
        System.out.println("Test split: " + test.cases.size() + " users, latest film held out, "
                + LeaveLatestOut.NEGATIVES + " sampled negatives (seed " + TEST_SEED + ")");
        System.out.println();
        System.out.println("| system | HR@10 | NDCG@10 |");
        System.out.println("|---|---|---|");
        results.forEach((name, r) -> System.out.printf(Locale.ROOT, "| %s | %.3f | %.3f |%n", name, r.hitRate(), r.ndcg()));
        System.out.println();
        System.out.println("Chosen on validation: behaviour baskets with runs of " + bestRuns + ", " + bestTuning + " k " + kName(bestBehaviourK)
                + "; content kinds " + bestKinds + " text share " + bestTextShare + " k " + kName(bestContentK)
                + "; blend " + blend);
        say("done in %.0f s", (System.nanoTime() - started) / 1e9);
    }

    /** The deployed path: a candidate scores the stored neighbour scores it has with the user's films. */
    static LeaveLatestOut.Scorer storedNeighbours(Map<Long, List<Neighbour>> top) {
        Map<Long, Map<Long, Double>> byFilm = new HashMap<>();
        top.forEach((film, ns) -> {
            Map<Long, Double> m = new HashMap<>();
            ns.forEach(n -> m.put(n.filmId(), n.score()));
            byFilm.put(film, m);
        });
        return (index, c, candidates) -> {
            double[] out = new double[candidates.length];
            for (long h : c.history()) {
                Map<Long, Double> m = byFilm.getOrDefault(h, Map.of());
                for (int x = 0; x < candidates.length; x++) {
                    out[x] += m.getOrDefault(candidates[x], 0.0);
                }
            }
            return out;
        };
    }

    private static String kName(int k) {
        return k == 0 ? "all" : Integer.toString(k);
    }

    private static void say(String format, Object... args) {
        System.out.printf(Locale.ROOT, format + "%n", args);
        System.out.flush();
    }
}
