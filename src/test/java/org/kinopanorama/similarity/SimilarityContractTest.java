package org.kinopanorama.similarity;

import org.kinopanorama.similarity.signal.AttributeSimilarity;
import org.kinopanorama.similarity.signal.BehaviourSimilarity;
import org.kinopanorama.similarity.signal.BlendedSimilarity;
import org.kinopanorama.similarity.signal.FilmFeatures;
import org.kinopanorama.similarity.signal.FilmSimilarity;
import org.kinopanorama.similarity.signal.ListSimilarity;
import org.kinopanorama.similarity.signal.TextSimilarity;
import org.kinopanorama.similarity.signal.ThemeSimilarity;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class SimilarityContractTest {

    static final long UNKNOWN = 999;

    static Stream<Arguments> implementations() {
        List<FilmFeatures> films = Fixtures.soviet();
        Map<FilmSimilarity, Double> w = new LinkedHashMap<>();
        w.put(new ThemeSimilarity(films), 0.5);
        w.put(new ListSimilarity(films), 0.3);
        w.put(new TextSimilarity(films), 0.2);
        return Stream.of(
                Arguments.of("attribute", new AttributeSimilarity(films, Map.of("decade", 0.5))),
                Arguments.of("behaviour", new BehaviourSimilarity(Fixtures.baskets())),
                Arguments.of("behaviour unshrunk", new BehaviourSimilarity(Fixtures.baskets(),
                        new BehaviourSimilarity.Tuning(0, 0))),
                Arguments.of("app blend", Neighbours.similarity(films, Fixtures.baskets(), SimilarityWeights.DEFAULTS,
                        BehaviourSimilarity.Tuning.DEFAULT, Map.of())),
                Arguments.of("theme", new ThemeSimilarity(films)),
                Arguments.of("text", new TextSimilarity(films)),
                Arguments.of("list", new ListSimilarity(films)),
                Arguments.of("blend", new BlendedSimilarity(w)));
    }

    static List<Long> ids() {
        List<Long> ids = new ArrayList<>();
        Fixtures.soviet().forEach(f -> ids.add(f.filmId()));
        ids.add(UNKNOWN);
        return ids;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("implementations")
    void scoresAreInRangeSymmetricAndNeverNaN(String name, FilmSimilarity sim) {
        for (long a : ids()) {
            for (long b : ids()) {
                double s = sim.score(a, b);
                assertThat(s).as("%s(%d,%d)", name, a, b).isNotNaN().isBetween(0.0, 1.0);
                assertThat(sim.score(b, a)).as("symmetry %s(%d,%d)", name, a, b).isEqualTo(s);
                assertThat(sim.explain(a, b).reasons()).allSatisfy(r -> assertThat(r.contribution()).isPositive());
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("implementations")
    void selfIsOneEvenForUnknownAndEmptyFilms(String name, FilmSimilarity sim) {
        for (long a : ids()) {
            assertThat(sim.score(a, a)).isEqualTo(1.0);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("implementations")
    void unknownAndEmptyFilmsScoreZeroAgainstOthers(String name, FilmSimilarity sim) {
        for (long a : ids()) {
            if (a != UNKNOWN) {
                assertThat(sim.score(a, UNKNOWN)).isZero();
                assertThat(sim.explain(a, UNKNOWN).isEmpty()).isTrue();
            }
            if (a != Fixtures.EMPTY) {
                assertThat(sim.score(a, Fixtures.EMPTY)).isZero();
            }
        }
    }

    @Test
    void allEmptyCatalogueNeverProducesNaN() {
        List<FilmFeatures> films = List.of(FilmFeatures.empty(1), FilmFeatures.empty(2));
        for (FilmSimilarity sim : List.of(new ThemeSimilarity(films), new TextSimilarity(films),
                new ListSimilarity(films), new ThemeSimilarity(List.of()), new AttributeSimilarity(films),
                new BehaviourSimilarity(Map.of()), new BehaviourSimilarity(Map.of("u", List.of(1L))))) {
            assertThat(sim.score(1, 2)).isZero();
            assertThat(sim.score(1, 1)).isEqualTo(1.0);
        }
    }

    @Test
    void sharedFeatureEverywhereScoresZeroNotNaN() {
        // idf = ln(N/N) = 0 for a theme every film has
        List<FilmFeatures> films = List.of(
                new FilmFeatures(1, Map.of("war", 1.0), Map.of(), List.of()),
                new FilmFeatures(2, Map.of("war", 0.5), Map.of(), List.of()));
        assertThat(new ThemeSimilarity(films).score(1, 2)).isZero();
    }

    @Test
    void blendRejectsBadWeights() {
        FilmSimilarity s = new ThemeSimilarity(Fixtures.soviet());
        assertThatThrownBy(() -> new BlendedSimilarity(Map.of(s, -0.1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BlendedSimilarity(Map.of(s, 0.0))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BlendedSimilarity(Map.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BlendedSimilarity(Map.of(s, Double.NaN)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void blendIsWeightedMean() {
        FilmSimilarity half = (a, b) -> a == b ? 1 : 0.5;
        FilmSimilarity zero = (a, b) -> a == b ? 1 : 0.0;
        Map<FilmSimilarity, Double> w = new LinkedHashMap<>();
        w.put(half, 3.0);
        w.put(zero, 1.0);
        assertThat(new BlendedSimilarity(w).score(1, 2)).isCloseTo(0.375, org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void weightsAndTuningRejectBadValues() {
        assertThatThrownBy(() -> new SimilarityWeights(0, 0, 0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SimilarityWeights(1, -1, 0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SimilarityWeights(1, 0, Double.NaN, 0, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SimilarityWeights(1, 0, 0, Double.POSITIVE_INFINITY, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BehaviourSimilarity.Tuning(-1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BehaviourSimilarity.Tuning(0, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AttributeSimilarity(Fixtures.soviet(), Map.of("genre", -1.0)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aFilmGivenTwiceIsRefused() {
        List<FilmFeatures> twice = List.of(FilmFeatures.empty(1), FilmFeatures.empty(1));
        assertThatThrownBy(() -> new ThemeSimilarity(twice)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("film 1");
    }

    @Test
    void featureValidation() {
        assertThatThrownBy(() -> new FilmFeatures(1, Map.of(), Map.of(), List.of(), java.util.Set.of("director")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FilmFeatures(1, Map.of("x", 0.0), Map.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FilmFeatures(1, Map.of("x", 1.5), Map.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FilmFeatures(1, Map.of(), Map.of("l", 0), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
