package org.kinopanorama.similarity.evaluation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kinopanorama.foryou.ForYouConfig;
import org.kinopanorama.similarity.EaseSimilarity;
import org.kinopanorama.similarity.FilmFeatures;
import org.kinopanorama.similarity.Neighbour;
import org.kinopanorama.similarity.SimilarityConfig;
import org.kinopanorama.similarity.SuggestionWeights;

/** Exploration on the validation split only (never the test hold-out). */
final class ForYouExplore {
    public static void main(String[] args) {
        MovieLens data = MovieLens.read(MovieLens.DEFAULT_DIR);
        String[] halfLives = System.getProperty("hl", "0,5,10,20,40,80").split(",");
        String[] sww = System.getProperty("sww", "30").split(",");
        String[] perFilm = System.getProperty("pf", "200").split(",");
        String[] lambdas = System.getProperty("lambda", "200").split(",");
        for (LeaveLatestOut.Protocol protocol : LeaveLatestOut.Protocol.values()) {
            LeaveLatestOut split = new LeaveLatestOut(data, protocol, 2, MovieLensEvaluation.VALIDATION_SEED, null);
            List<FilmFeatures> films = MovieLensFilms.features(data, split.hidden);
            SimilarityConfig config = DeployedSettings.read();
            Map<Long, List<Neighbour>> stored = MovieLensEvaluation.storedLists(config, films, split.baskets);
            for (String lambda : lambdas) {
                SuggestionWeights.Settings s0 = DeployedSettings.read(Map.of("kinopanorama.similarity.suggestions.lambda", lambda))
                        .suggestions().settings(config.behaviourMinSupport());
                long t0 = System.nanoTime();
                EaseSimilarity.Model model = EaseSimilarity.Model.fit(split.baskets, s0.ease());
                MovieLensEvaluation.say("%s lambda %s: fit %d films in %.1f s", protocol.label, lambda, model.size(),
                        (System.nanoTime() - t0) / 1e9);
                for (String hl : halfLives) {
                    double h = Double.parseDouble(hl);
                    LeaveLatestOut.Result e = split.evaluate((index, c, candidates) -> {
                        double[] out = new double[candidates.length];
                        long[] hist = c.history();
                        for (int i = 0; i < hist.length; i++) {
                            double rw = org.kinopanorama.foryou.SuggestionRanker.recencyWeight(hist.length - 1 - i, h);
                            for (int x = 0; x < candidates.length; x++) {
                                out[x] += rw * model.weight(hist[i], candidates[x]);
                            }
                        }
                        return out;
                    });
                    MovieLensEvaluation.say("VAL %s | reference: EASE all weights (lambda %s, films >= 3 baskets) hl %s | %s", protocol.name(), lambda, hl, e);
                }
                for (String pf : perFilm) {
                    SuggestionWeights w = SuggestionWeights.of(model, new SuggestionWeights.Settings(s0.ease(), Integer.parseInt(pf)));
                    for (String sw : sww) {
                        for (String hl : halfLives) {
                            ForYouConfig fy = DeployedSettings.forYou(Map.of("kinopanorama.for-you.saved-with-weight", sw,
                                    "kinopanorama.for-you.recency-half-life", hl));
                            System.setProperty("explore.unvaried", "false");
                            LeaveLatestOut.Result r = split.evaluate(new ForYouReplay(stored, w, fy));
                            System.setProperty("explore.unvaried", "true");
                            LeaveLatestOut.Result u = split.evaluate(new ForYouReplay(stored, w, fy));
                            MovieLensEvaluation.say("VAL %s | lambda %s perFilm %s sww %s hl %s | %s | unvaried %s", protocol.name(), lambda, pf, sw, hl, r, u);
                        }
                    }
                }
            }
        }
    }
}
