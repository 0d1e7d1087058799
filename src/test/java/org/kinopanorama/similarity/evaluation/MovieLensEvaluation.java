package org.kinopanorama.similarity.evaluation;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.kinopanorama.foryou.ForYouConfig;
import org.kinopanorama.similarity.BehaviourSimilarity;
import org.kinopanorama.similarity.EaseSimilarity;
import org.kinopanorama.similarity.FilmFeatures;
import org.kinopanorama.similarity.FilmSimilarity;
import org.kinopanorama.similarity.Neighbour;
import org.kinopanorama.similarity.NeighbourEngine;
import org.kinopanorama.similarity.SimilarityConfig;
import org.kinopanorama.similarity.SuggestionWeights;

/**
 * Offline evaluation on MovieLens ml-latest-small (README, "Evaluation on MovieLens"), in one run: popularity,
 * item-kNN, EASE, the related films alone and the deployed system, "For you" ({@link ForYouReplay}: the app's
 * settings from {@code application.properties}, every film's stored top K as {@link NeighbourEngine} computes them
 * for the rebuild and its suggestion weights as {@link SuggestionWeights} computes them, ranked by the app's
 * {@code SuggestionRanker}, with the popular films of the years of the user's latest films as the film list's
 * popularity ranks them), under two protocols, "all ratings" and "likes only" ({@link LeaveLatestOut}). With {@code --tune}, instead, the search for the blend's settings on the
 * validation split ({@link BlendTuning}). Run:
 * {@code ./mvnw -q -Pevaluation test-compile exec:java [-Dexec.args="[--tune] [path/to/movielens-ml-latest-small]"]}.
 */
public final class MovieLensEvaluation {

    static final long TEST_SEED = 42;
    /** The settings {@link BlendBeatsPopularityTest} replays: users' films cut into runs of 100, best 50 links summed. */
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

    public static void main(String[] args) {
        boolean tuneBlend = Arrays.asList(args).contains("--tune-blend");
        boolean tune = tuneBlend || Arrays.asList(args).contains("--tune");
        Path dir = Arrays.stream(args).filter(a -> !a.isBlank() && !a.startsWith("--") && !a.contains("="))
                .findFirst().map(Path::of)
                .orElse(MovieLens.DEFAULT_DIR);
        if (!MovieLens.presentIn(dir)) {
            System.err.println("MovieLens ml-latest-small not found in " + dir.toAbsolutePath().normalize()
                    + " (movies.csv, ratings.csv, tags.csv); give its folder as the first argument.");
            System.exit(2);
        }
        long started = System.nanoTime();
        MovieLens data = MovieLens.read(dir);
        say("read %d films, %d ratings, %d tags", data.movies().size(), data.ratings().size(), data.tags().size());
        int tryAt = Arrays.asList(args).indexOf("--try");
        if (tryAt >= 0) {
            List<Map<String, String>> trials = new java.util.ArrayList<>();
            for (String trial : args[tryAt + 1].split(";")) {
                Map<String, String> overrides = new LinkedHashMap<>();
                for (String kv : trial.split(",")) {
                    if (!kv.isBlank()) {
                        String[] p = kv.trim().split("=", 2);
                        overrides.put(p[0], p[1]);
                    }
                }
                trials.add(overrides);
            }
            BlendTuning.tryEach(data, trials);
            say("tried in %.0f s, peak heap at most %d MB", (System.nanoTime() - started) / 1e9, peakHeapMegabytes());
            return;
        }
        if (tune) {
            BlendTuning.run(data, tuneBlend);
            say("tuned in %.0f s, peak heap at most %d MB", (System.nanoTime() - started) / 1e9, peakHeapMegabytes());
            return;
        }
        SimilarityConfig config = DeployedSettings.read();
        ForYouConfig forYou = DeployedSettings.forYou(Map.of());
        say("deployed settings (application.properties): %s", DeployedSettings.describe(config, forYou));

        Map<String, Map<LeaveLatestOut.Protocol, LeaveLatestOut.Result>> table = new LinkedHashMap<>();
        Map<LeaveLatestOut.Protocol, Integer> users = new EnumMap<>(LeaveLatestOut.Protocol.class);
        for (LeaveLatestOut.Protocol protocol : LeaveLatestOut.Protocol.values()) {
            LeaveLatestOut test = new LeaveLatestOut(data, protocol, 1, TEST_SEED, null);
            users.put(protocol, test.cases.size());
            List<FilmFeatures> films = MovieLensFilms.features(data, test.hidden);
            long t0 = System.nanoTime();
            table.computeIfAbsent("popularity", x -> new EnumMap<>(LeaveLatestOut.Protocol.class))
                    .put(protocol, test.evaluate(popularity(test.baskets)));
            table.computeIfAbsent("item-kNN (cosine over users' films)", x -> new EnumMap<>(LeaveLatestOut.Protocol.class))
                    .put(protocol, test.evaluate(new Knn(new BehaviourSimilarity(test.baskets,
                            new BehaviourSimilarity.Tuning(0, 0)), 0)));
            long t1 = System.nanoTime();
            EaseSimilarity.Settings easeSettings = easeBaseline();
            EaseSimilarity.Model ease = EaseSimilarity.Model.fit(test.baskets, easeSettings);
            long t2 = System.nanoTime();
            table.computeIfAbsent("EASE (lambda " + easeSettings.lambda() + ", films in >= " + easeSettings.minBaskets()
                            + " baskets, all weights)", x -> new EnumMap<>(LeaveLatestOut.Protocol.class))
                    .put(protocol, test.evaluate(ease(ease)));
            long t3 = System.nanoTime();
            Map<Long, List<Neighbour>> lists = storedLists(config, films, test.baskets);
            LeaveLatestOut.Scorer related = storedNeighbours(lists);
            table.computeIfAbsent("related films alone: the sum of the stored scores of each film's top "
                            + config.neighbours(), x -> new EnumMap<>(LeaveLatestOut.Protocol.class))
                    .put(protocol, test.evaluate(related));
            long t4 = System.nanoTime();
            SuggestionWeights weights = suggestionWeights(config, test.baskets);
            ForYouReplay forYouReplay = new ForYouReplay(lists, weights, test.ratings, MovieLensFilms.years(data), forYou);
            LeaveLatestOut.Result deployed = test.evaluate(forYouReplay);
            long t5 = System.nanoTime();
            table.computeIfAbsent("**deployed: For you over the stored top " + config.neighbours()
                    + " and top " + config.suggestions().perFilm() + " suggestion weights, and the popular films of "
                    + "the years of the " + forYou.sameYearFilms() + " latest films**",
                    x -> new EnumMap<>(LeaveLatestOut.Protocol.class)).put(protocol, deployed);
            say("%s: %d users; baselines %.1f s, EASE over %d films %.1f s, related films (build, store top %d of %d "
                            + "films, score) %.1f s, For you (suggestion weights of %d films, score) %.1f s",
                    protocol.label, test.cases.size(), (t1 - t0) / 1e9, ease.size(), (t3 - t1) / 1e9,
                    config.neighbours(), films.size(), (t4 - t3) / 1e9, weights.films(), (t5 - t4) / 1e9);
            say("  the held-out film is among the stored neighbours of one of the user's films for %.1f%% of users, "
                    + "read by For you (suggestion weights, the same years' popular films too) for %.1f%%",
                    100 * reached(test, related), 100 * reached(test, forYouReplay));
        }
        System.out.println();
        System.out.printf(Locale.ROOT, "Test split: latest saved film held out, %d sampled negatives (seed %d); "
                        + "all ratings: %d users, likes only: %d users%n%n", LeaveLatestOut.NEGATIVES, TEST_SEED,
                users.get(LeaveLatestOut.Protocol.ALL_RATINGS), users.get(LeaveLatestOut.Protocol.LIKES_ONLY));
        System.out.println("| system | all ratings HR@10 | NDCG@10 | likes only HR@10 | NDCG@10 |");
        System.out.println("|---|---|---|---|---|");
        table.forEach((name, r) -> {
            LeaveLatestOut.Result all = r.get(LeaveLatestOut.Protocol.ALL_RATINGS);
            LeaveLatestOut.Result likes = r.get(LeaveLatestOut.Protocol.LIKES_ONLY);
            System.out.printf(Locale.ROOT, "| %s | %.3f | %.3f | %.3f | %.3f |%n", name, all.hitRate(), all.ndcg(),
                    likes.hitRate(), likes.ndcg());
        });
        System.out.println();
        say("done in %.0f s, peak heap at most %d MB", (System.nanoTime() - started) / 1e9, peakHeapMegabytes());
    }

