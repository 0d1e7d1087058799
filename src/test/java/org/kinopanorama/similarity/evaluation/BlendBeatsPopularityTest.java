package org.kinopanorama.similarity.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.kinopanorama.similarity.signal.BehaviourSimilarity;
import org.kinopanorama.similarity.signal.FilmFeatures;
import org.kinopanorama.similarity.Neighbours;
import org.kinopanorama.similarity.SimilarityWeights;

/**
 * The app's default blend must keep beating the popularity baseline on MovieLens: leave-latest-out for a fixed
 * sample of 150 users, 100 sampled negatives each (the evaluation's protocol, see {@link MovieLensEvaluation}).
 */
class BlendBeatsPopularityTest {

    @Test
    void defaultBlendBeatsPopularityOnAFixedSampleOfMovieLensUsers() {
        Assumptions.assumeTrue(MovieLens.presentIn(MovieLens.DEFAULT_DIR),
                "skipped: MovieLens ml-latest-small is not in " + MovieLens.DEFAULT_DIR.toAbsolutePath().normalize()
                        + " (the shared datasets folder is absent on this machine)");
        MovieLens data = MovieLens.read(MovieLens.DEFAULT_DIR);
        LeaveLatestOut split = new LeaveLatestOut(data, 1, MovieLensEvaluation.TEST_SEED, sampleOfUsers(data, 150));
        List<FilmFeatures> films = MovieLensFilms.features(data, split.hidden);

        LeaveLatestOut.Result popularity = split.evaluate(MovieLensEvaluation.popularity(split.baskets));
        // as evaluated: the default weights and tuning, baskets with runs, a film's 50 best links to the user's films
        LeaveLatestOut.Result blend = split.evaluate(new MovieLensEvaluation.Knn(Neighbours.similarity(films,
                split.basketsWithRuns(MovieLensEvaluation.RUNS), SimilarityWeights.DEFAULTS,
                BehaviourSimilarity.Tuning.DEFAULT, Map.of()), MovieLensEvaluation.K));

        System.out.printf("MovieLens sample: popularity %s; default blend %s%n", popularity, blend);
        assertThat(split.cases).hasSize(150);
        assertThat(blend.hitRate()).as("HR@10 blend %s vs popularity %s", blend, popularity)
                .isGreaterThan(popularity.hitRate());
        assertThat(blend.ndcg()).as("NDCG@10 blend %s vs popularity %s", blend, popularity)
                .isGreaterThan(popularity.ndcg());
    }

    private static Set<Integer> sampleOfUsers(MovieLens data, int n) {
        Set<Integer> all = new HashSet<>();
        data.ratings().forEach(r -> all.add(r.user()));
        List<Integer> users = new ArrayList<>(all);
        Collections.sort(users);
        Collections.shuffle(users, new Random(150));
        return new HashSet<>(users.subList(0, n));
    }
}
