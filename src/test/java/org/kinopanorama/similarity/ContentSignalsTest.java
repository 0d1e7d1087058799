package org.kinopanorama.similarity;

import org.kinopanorama.similarity.signal.Explanation;
import org.kinopanorama.similarity.signal.AttributeSimilarity;
import org.kinopanorama.similarity.signal.BehaviourSimilarity;
import org.kinopanorama.similarity.signal.BlendedSimilarity;
import org.kinopanorama.similarity.signal.FilmFeatures;
import org.kinopanorama.similarity.signal.FilmSimilarity;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Content that fits the data: rarity among the films that have that kind of data, every film with metadata gets
 * related films, and curated-list mates do not fill a film's related films.
 */
class ContentSignalsTest {

    private static FilmFeatures film(long id, String... attributes) {
        return new FilmFeatures(id, Map.of(), Map.of(), List.of(), Set.of(attributes));
    }

    @Test
    void aGenreOnlyFewFilmsHaveIsNotRareForThat() {
        // nine films have a director, three a genre; director d and the comedy genre are each on two films
        List<FilmFeatures> films = new ArrayList<>(List.of(
                film(1, "director:d", "genre:comedy"), film(2, "director:d"), film(3, "genre:comedy"),
                film(4, "director:x4", "genre:drama")));
        for (long id = 5; id <= 10; id++) {
            films.add(film(id, "director:x" + id));
        }
        AttributeSimilarity s = new AttributeSimilarity(films);
        // counted over all ten films both would be as rare; among films with genres, comedy is common
        assertThat(s.score(1, 3)).isPositive();
        assertThat(s.score(1, 2)).isGreaterThan(1.5 * s.score(1, 3));
    }

    @Test
    void directorsWeighMoreThanStudiosWithTheSiteKindWeights() {
        List<FilmFeatures> films = List.of(film(1, "director:d", "studio:s"), film(2, "director:d"), film(3, "studio:s"),
                film(4, "director:e", "studio:t"));
        AttributeSimilarity s = new AttributeSimilarity(films, Map.of("director", 2.0, "studio", 0.4));
        assertThat(s.score(1, 2)).isGreaterThan(2 * s.score(1, 3));
    }

    @Test
    void aFilmWhoseFeaturesAreAllCommonStillGetsRelatedFilms() {
        List<FilmFeatures> films = new ArrayList<>();
        for (long id = 1; id <= 12; id++) {
            films.add(film(id, "genre:drama", "studio:mosfilm", "decade:1970"));
        }
        films.add(film(13, "director:rare", "genre:drama"));
        films.add(film(14, "director:rare", "genre:drama"));
        films.add(film(15, "director:other"));
        films.add(film(16, "director:another"));
        // document frequency cap 3: drama, Mosfilm and the 1970s propose no candidates
        Neighbours n = new Neighbours(films, new BlendedSimilarity(Map.of(new AttributeSimilarity(films), 1.0)),
                new Neighbours.CandidateLimits(32, 3));
        for (FilmFeatures f : films.subList(0, 14)) {
            assertThat(n.topK(f.filmId(), 5)).as("film %d", f.filmId()).isNotEmpty();
        }
        assertThat(n.topK(13, 5).get(0).filmId()).as("the rare director still comes first").isEqualTo(14L);
    }

    /** Film 1 on a list with eight films very like it; films 20..27 share its director, less alike. */
    private static List<FilmFeatures> listAndOthers(boolean others) {
        Map<String, Double> war = Map.of("war", 0.9, "betrayal", 0.8);
        List<FilmFeatures> films = new ArrayList<>();
        films.add(new FilmFeatures(1, war, Map.of("betrayal-list", 9), List.of(), Set.of("director:p1")));
        for (long id = 2; id <= 9; id++) {
            films.add(new FilmFeatures(id, war, Map.of("betrayal-list", 9), List.of(), Set.of()));
        }
        if (others) {
                for (long id = 20; id <= 27; id++) {
                films.add(new FilmFeatures(id, Map.of("war", 0.5), Map.of(), List.of(), Set.of("director:p1")));
            }
        }
        for (long id = 30; id <= 45; id++) { // unrelated films, so that the director and war are rare
            films.add(new FilmFeatures(id, Map.of("comedy", 0.9), Map.of(), List.of(), Set.of("director:q" + id)));
        }
        return films;
    }

    @Test
    void atMostThreeListMatesWhenOtherFilmsRelate() {
        NeighbourEngine engine = new NeighbourEngine(listAndOthers(true), Map.of(), SimilarityWeights.DEFAULTS,
                BehaviourSimilarity.Tuning.DEFAULT, Map.of(), 8, 0.85, 3);
        List<Neighbour> top = engine.of(1);
        assertThat(top).hasSize(8);
        assertThat(top.stream().filter(n -> n.filmId() < 10)).hasSize(3);
        assertThat(top.subList(0, 3)).as("the closest list mates still lead").allMatch(n -> n.filmId() < 10);

        NeighbourEngine uncapped = new NeighbourEngine(listAndOthers(true), Map.of(), SimilarityWeights.DEFAULTS,
                BehaviourSimilarity.Tuning.DEFAULT, Map.of(), 8, 0.85, Integer.MAX_VALUE);
        assertThat(uncapped.of(1).stream().filter(n -> n.filmId() < 10).count()).as("what the cap prevents").isGreaterThan(3);
    }

    @Test
    void listMatesFillTheListWhenNothingElseRelates() {
        NeighbourEngine engine = new NeighbourEngine(listAndOthers(false), Map.of(), SimilarityWeights.DEFAULTS,
                BehaviourSimilarity.Tuning.DEFAULT, Map.of(), 8, 0.85, 3);
        assertThat(engine.of(1)).extracting(Neighbour::filmId).containsExactlyInAnyOrder(2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L);
        assertThat(engine.compute(List.of(1L)).get(1L)).hasSize(8);
    }

    @Test
    void theRerankerCapPutsLimitedCandidatesAfterTheOthers() {
        List<Neighbour> candidates = List.of(new Neighbour(1, 0.9, Explanation.empty()),
                new Neighbour(2, 0.8, Explanation.empty()), new Neighbour(3, 0.7, Explanation.empty()),
                new Neighbour(4, 0.2, Explanation.empty()));
        FilmSimilarity none = (a, b) -> a == b ? 1 : 0;
        assertThat(new DiversityReranker().rerank(candidates, 4, 1.0, none, n -> n.filmId() < 4, 1))
                .extracting(Neighbour::filmId).containsExactly(1L, 4L, 2L, 3L);
        assertThat(new DiversityReranker().rerank(candidates, 2, 1.0, none, n -> n.filmId() < 4, 1))
                .extracting(Neighbour::filmId).containsExactly(1L, 4L);
    }
}
