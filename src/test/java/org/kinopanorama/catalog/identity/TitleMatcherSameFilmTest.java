package org.kinopanorama.catalog.identity;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link TitleMatcher#sameFilm} and {@link TitleMatcher#yearsCompatible}. */
class TitleMatcherSameFilmTest {

    private static boolean same(String a, Integer yearA, String b, Integer yearB) {
        boolean result = TitleMatcher.sameFilm(List.of(a), yearA, List.of(b), yearB);
        // the relation is symmetric
        assertThat(TitleMatcher.sameFilm(List.of(b), yearB, List.of(a), yearA)).isEqualTo(result);
        return result;
    }

    // ------------------------------------------------------------ years

    @ParameterizedTest
    @CsvSource({
            "1975, 1975, true",
            "1975, 1976, true",
            "1976, 1975, true",
            "1960, 1959, true",
            "1960, 1958, false",
            "1958, 1960, false",
            "1975, , true",
            ", 1975, true",
            ", , true"})
    void yearsOffByOneAtMostOrUnknown(Integer a, Integer b, boolean expected) {
        assertThat(TitleMatcher.yearsCompatible(a, b)).isEqualTo(expected);
    }

    // ------------------------------------------------------------ the required cases

    @Test
    void ironyOfFateWithAndWithoutItsAlternativeTitle() {
        assertThat(same("The Irony of Fate", 1975, "The Irony of Fate, or Enjoy Your Bath!", 1975)).isTrue();
        // also when a source leaves the year inside the title
        assertThat(same("The Irony of Fate (1975)", 1975, "The Irony of Fate, or Enjoy Your Bath! (1975)", 1975))
                .isTrue();
    }

    @Test
    void ironyOfFateMovieLensRussianAndEnglish() {
        String movieLens = "Irony of Fate, or Enjoy Your Bath! (Ironiya sudby, ili S legkim parom!)";
        String russian = "Ирония судьбы, или С лёгким паром!";
        assertThat(same(movieLens, 1975, russian, 1976)).isTrue();
        assertThat(same(movieLens, 1975, "The Irony of Fate", 1975)).isTrue();
        // A different romanisation of ё ("lyogkim") does not meet the BGN key of the full title...
        assertThat(TitleMatcher.normalize("Ironiya sud'by, ili S lyogkim parom!"))
                .isNotEqualTo(TitleMatcher.normalize(russian));
        // ...but the part before ", ili" is shared, so the records still meet.
        assertThat(same(russian, 1976, "Ironiya sud'by, ili S lyogkim parom!", 1975)).isTrue();
        // Without such a common part, different romanisations stay apart: no fuzzy matching.
        assertThat(same("Ёлки", 2010, "Yolki", 2010)).isFalse();
    }

    @Test
    void cranesAreFlying() {
        String movieLens = "The Cranes Are Flying (Letyat zhuravli)";
        assertThat(same(movieLens, 1957, "Летят журавли", 1957)).isTrue();
        assertThat(same(movieLens, 1957, "The Cranes Are Flying", 1957)).isTrue();
        assertThat(same("Cranes Are Flying, The", 1957, "The Cranes Are Flying", 1957)).isTrue();
        assertThat(same("Cranes Are Flying, The (Letyat zhuravli)", 1957, "Летят журавли", 1957)).isTrue();
    }

    @Test
    void unsentLetterYearTolerance() {
        assertThat(same("The Unsent Letter", 1960, "The Unsent Letter", 1959)).isTrue();
        assertThat(same("The Unsent Letter", 1960, "The Unsent Letter", 1958)).isFalse();
        assertThat(same("The Unsent Letter", 1960, "The Unsent Letter", null)).isTrue();
    }

    @ParameterizedTest(name = "{0} ≠ {1}")
    @CsvSource(delimiter = '|', value = {
            "The Star | The Stationmaster",
            "The Shield and the Sword | The Sword and the Shield",
            "Moscow Does Not Believe in Tears | Moscow",
            "Flight | Flight 222",
            "The Flight | Flight 222",
            "The Love of Mankind | Love",
            "The Sixth of July | 6 July",
            "Moscow: Love | Moscow",
            "Liberation: The Fire Bulge | Liberation: Breakthrough",
            "War and Peace (Part 1) | War and Peace (Part 2)",
            "War and Peace (Part 1) | War and Peace",
            "Moscow (TV) | Love (TV)",
            "Moscow (1975) | Love (1975)",
            "Ирония судьбы. Продолжение | Ирония судьбы",
            "The Adventures of Sherlock Holmes and Dr. Watson: King of Blackmailers | The Adventures of Sherlock Holmes and Dr. Watson: The Deadly Fight"})
    void noFalseMergesEvenInTheSameYear(String a, String b) {
        assertThat(same(a, 1975, b, 1975)).isFalse();
        assertThat(same(a, null, b, null)).isFalse();
    }

    @Test
    void starAndStationmasterWithTheirRealYears() {
        assertThat(same("The Star", 1949, "The Stationmaster", 1972)).isFalse();
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
            "The Flight | Flight",
            "A Cruel Romance | Cruel Romance",
            "Cruel Romance, A | A Cruel Romance",
            "THE ASCENT | the  ascent.",
            "The Ascent! | «The Ascent»",
            "Мастер и Маргарита | Master i Margarita",
            "Ёлки | Елки",
            "Кин-дза-дза! | Kin-dza-dza!",
            "Мастер и Маргарита / The Master and Margarita | The Master and Margarita",
            "Solaris (a.k.a. Solyaris) | Солярис",
            "Stalker (1979 film) | Stalker"})
    void sameFilmInTheSameYear(String a, String b) {
        assertThat(same(a, 1975, b, 1975)).isTrue();
    }

    @Test
    void sameTitleButYearsTooFarApartAreDifferentFilms() {
        // Solaris 1968 (TV play) and Solaris 1972 (Tarkovsky)
        assertThat(same("Солярис", 1968, "Solaris (Solyaris)", 1972)).isFalse();
    }

    @Test
    void recordsWithSeveralTitlesMatchByAnyOfThem() {
        assertThat(TitleMatcher.sameFilm(
                List.of("Летят журавли", "The Cranes Are Flying"), 1957,
                List.of("Quand passent les cigognes", "Cranes Are Flying, The"), 1958)).isTrue();
        assertThat(TitleMatcher.sameFilm(
                List.of("Летят журавли"), 1957,
                List.of("Quand passent les cigognes", "The Cranes Are Flying"), 1957))
                .as("nothing links a Russian-only record to a record without the Russian title").isFalse();
    }

    @Test
    void noTitlesNeverMatch() {
        assertThat(TitleMatcher.sameFilm(List.of(), 1975, List.of(), 1975)).isFalse();
        assertThat(TitleMatcher.sameFilm(null, 1975, null, 1975)).isFalse();
        assertThat(TitleMatcher.sameFilm(List.of("?!"), 1975, List.of("…"), 1975)).isFalse();
        assertThat(TitleMatcher.sameFilm(List.of("Stalker"), 1979, null, 1979)).isFalse();
    }
}
