package org.kinopanorama.similarity.evaluation;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.kinopanorama.similarity.EaseSimilarity;
import org.kinopanorama.similarity.FilmFeatures;
import org.kinopanorama.similarity.Neighbour;
import org.kinopanorama.similarity.SimilarityConfig;
import org.kinopanorama.similarity.SuggestionWeights;

/**
 * Chooses settings on the validation split (the latest saved film dropped, the one before held out, another seed
 * than the test's): coordinate ascent on NDCG@10 of the deployed system, "For you" over the stored lists
 * ({@link ForYouReplay}), starting from {@code application.properties}; For you's knobs on the mean NDCG@10 of
 * both protocols, the blend's on "likes only". {@code --tune} searches For you's
 * knobs (recency, the same year's popular films, the suggestion weights and their weight), {@code --try} the
 * settings given one after another, {@code --tune-blend} the related films' blend. Prints the chosen
 * keys, to be copied there, and the validation figures of both protocols before and after.
 */
final class BlendTuning {

    private static final String P = "kinopanorama.similarity.";
    private static final String F = "kinopanorama.for-you.";
    /** One round: a fit of EASE took minutes on our loaded 2 cores. */
    private static final int ROUNDS = 1;

    /** One setting tried at these values; themes and lists follow attributes (MovieLens has neither). */
    private record Knob(String name, List<String> keys, List<String> values) {
    }

    private static final List<Knob> FOR_YOU_KNOBS = List.of(
            new Knob("recency half-life", List.of(F + "recency-half-life"), List.of("0", "3", "10", "30", "100")),
            new Knob("same-year weight", List.of(F + "same-year-weight"), List.of("0", "0.3", "0.5", "0.7")),
            new Knob("same-year films", List.of(F + "same-year-films"), List.of("3", "5", "10")),
            new Knob("suggestion weights' weight", List.of(F + "saved-with-weight"), List.of("10", "15", "30")),
            new Knob("suggestion weights per film", List.of(P + "suggestions.per-film"), List.of("100", "400")),
            new Knob("suggestion lambda", List.of(P + "suggestions.lambda"), List.of("100", "400")));

    private static final List<Knob> BLEND_KNOBS = List.of(
            new Knob("EASE weight", List.of(P + "ease.weight"), List.of("0", "0.25", "0.5", "1", "2")),
            new Knob("behaviour weight", List.of(P + "weights.behaviour"), List.of("0.15", "0.3", "0.5", "1")),
            new Knob("attributes (themes, lists) weight",
                    List.of(P + "weights.attributes", P + "weights.themes", P + "weights.lists"),
                    List.of("0.1", "0.15", "0.3")));

    private BlendTuning() {
    }

    static void run(MovieLens data, boolean blend) {
        Split likes = new Split(data, LeaveLatestOut.Protocol.LIKES_ONLY);
        // For you is chosen on both protocols' validation splits (the mean of their NDCG@10), the blend on likes only
        Split all = blend ? null : new Split(data, LeaveLatestOut.Protocol.ALL_RATINGS);
        Map<Map<String, String>, LeaveLatestOut.Result> seen = new LinkedHashMap<>();
        Map<String, String> best = new LinkedHashMap<>();
        double bestScore = objective(likes, all, best, seen);
        MovieLensEvaluation.say("tuning on validation (%d users): as deployed %s", likes.split.cases.size(),
                describe(likes, all, best, seen));
        for (int round = 1; round <= ROUNDS; round++) {
            boolean moved = false;
            for (Knob knob : blend ? BLEND_KNOBS : FOR_YOU_KNOBS) {
                for (String value : knob.values()) {
                    Map<String, String> tried = new LinkedHashMap<>(best);
                    knob.keys().forEach(k -> tried.put(k, value));
                    double score = objective(likes, all, tried, seen);
                    MovieLensEvaluation.say("  round %d, %s %s: %s", round, knob.name(), value,
                            describe(likes, all, tried, seen));
                    if (score > bestScore + 1e-9) {
                        best = tried;
                        bestScore = score;
                        moved = true;
                    }
                }
            }
            if (!moved) {
                break;
            }
        }
        MovieLensEvaluation.say("chosen on validation (%s), for application.properties:", describe(likes, all, best, seen));
        best.forEach((k, v) -> System.out.println(k + "=" + v));
        Split other = all != null ? all : new Split(data, LeaveLatestOut.Protocol.ALL_RATINGS);
        MovieLensEvaluation.say("validation, all ratings: as deployed %s; chosen %s", other.trial(Map.of(), seen),
                other.trial(best, seen));
        MovieLensEvaluation.say("validation, likes only: as deployed %s; chosen %s", likes.trial(Map.of(), seen),
                likes.trial(best, seen));
        System.out.println();
    }

