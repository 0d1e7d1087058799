package org.kinopanorama.similarity.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The protocol's hold-out on a tiny made-up dataset: ties in time, and what "likes only" keeps. */
class LeaveLatestOutTest {

    /** User 1 rated films 1..4 one after the other, then 5, 6 and 7 in the same second; user 2 rated a little. */
    private static MovieLens data() {
        List<MovieLens.Movie> movies = new java.util.ArrayList<>();
        for (long id = 1; id <= 150; id++) {
            movies.add(new MovieLens.Movie(id, "Film " + id, List.of("Drama"), 1970));
        }
        List<MovieLens.Rating> ratings = List.of(
                new MovieLens.Rating(1, 1, 4.0, 100), new MovieLens.Rating(1, 2, 2.0, 200),
                new MovieLens.Rating(1, 3, 5.0, 300), new MovieLens.Rating(1, 4, 3.5, 400),
                new MovieLens.Rating(1, 7, 4.5, 500), new MovieLens.Rating(1, 6, 4.0, 500),
                new MovieLens.Rating(1, 5, 1.0, 500),
                new MovieLens.Rating(2, 1, 4.0, 100), new MovieLens.Rating(2, 3, 4.0, 200));
        return new MovieLens(movies, ratings, List.of());
    }

    private static long heldOut(LeaveLatestOut split) {
        return split.cases.stream().filter(c -> c.user() == 1).findFirst().orElseThrow().heldOut();
    }

    @Test
    void filmsRatedInTheSameSecondAreOrderedByTheSeedNotById() {
        Set<Long> held = new HashSet<>();
        for (long seed = 0; seed < 30; seed++) {
            long film = heldOut(new LeaveLatestOut(data(), LeaveLatestOut.Protocol.ALL_RATINGS, 1, seed, null));
            assertThat(film).as("one of the films of the last second").isIn(5L, 6L, 7L);
            assertThat(heldOut(new LeaveLatestOut(data(), LeaveLatestOut.Protocol.ALL_RATINGS, 1, seed, null)))
                    .as("the same seed, the same film").isEqualTo(film);
            held.add(film);
        }
        assertThat(held).as("each of the tied films is held out under some seed").containsExactlyInAnyOrder(5L, 6L, 7L);
    }

    @Test
    void likesOnlySavesAndHoldsOutOnlyFilmsRatedAtTheImportersThreshold() {
        for (long seed = 0; seed < 10; seed++) {
            LeaveLatestOut split = new LeaveLatestOut(data(), LeaveLatestOut.Protocol.LIKES_ONLY, 1, seed, null);
            LeaveLatestOut.Case c = split.cases.stream().filter(x -> x.user() == 1).findFirst().orElseThrow();
            assertThat(c.heldOut()).as("film 5 got one star").isIn(6L, 7L);
            assertThat(c.history()).as("film 2 got two stars; 4 got 3.5, the threshold").contains(1L, 3L, 4L)
                    .doesNotContain(2L, 5L);
            assertThat(c.negatives()).as("a film rated low is still no negative").doesNotContain(2L, 5L);
            assertThat(split.baskets.get("u1")).doesNotContain(2L, 5L, c.heldOut());
        }
    }

    @Test
    void theValidationSplitNeverSeesTheTestFilm() {
        LeaveLatestOut test = new LeaveLatestOut(data(), LeaveLatestOut.Protocol.ALL_RATINGS, 1, 42, null);
        LeaveLatestOut val = new LeaveLatestOut(data(), LeaveLatestOut.Protocol.ALL_RATINGS, 2, 42, null);
        long testFilm = heldOut(test);
        LeaveLatestOut.Case c = val.cases.stream().filter(x -> x.user() == 1).findFirst().orElseThrow();
        assertThat(c.heldOut()).isNotEqualTo(testFilm);
        assertThat(c.history()).doesNotContain(testFilm);
        assertThat(val.baskets.values()).noneMatch(b -> b.contains(testFilm) && b == val.baskets.get("u1"));
    }
}