    /**
     * EASE as a baseline: lambda 200 (the value of the reference figures in issue 13) over every film at least
     * five users saved, all of B (not just the pairs the app keeps), as published EASE figures are computed.
     */
    static EaseSimilarity.Settings easeBaseline() {
        return new EaseSimilarity.Settings(200, 5, 6000, 1);
    }

    /** EASE as a recommender: a candidate scores the sum of B[h][candidate] over the user's films h. */
    static LeaveLatestOut.Scorer ease(EaseSimilarity.Model model) {
        return (index, c, candidates) -> {
            double[] out = new double[candidates.length];
            for (long h : c.history()) {
                for (int x = 0; x < candidates.length; x++) {
                    out[x] += model.weight(h, candidates[x]);
                }
            }
            return out;
        };
    }

    /**
     * Every film's related films as the rebuild stores them: {@link NeighbourEngine} built from these settings,
     * the top K after diversity re-ranking.
     */
    static Map<Long, List<Neighbour>> storedLists(SimilarityConfig config, List<FilmFeatures> films,
                                                  Map<String, List<Long>> baskets) {
        Map<Long, List<Neighbour>> stored = new HashMap<>();
        NeighbourEngine.of(films, baskets, config).computeAll(stored::put);
        return stored;
    }

    /** The suggestion weights a full rebuild stores, from the same settings. */
    static SuggestionWeights suggestionWeights(SimilarityConfig config, Map<String, List<Long>> baskets) {
        return SuggestionWeights.fit(baskets, config.suggestions().settings(config.behaviourMinSupport()));
    }

    /** Share of cases whose held-out film scores above 0 (through stored lists: is in one of them). */
    static double reached(LeaveLatestOut split, LeaveLatestOut.Scorer scorer) {
        long n = IntStream.range(0, split.cases.size()).parallel().filter(u -> {
            LeaveLatestOut.Case c = split.cases.get(u);
            return scorer.score(u, c, LeaveLatestOut.candidates(c))[LeaveLatestOut.NEGATIVES] > 0;
        }).count();
        return (double) n / split.cases.size();
    }

    /** Sum of the heap pools' peaks: an upper bound of the peak heap in use (pools peak at different moments). */
    static long peakHeapMegabytes() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum >> 20;
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

    static void say(String format, Object... args) {
        System.out.printf(Locale.ROOT, format + "%n", args);
        System.out.flush();
    }
}