    /**
     * Each of these settings (overrides of {@code application.properties}) on both protocols' validation splits, in
     * turn: for a grid chosen by hand ({@code --try "key=value,key=value;key=value"}, settings separated by ";").
     */
    static void tryEach(MovieLens data, List<Map<String, String>> trials) {
        Split likes = new Split(data, LeaveLatestOut.Protocol.LIKES_ONLY);
        Split all = new Split(data, LeaveLatestOut.Protocol.ALL_RATINGS);
        Map<Map<String, String>, LeaveLatestOut.Result> seen = new LinkedHashMap<>();
        for (Map<String, String> trial : trials) {
            MovieLensEvaluation.say("validation %s: mean NDCG@10 %.4f; %s", trial,
                    objective(likes, all, trial, seen), describe(likes, all, trial, seen));
        }
    }

    /** NDCG@10 on likes only, or the mean over both protocols when {@code all} is given. */
    private static double objective(Split likes, Split all, Map<String, String> settings,
                                    Map<Map<String, String>, LeaveLatestOut.Result> seen) {
        double ndcg = likes.trial(settings, seen).ndcg();
        return all == null ? ndcg : (ndcg + all.trial(settings, seen).ndcg()) / 2;
    }

    private static String describe(Split likes, Split all, Map<String, String> settings,
                                   Map<Map<String, String>, LeaveLatestOut.Result> seen) {
        return "likes only " + likes.trial(settings, seen)
                + (all == null ? "" : "; all ratings " + all.trial(settings, seen));
    }

    /** One validation split, with what its trials can share: stored lists by blend settings, weights by theirs. */
    private static final class Split {
        final LeaveLatestOut split;
        final List<FilmFeatures> films;
        final Map<String, Map<Long, List<Neighbour>>> lists = new HashMap<>();
        final Map<String, SuggestionWeights> weights = new HashMap<>();
        final Map<EaseSimilarity.Settings, EaseSimilarity.Model> models = new HashMap<>();
        final Map<Long, Integer> years;

        Split(MovieLens data, LeaveLatestOut.Protocol protocol) {
            years = MovieLensFilms.years(data);
            split = new LeaveLatestOut(data, protocol, 2, MovieLensEvaluation.VALIDATION_SEED, null);
            films = MovieLensFilms.features(data, split.hidden);
        }

        LeaveLatestOut.Result trial(Map<String, String> overrides,
                                    Map<Map<String, String>, LeaveLatestOut.Result> seen) {
            Map<String, String> key = new TreeMap<>(overrides);
            key.put("protocol", split.protocol.name());
            return seen.computeIfAbsent(key, o -> {
                SimilarityConfig config = DeployedSettings.read(overrides);
                Map<String, String> blendKeys = new TreeMap<>(overrides);
                Map<String, String> weightKeys = new TreeMap<>();
                overrides.forEach((k, v) -> {
                    if (k.startsWith(P + "suggestions.") || k.startsWith(F)) {
                        blendKeys.remove(k);
                    }
                    if (k.startsWith(P + "suggestions.")) {
                        weightKeys.put(k, v);
                    }
                });
                Map<Long, List<Neighbour>> stored = lists.computeIfAbsent(blendKeys.toString(),
                        x -> MovieLensEvaluation.storedLists(config, films, split.baskets));
                SuggestionWeights.Settings settings = config.suggestions().settings(config.behaviourMinSupport());
                SuggestionWeights w = weights.computeIfAbsent(weightKeys.toString(), x -> SuggestionWeights.of(
                        models.computeIfAbsent(settings.ease(), e -> EaseSimilarity.Model.fit(split.baskets, e)), settings));
                return split.evaluate(new ForYouReplay(stored, w, split.ratings, years,
                        DeployedSettings.forYou(overrides)));
            });
        }
    }
}
