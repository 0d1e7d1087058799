package org.kinopanorama.similarity;

import org.kinopanorama.similarity.signal.FilmFeatures;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The configured engine: blend, diversity when neighbours are stored, and which films a change reaches. */
class NeighbourEngineTest {

    static final SimilarityConfig.Weights WEIGHTS = new SimilarityConfig.Weights() {
        public double themes() { return 0.5; }
        public double lists() { return 0.3; }
        public double text() { return 0.2; }
        public double attributes() { return 0.3; }
        public double behaviour() { return 0.4; }
    };

    /** Film 1 and three near-copies of it on one list; film 5 nearly as close on another list; 6 unrelated. */
    static List<FilmFeatures> films() {
        Map<String, Double> war = Map.of("war", 0.9, "betrayal", 0.8);
        return List.of(
                new FilmFeatures(1, war, Map.of("a", 4, "b", 30), List.of()),
                new FilmFeatures(2, war, Map.of("a", 4), List.of()),
                new FilmFeatures(3, war, Map.of("a", 4), List.of()),
                new FilmFeatures(4, war, Map.of("a", 4), List.of()),
                new FilmFeatures(5, Map.of("war", 0.9, "betrayal", 0.7), Map.of("b", 30), List.of()),
                new FilmFeatures(6, Map.of("comedy", 0.9), Map.of(), List.of()),
                new FilmFeatures(7, Map.of("comedy", 0.4, "love", 0.9), Map.of(), List.of()));
    }

    @Test
    void withoutDiversityTheNearCopiesFillTheTop() {
        NeighbourEngine engine = new NeighbourEngine(films(), Map.of(), WEIGHTS, 3, 1.0);
        assertThat(engine.of(1)).extracting(Neighbour::filmId).containsExactly(2L, 3L, 4L);
    }

    @Test
    void diversityLetsAFilmFromAnotherListIntoTheTop() {
        NeighbourEngine engine = new NeighbourEngine(films(), Map.of(), WEIGHTS, 3, 0.6);
        List<Neighbour> top = engine.of(1);
        assertThat(top).extracting(Neighbour::filmId).contains(5L).hasSize(3);
        assertThat(top.get(0).filmId()).as("the closest film still comes first").isIn(2L, 3L, 4L);
        assertThat(top).allSatisfy(n -> assertThat(n.why().isEmpty()).isFalse());
    }

    @Test
    void aChangeReachesTheFilmsSharingAFeatureAndNoOthers() {
        NeighbourEngine engine = new NeighbourEngine(films(), Map.of(), WEIGHTS, 3, 1.0);
        assertThat(engine.around(List.of(5L))).containsExactlyInAnyOrder(1L, 2L, 3L, 4L, 5L);
        assertThat(engine.around(List.of(6L))).containsExactlyInAnyOrder(6L, 7L);
    }

    @Test
    void anUnrelatedFilmHasNoNeighbours() {
        NeighbourEngine engine = new NeighbourEngine(films(), Map.of(), WEIGHTS, 3, 1.0);
        assertThat(engine.compute(List.of(6L, 7L))).containsOnlyKeys(6L, 7L);
        assertThat(engine.of(6)).extracting(Neighbour::filmId).containsExactly(7L);
    }

    @Test
    void diversityAlsoKeepsOneDirectorFromFillingTheTop() {
        Map<String, Double> war = Map.of("war", 0.9, "betrayal", 0.8);
        List<FilmFeatures> films = List.of(
                new FilmFeatures(1, war, Map.of(), List.of(), java.util.Set.of("director:p1", "genre:war")),
                new FilmFeatures(2, war, Map.of(), List.of(), java.util.Set.of("director:p1", "genre:war")),
                new FilmFeatures(3, war, Map.of(), List.of(), java.util.Set.of("director:p1", "genre:war")),
                new FilmFeatures(4, war, Map.of(), List.of(), java.util.Set.of("director:p1", "genre:war")),
                new FilmFeatures(5, Map.of("war", 0.9, "betrayal", 0.75), Map.of(), List.of(), java.util.Set.of("director:p2", "genre:war")),
                new FilmFeatures(6, Map.of("comedy", 0.9), Map.of(), List.of(), java.util.Set.of("director:p3", "genre:comedy")));

        assertThat(new NeighbourEngine(films, Map.of(), WEIGHTS, 3, 1.0).of(1)).extracting(Neighbour::filmId)
                .containsExactly(2L, 3L, 4L);
        assertThat(new NeighbourEngine(films, Map.of(), WEIGHTS, 3, 0.6).of(1)).extracting(Neighbour::filmId)
                .contains(5L).hasSize(3);
    }

    @Test
    void redundancyIsSharingAListADirectorAScreenwriterOrAStudioNotAGenre() {
        NeighbourEngine.SharedGrouping grouping = new NeighbourEngine.SharedGrouping(List.of(
                new FilmFeatures(1, Map.of(), Map.of("a", 3), List.of(), java.util.Set.of("director:p1", "genre:war")),
                new FilmFeatures(2, Map.of(), Map.of("a", 3), List.of(), java.util.Set.of("director:p1", "genre:war")),
                new FilmFeatures(3, Map.of(), Map.of(), List.of(), java.util.Set.of("genre:war")),
                new FilmFeatures(4, Map.of(), Map.of("a", 3), List.of(), java.util.Set.of("studio:s1"))));

        assertThat(grouping.score(1, 2)).isEqualTo(1.0);
        assertThat(grouping.score(1, 3)).isZero();
        assertThat(grouping.score(1, 4)).isEqualTo(0.5);
        assertThat(grouping.score(4, 1)).isEqualTo(grouping.score(1, 4));
    }
}
