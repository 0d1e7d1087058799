package org.kinopanorama.catalog.identity;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@link TitleMatcher#keys(String)}: alternative titles inside one title string. */
class TitleMatcherKeysTest {

    private static Set<String> keys(String title) {
        return TitleMatcher.keys(title);
    }

    @Test
    void theFirstKeyIsTheNormalisedTitle() {
        for (String title : List.of("The Irony of Fate, or Enjoy Your Bath!", "Moscow: Love", "Летят журавли",
                "Cranes Are Flying, The (Letyat zhuravli) (1957)", "Мастер и Маргарита / The Master and Margarita")) {
            assertThat(keys(title)).first().isEqualTo(TitleMatcher.normalize(title));
        }
    }

    @Test
    void alternativeTitleAfterCommaOr() {
        assertThat(keys("The Irony of Fate, or Enjoy Your Bath!")).containsExactly(
                "irony of fate or enjoy your bath", "irony of fate", "enjoy your bath");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Frankenstein; or, The Modern Prometheus", "Frankenstein, or, The Modern Prometheus",
            "Frankenstein or, The Modern Prometheus", "Frankenstein or: The Modern Prometheus",
            "Frankenstein, or The Modern Prometheus", "FRANKENSTEIN, OR THE MODERN PROMETHEUS"})
    void alternativeTitleSeparatorsVariants(String title) {
        assertThat(keys(title)).contains("frankenstein", "modern prometheus");
    }

    @Test
    void russianAlternativeTitleWithIli() {
        assertThat(keys("Ирония судьбы, или С лёгким паром!")).containsExactly(
                "ironiya sudby ili s legkim parom", "ironiya sudby", "s legkim parom");
        assertThat(keys("Ironiya sudby, ili S legkim parom!")).containsExactly(
                "ironiya sudby ili s legkim parom", "ironiya sudby", "s legkim parom");
    }

    @Test
    void orInsideATitleIsNotASeparator() {
        assertThat(keys("Now or Never")).containsExactly("now or never");
        assertThat(keys("To Be or Not to Be")).containsExactly("to be or not to be");
        assertThat(keys("Orion, Orpheus")).containsExactly("orion orpheus");
    }

    @Test
    void movieLensOriginalTitleInParentheses() {
        assertThat(keys("Irony of Fate, or Enjoy Your Bath! (Ironiya sudby, ili S legkim parom!)")).containsExactly(
                "irony of fate or enjoy your bath ironiya sudby ili s legkim parom",
                "irony of fate or enjoy your bath", "irony of fate", "enjoy your bath",
                "ironiya sudby ili s legkim parom", "ironiya sudby", "s legkim parom");
        assertThat(keys("The Cranes Are Flying (Letyat zhuravli)")).containsExactly(
                "cranes are flying letyat zhuravli", "cranes are flying", "letyat zhuravli");
    }

    @Test
    void movieLensTrailingArticleAndOriginalTitleAndYear() {
        assertThat(keys("Cranes Are Flying, The (Letyat zhuravli) (1957)")).containsExactly(
                "cranes are flying letyat zhuravli 1957", "cranes are flying letyat zhuravli",
                "cranes are flying", "letyat zhuravli");
    }

    @Test
    void akaPrefixInParenthesesIsDropped() {
        assertThat(keys("Solaris (a.k.a. Solyaris)")).contains("solaris", "solyaris");
        assertThat(keys("Stalker (aka: Сталкер)")).contains("stalker");
        assertThat(keys("Akakiy (Akakiy Akakievich)")).contains("akakiy", "akakiy akakievich");
    }

    @ParameterizedTest
    @ValueSource(strings = {"The Irony of Fate (1975)", "The Irony of Fate (1975-1976)", "The Irony of Fate (1975 film)",
            "The Irony of Fate (TV)", "The Irony of Fate (TV Movie)", "The Irony of Fate (Restored)",
            "The Irony of Fate (film)", "The Irony of Fate (Soviet Film)", "The Irony of Fate (animated short)"})
    void aYearOrDescriptionInParenthesesIsNotAKeyButTheTitleBeforeItIs(String title) {
        Set<String> keys = keys(title);
        assertThat(keys).hasSize(2).contains("irony of fate");
        assertThat(keys).doesNotContain("1975", "tv", "tv movie", "restored", "film", "1975 film");
    }

    @ParameterizedTest
    @ValueSource(strings = {"War and Peace (Part 1)", "War and Peace (Part II)", "War and Peace (II)",
            "War and Peace (2)", "War and Peace (Film 2)", "War and Peace (Second Part)",
            "Война и мир (2-я серия)", "Война и мир (Часть 1)", "Война и мир (Фильм первый)"})
    void aPartNumberInParenthesesDoesNotSplitTheTitle(String title) {
        assertThat(keys(title)).containsExactly(TitleMatcher.normalize(title));
    }

    @Test
    void onlyATrailingParenthesisIsAnAlternative() {
        assertThat(keys("Kin (the Movie) Dza")).containsExactly("kin the movie dza");
        assertThat(keys("(Untitled)")).containsExactly("untitled");
        assertThat(keys("The Irony of Fate ()")).containsExactly("irony of fate");
        assertThat(keys("Broken (parenthesis")).containsExactly("broken parenthesis");
        assertThat(keys("Broken parenthesis)")).containsExactly("broken parenthesis");
    }

    @Test
    void nestedParentheses() {
        assertThat(keys("Stalker (Stalker (1979))")).contains("stalker");
    }

    @Test
    void slashSeparatedTitles() {
        assertThat(keys("Мастер и Маргарита / The Master and Margarita")).containsExactly(
                "master i margarita the master and margarita", "master i margarita", "master and margarita");
        assertThat(keys("Cruel Romance / Жестокий романс")).contains("cruel romance", "zhestokiy romans");
    }

    @Test
    void slashWithoutSpacesIsNotASeparator() {
        assertThat(keys("24/7")).containsExactly("24 7");
    }

    @Test
    void subtitleAfterColonIsNotSplitOff() {
        // Decision: never a key for the part before ':'; series episodes share it (see TitleMatcher#keys).
        assertThat(keys("Moscow: Love")).containsExactly("moscow love");
        assertThat(keys("Liberation: The Fire Bulge")).containsExactly("liberation the fire bulge");
        assertThat(keys("The Adventures of Sherlock Holmes and Dr. Watson: The Hound of the Baskervilles"))
                .containsExactly("adventures of sherlock holmes and dr watson the hound of the baskervilles");
    }

    @ParameterizedTest
    @ValueSource(strings = {"?!", "", "   ", "()", "( / )", ", ; ,", "ъ (ь)"})
    void titlesWithoutLettersOrDigitsHaveNoKeys(String title) {
        assertThat(keys(title)).isEmpty();
    }

    @Test
    void nullHasNoKeys() {
        assertThat(TitleMatcher.keys((String) null)).isEmpty();
        assertThat(TitleMatcher.keys((List<String>) null)).isEmpty();
    }

    @Test
    void keysOfSeveralTitlesAreTheUnionInOrder() {
        assertThat(TitleMatcher.keys(Arrays.asList("Летят журавли", null, "The Cranes Are Flying",
                "Cranes Are Flying, The", "?!")))
                .containsExactly("letyat zhuravli", "cranes are flying");
        assertThat(TitleMatcher.keys(List.of())).isEmpty();
    }

    @Test
    void keySetsAreUnmodifiable() {
        assertThatThrownBy(() -> keys("Stalker").add("x")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> TitleMatcher.keys(List.of("Stalker")).add("x"))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void keySetsStaySmall() {
        assertThat(keys("A, or B (C, or D / E, or F) (1975)")).hasSizeLessThanOrEqualTo(12);
        assertThat(keys("A (B (C (D (E (F (G (H (I (J))))))))) ")).hasSizeLessThanOrEqualTo(12);
    }
}
