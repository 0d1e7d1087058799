package org.kinopanorama.similarity.signal;

import org.kinopanorama.similarity.Neighbour;
import org.kinopanorama.similarity.Neighbours;
import org.kinopanorama.similarity.SimilarityWeights;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** EASE: the closed form on a matrix small enough to solve by hand, and the {@link FilmSimilarity} contract. */
class EaseSimilarityTest {

    private static final EaseSimilarity.Settings LAMBDA_1 = new EaseSimilarity.Settings(1, 1, 100, 1);

    /** Film 1 in four baskets, film 2 in three of them. */
    private static Map<String, List<Long>> twoFilms() {
        return Map.of("a", List.of(1L, 2L), "b", List.of(1L, 2L), "c", List.of(2L, 1L), "d", List.of(1L));
    }

    @Test
    void twoFilmsGiveTheClosedFormByHand() {
        // G = [[4, 3], [3, 3]] + I; P = G^-1 = [[4, -3], [-3, 5]] / 11; B12 = -P12 / P22 = 3/5, B21 = 3/4:
        // film 2, never saved without film 1, says more for it than the other way round
        EaseSimilarity.Model model = EaseSimilarity.Model.fit(twoFilms(), LAMBDA_1);
        assertThat(model.weight(1, 2)).isCloseTo(0.6, within(1e-12));
        assertThat(model.weight(2, 1)).isCloseTo(0.75, within(1e-12));
        assertThat(model.weight(1, 1)).as("the diagonal is excluded").isZero();
        assertThat(new EaseSimilarity(twoFilms(), LAMBDA_1).score(1, 2)).as("(0.6 + 0.75) / 2, the strongest pair")
                .isEqualTo(1.0);
    }

    /** Two pairs always saved together, a film saved with everything, and one pair only once together. */
    private static Map<String, List<Long>> catalogue() {
        Map<String, List<Long>> b = new LinkedHashMap<>();
        for (int u = 0; u < 6; u++) {
            b.put("pair-a" + u, List.of(1L, 2L, 9L));
            b.put("pair-b" + u, List.of(3L, 4L, 9L));
        }
        b.put("once", List.of(1L, 3L));
        b.put("five", List.of(5L, 9L));
        return b;
    }

    @Test
    void followsTheSimilarityContract() {
        EaseSimilarity ease = new EaseSimilarity(catalogue(), new EaseSimilarity.Settings(2, 1, 100, 1));
        long[] ids = {1, 2, 3, 4, 5, 9, 77};
        for (long a : ids) {
            assertThat(ease.score(a, a)).isEqualTo(1.0);
            for (long b : ids) {
                double s = ease.score(a, b);
                assertThat(s).isBetween(0.0, 1.0).isEqualTo(ease.score(b, a));
                assertThat(ease.explain(a, b).isEmpty()).isEqualTo(s == 0 || a == b);
            }
        }
        assertThat(ease.score(1, 77)).as("a film outside the model").isZero();
        assertThat(ease.score(1, 2)).as("saved together every time").isGreaterThan(ease.score(1, 9))
                .isGreaterThan(ease.score(1, 3));
        assertThat(ease.explain(1, 2).features(Explanation.Kind.BEHAVIOUR))
                .containsExactly(BehaviourSimilarity.SAVED_TOGETHER);
    }

    @Test
    void aPairFewerBasketsHoldThanTheFloorScoresNothing() {
        EaseSimilarity.Settings floor = new EaseSimilarity.Settings(2, 1, 100, 2);
        EaseSimilarity ease = new EaseSimilarity(catalogue(), floor);
        assertThat(EaseSimilarity.Model.fit(catalogue(), floor).weight(1, 3)).as("the model itself links them")
                .isNotZero();
        assertThat(ease.score(1, 3)).as("one basket alone never links two films").isZero();
        assertThat(ease.score(1, 2)).isPositive();
    }

    @Test
    void onlyFilmsInEnoughBasketsAndAtMostMaxFilmsAreModelled() {
        assertThat(EaseSimilarity.Model.fit(catalogue(), new EaseSimilarity.Settings(2, 2, 100, 1)).films())
                .containsExactly(1, 2, 3, 4, 9);
        assertThat(EaseSimilarity.Model.fit(catalogue(), new EaseSimilarity.Settings(2, 1, 3, 1)).films())
                .as("the most saved, ties by id").containsExactly(1, 3, 9);
        assertThat(new EaseSimilarity(Map.of("one", List.of(1L)), LAMBDA_1).modelledFilms()).isZero();
    }

    @Test
    void refusesSettingsOutsideTheirRange() {
        assertThatThrownBy(() -> new EaseSimilarity.Settings(0, 1, 10, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EaseSimilarity.Settings(Double.NaN, 1, 10, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EaseSimilarity.Settings(1, 0, 10, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EaseSimilarity.Settings(1, 1, 1, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theNeighbourSearchFindsFilmsOnlyEaseLinks() {
        List<FilmFeatures> films = List.of(1L, 2L, 3L, 4L, 5L, 9L).stream()
                .map(id -> new FilmFeatures(id, Map.of(), Map.of(), List.of())).toList();
        Neighbours n = Neighbours.blend(films, catalogue(), new SimilarityWeights(0, 0, 0, 0.1, 0),
                BehaviourSimilarity.Tuning.DEFAULT, Map.of(), Neighbours.CandidateLimits.forCatalogue(6), 1.0,
                new EaseSimilarity.Settings(2, 1, 100, 2));
        assertThat(n.topK(1, 3)).extracting(Neighbour::filmId).first().isEqualTo(2L);
        assertThat(n.topK(1, 3).get(0).score()).isEqualTo(n.similarity().score(1, 2));
    }
}
