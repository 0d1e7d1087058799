package org.kinopanorama.catalog.identity;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class FilmLookupRulesTest {

    private static FilmLookup.Candidate byId(long id, String... sources) {
        return new FilmLookup.Candidate(id, 0, true, Set.of(1976), Set.of(sources), Map.of("imdb", Set.of("tt0073179")));
    }

    private static FilmLookup.Candidate byTitle(long id, int keys, int year, Set<String> sources, Map<String, Set<String>> ids) {
        return new FilmLookup.Candidate(id, keys, false, Set.of(year), sources, ids);
    }

    @Test
    void anIdMatchWinsAndATitleMatchOfTheListJoinsIt() {
        FilmLookup.Decision d = FilmLookup.decide("movielens", 1975, Map.of("imdb", "tt0073179"),
                List.of(byId(10, "sbc"), byTitle(3, 2, 1975, Set.of(), Map.of())));
        assertThat(d.film()).isEqualTo(10L);
        assertThat(d.merge()).containsExactly(3L);
    }

    @Test
    void yearsOneApartMatchTwoApartDoNot() {
        assertThat(FilmLookup.decide("movielens", 1979, Map.of(), List.of(byTitle(5, 1, 1980, Set.of(), Map.of()))).film()).isEqualTo(5L);
        assertThat(FilmLookup.decide("movielens", 1978, Map.of(), List.of(byTitle(5, 1, 1980, Set.of(), Map.of()))).film()).isNull();
    }

    @Test
    void twoRecordsOfOneDatasetAreNeverOneFilm() {
        // «Звезда» 1949 is in the catalogue from the same dataset: a second «Звезда» 1950 is another film
        assertThat(FilmLookup.decide("sbc", 1950, Map.of(), List.of(byTitle(7, 1, 1949, Set.of("sbc"), Map.of()))).film()).isNull();
        // a MovieLens title meeting two Soviet films takes the closer year and merges neither into the other
        FilmLookup.Decision d = FilmLookup.decide("movielens", 1949, Map.of(),
                List.of(byTitle(7, 1, 1950, Set.of("sbc"), Map.of()), byTitle(8, 1, 1949, Set.of("sbc"), Map.of())));
        assertThat(d.film()).isEqualTo(8L);
        assertThat(d.merge()).isEmpty();
        assertThat(d.doubts()).hasSize(1);
    }

    @Test
    void aDifferentIdOfTheSameKindIsAnotherFilm() {
        assertThat(FilmLookup.decide("movielens", 1975, Map.of("imdb", "tt1"),
                List.of(byTitle(4, 3, 1975, Set.of("sbc"), Map.of("imdb", Set.of("tt2"))))).film()).isNull();
        assertThat(FilmLookup.decide("movielens", 1975, Map.of("imdb", "tt1"),
                List.of(byTitle(4, 3, 1975, Set.of("sbc"), Map.of("wikidata", Set.of("Q1"))))).film()).isEqualTo(4L);
    }

    @Test
    void aRecordNamingAFilmInTwoLanguagesJoinsTheListFilmAndTheDatasetFilm() {
        FilmLookup.Decision d = FilmLookup.decide("movielens", 1979, Map.of("imdb", "tt0079579"),
                List.of(byTitle(2, 1, 1980, Set.of(), Map.of()), byTitle(9, 1, 1980, Set.of("sbc"), Map.of("wikidata", Set.of("Q1")))));
        assertThat(d.film()).isEqualTo(2L);
        assertThat(d.merge()).containsExactly(9L);
    }
}
