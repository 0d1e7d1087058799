package org.kinopanorama.foryou;

import org.junit.jupiter.api.Test;
import org.kinopanorama.foryou.SuggestionRanker.Candidate;
import org.kinopanorama.foryou.SuggestionRanker.Evidence;
import org.kinopanorama.foryou.SuggestionRanker.Via;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** How candidates are scored and a varied list taken from them, without a database. */
class SuggestionRankerTest {

    private static Evidence film(long source, long film, double score) {
        return new Evidence(Via.FILM, source, film, score, false);
    }

    @Test
    void aFilmCloseToSeveralOfThePersonsFilmsComesFirstWithItsStrongestSourceFirst() {
        List<Candidate> ranked = SuggestionRanker.candidates(List.of(
                film(1, 100, 0.6), film(2, 100, 0.5), film(1, 101, 0.9), new Evidence(Via.THEME, 7, 102, 1.0, false)));
        assertThat(ranked).extracting(Candidate::filmId).containsExactly(100L, 101L, 102L);
        // relative to each source's closest film: 0.6 / 0.9 from the first, 0.5 / 0.5 from the second
        assertThat(ranked.get(0).score()).isCloseTo(0.6 / 0.9 + 1, within(1e-9));
        assertThat(ranked.get(0).strongest().source()).isEqualTo(2L);
        // a picked theme counts for less than one's own films
        assertThat(ranked.get(2).score()).isCloseTo(SuggestionRanker.THEME_WEIGHT, within(1e-9));
    }

    @Test
    void everySavedFilmHasAnEqualSayWhateverTheScaleOfItsScores() {
        List<Candidate> ranked = SuggestionRanker.candidates(List.of(
                film(1, 100, 0.26), film(1, 101, 0.25), film(2, 200, 0.08), film(2, 201, 0.05)));
        assertThat(ranked).extracting(Candidate::filmId).startsWith(100L, 200L);
    }

    @Test
    void popularFilmsOfTheYearsOfThePersonsLatestFilmsComeInTheLatestYearCountingMost() {
        List<Evidence> rows = List.of(
                film(1, 100, 0.9),
                new Evidence(Via.SAME_YEAR, 2, 200, 0.8, false, 0), // of the year of the film saved last
                new Evidence(Via.SAME_YEAR, 1, 201, 0.8, false, 4)); // of the year of one saved four films before
        List<Candidate> ranked = SuggestionRanker.candidates(rows, 30, 3, 0.3);
        // no related film names 200 or 201: they come in all the same
        assertThat(ranked).extracting(Candidate::filmId).containsExactly(100L, 200L, 201L);
        assertThat(ranked.get(1).score()).isCloseTo(0.3 * 0.8, within(1e-9));
        assertThat(ranked.get(2).score()).isCloseTo(0.3 * 0.8 * 3 / (3 + 4.0), within(1e-9));
        // a year is not a film of the person's that the film is related to
        assertThat(ranked.get(1).throughFilms()).isEmpty();
        // weight 0 leaves them out
        assertThat(SuggestionRanker.candidates(rows, 30, 3, 0)).extracting(Candidate::filmId).containsExactly(100L);
    }

