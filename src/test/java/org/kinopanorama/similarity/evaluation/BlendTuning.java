package org.kinopanorama.similarity.evaluation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kinopanorama.similarity.FilmFeatures;

/**
 * Chooses the blend's settings on the validation split ("likes only", the latest liked film dropped, the one
 * before held out, another seed than the test's): coordinate ascent on NDCG@10 of the deployed system (stored
 * top K included), starting from {@code application.properties}. Prints the chosen keys, to be copied there.
 */
final class BlendTuning {

    private static final String P = "kinopanorama.similarity.";
    /** One round: the search after the merge of the support floor had 15 minutes (the first, two rounds, README). */
    private static final int ROUNDS = 1;

    /** One setting tried at these values; themes and lists follow attributes (MovieLens has neither). */
    private record Knob(String name, List<String> keys, List<String> values) {
    }

    private static final List<Knob> KNOBS = List.of(
            new Knob("EASE weight", List.of(P + "ease.weight"), List.of("0", "0.25", "0.5", "1", "2")),
            new Knob("behaviour weight", List.of(P + "weights.behaviour"), List.of("0.15", "0.3", "0.5", "1")),
            new Knob("attributes (themes, lists) weight",
                    List.of(P + "weights.attributes", P + "weights.themes", P + "weights.lists"),
                    List.of("0.1", "0.15", "0.3")));

    private BlendTuning() {
    }

    static void run(MovieLens data) {
        LeaveLatestOut val = new LeaveLatestOut(data, LeaveLatestOut.Protocol.LIKES_ONLY, 2,
                MovieLensEvaluation.VALIDATION_SEED, null);
        List<FilmFeatures> films = MovieLensFilms.features(data, val.hidden);
        Map<Map<String, String>, LeaveLatestOut.Result> seen = new LinkedHashMap<>();
        Map<String, String> best = new LinkedHashMap<>();
        LeaveLatestOut.Result bestResult = trial(val, films, best, seen);
        MovieLensEvaluation.say("tuning on validation (%d users): as deployed %s", val.cases.size(), bestResult);
        for (int round = 1; round <= ROUNDS; round++) {
            boolean moved = false;
            for (Knob knob : KNOBS) {
                for (String value : knob.values()) {
                    Map<String, String> tried = new LinkedHashMap<>(best);
                    knob.keys().forEach(k -> tried.put(k, value));
                    LeaveLatestOut.Result r = trial(val, films, tried, seen);
                    MovieLensEvaluation.say("  round %d, %s %s: %s", round, knob.name(), value, r);
                    if (r.ndcg() > bestResult.ndcg() + 1e-9) {
                        best = tried;
                        bestResult = r;
                        moved = true;
                    }
                }
            }
            if (!moved) {
                break;
            }
        }
        MovieLensEvaluation.say("chosen on validation (%s), for application.properties:", bestResult);
        best.forEach((k, v) -> System.out.println(k + "=" + v));
        System.out.println();
    }

    private static LeaveLatestOut.Result trial(LeaveLatestOut val, List<FilmFeatures> films,
                                               Map<String, String> overrides,
                                               Map<Map<String, String>, LeaveLatestOut.Result> seen) {
        return seen.computeIfAbsent(Map.copyOf(overrides), o -> val.evaluate(
                MovieLensEvaluation.deployed(DeployedSettings.read(o), films, val.baskets)));
    }
}