    @Test
    void notAllFromOneSavedFilmWhenAnotherHasSomethingToSay() {
        List<Evidence> rows = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            rows.add(film(1, 100 + i, 0.95 - i * 0.01));
        }
        rows.add(film(2, 200, 0.4));
        rows.add(film(2, 201, 0.35));
        List<Candidate> shown = SuggestionRanker.diversify(SuggestionRanker.candidates(rows), Map.of(), 8);
        assertThat(shown).hasSize(8);
        assertThat(shown).extracting(Candidate::filmId).contains(200L, 201L);
        assertThat(shown.get(0).filmId()).isEqualTo(100L);
    }

    @Test
    void notAllByOneDirector() {
        List<Evidence> rows = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            rows.add(film(1 + i, 100 + i, 0.9 - i * 0.01)); // six sources, one director for all six films
        }
        rows.add(film(10, 300, 0.5));
        rows.add(film(11, 301, 0.45));
        Map<Long, Set<Long>> directors = new java.util.HashMap<>();
        for (int i = 0; i < 6; i++) {
            directors.put(100L + i, Set.of(77L));
        }
        List<Candidate> shown = SuggestionRanker.diversify(SuggestionRanker.candidates(rows), directors, 4);
        assertThat(shown).extracting(Candidate::filmId).contains(300L, 301L);
        assertThat(shown.stream().filter(c -> directors.containsKey(c.filmId())).count()).isLessThanOrEqualTo(2);
    }

    @Test
    void withOnlyOneSourceEverythingStillComesInScoreOrder() {
        List<Evidence> rows = List.of(film(1, 100, 0.9), film(1, 101, 0.8), film(1, 102, 0.7));
        assertThat(SuggestionRanker.diversify(SuggestionRanker.candidates(rows), Map.of(), 10))
                .extracting(Candidate::filmId).containsExactly(100L, 101L, 102L);
    }

    @Test
    void whatPeopleWhoSavedThePersonsFilmsAlsoSavedAddsUpOverTheirFilms() {
        List<Evidence> rows = List.of(film(1, 100, 0.9),
                new Evidence(Via.SAVED_WITH, 1, 200, 0.06, false), new Evidence(Via.SAVED_WITH, 2, 200, 0.06, true),
                new Evidence(Via.SAVED_WITH, 2, 300, 0.08, false));
        List<Candidate> ranked = SuggestionRanker.candidates(rows, 10);
        // 200: 10 × (0.06 + 0.06), above 100's 0.9 / 0.9, above 300's 10 × 0.08
        assertThat(ranked).extracting(Candidate::filmId).containsExactly(200L, 100L, 300L);
        assertThat(ranked.get(0).score()).isCloseTo(1.2, within(1e-9));
        assertThat(ranked.get(0).throughFilms()).extracting(Evidence::source).containsExactlyInAnyOrder(1L, 2L);
        // weighed 0, it is left out
        assertThat(SuggestionRanker.candidates(rows, 0)).extracting(Candidate::filmId).containsExactly(100L);
    }

    @Test
    void bothWaysThroughOneSavedFilmAreOneSourceForVariety() {
        List<Evidence> rows = List.of(film(1, 100, 0.9), new Evidence(Via.SAVED_WITH, 1, 110, 0.2, false),
                new Evidence(Via.SAVED_WITH, 1, 111, 0.19, false), film(2, 200, 0.5));
        // 110 (2.0) first; then 111 (1.9) and 100 (1.0) are held back as coming from the same saved film
        assertThat(SuggestionRanker.diversify(SuggestionRanker.candidates(rows, 10), Map.of(), 2))
                .extracting(Candidate::filmId).containsExactly(110L, 200L);
    }

    @Test
    void whatThePersonSavedLatelyCountsForMoreThanWhatTheySavedLongAgo() {
        // film 1 saved long ago (30 films back), film 2 the latest: each has one related film, equally close
        List<Evidence> rows = List.of(new Evidence(Via.FILM, 1, 100, 0.9, false, 30),
                new Evidence(Via.FILM, 1, 101, 0.8, false, 30), new Evidence(Via.FILM, 2, 200, 0.9, false, 0),
                new Evidence(Via.SAVED_WITH, 1, 300, 0.05, false, 30), new Evidence(Via.SAVED_WITH, 2, 400, 0.04, false, 0));
        // every film weighing the same: the older film's related film and "saved with" come first
        assertThat(SuggestionRanker.candidates(rows, 30, 0)).extracting(Candidate::filmId)
                .containsExactly(300L, 400L, 100L, 200L, 101L);
        // halved 10 films back: what the latest film says comes first
        List<Candidate> recent = SuggestionRanker.candidates(rows, 30, 10);
        assertThat(recent).extracting(Candidate::filmId).containsExactly(400L, 200L, 300L, 100L, 101L);
        assertThat(recent.get(1).score()).isCloseTo(1.0, within(1e-9));
        assertThat(recent.get(3).score()).isCloseTo(10.0 / 40, within(1e-9));
        assertThat(SuggestionRanker.recencyWeight(10, 10)).isCloseTo(0.5, within(1e-9));
        assertThat(SuggestionRanker.recencyWeight(90, 10)).isCloseTo(0.1, within(1e-9));
        assertThat(SuggestionRanker.recencyWeight(90, 0)).isEqualTo(1.0);
    }

    @Test
    void nothingReadNothingShown() {
        assertThat(SuggestionRanker.diversify(SuggestionRanker.candidates(List.of()), Map.of(), 5)).isEmpty();
    }
}
