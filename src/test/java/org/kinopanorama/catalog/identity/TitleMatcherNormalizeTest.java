package org.kinopanorama.catalog.identity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link TitleMatcher#normalize(String)}: the lookup key of one title string. */
class TitleMatcherNormalizeTest {

    private static String n(String title) {
        return TitleMatcher.normalize(title);
    }

    @ParameterizedTest
    @ValueSource(strings = {"THE ASCENT", "the  ascent.", "The Ascent!", "  The\tAscent \n", "The Ascent?!",
            "“The Ascent”", "«The Ascent»", "\"The Ascent\"", "– The Ascent —", "The Ascent…",
            "Ｔｈｅ　Ａｓｃｅｎｔ"})
    void caseQuotesDashesPunctuationAndWhitespaceDoNotMatter(String title) {
        assertThat(n(title)).isEqualTo("ascent");
    }

    @Test
    void dashesSeparateWordsWhateverTheirKind() {
        assertThat(n("Moscow—Cassiopeia"))
                .isEqualTo(n("Moscow – Cassiopeia"))
                .isEqualTo(n("Moscow-Cassiopeia"))
                .isEqualTo("moscow cassiopeia");
    }

    @Test
    void digitsAreKept() {
        assertThat(n("Flight 222")).isEqualTo("flight 222").isNotEqualTo(n("Flight"));
        assertThat(n("The Sixth of July")).isEqualTo("sixth of july");
        assertThat(n("6 July")).isEqualTo("6 july");
        assertThat(n("Айболит-66")).isEqualTo("aybolit 66");
    }

    @Test
    void leadingArticleIsRemoved() {
        assertThat(n("The Flight")).isEqualTo(n("Flight")).isEqualTo("flight");
        assertThat(n("A Cruel Romance")).isEqualTo(n("Cruel Romance")).isEqualTo("cruel romance");
        assertThat(n("An Ordinary Miracle")).isEqualTo(n("Ordinary Miracle")).isEqualTo("ordinary miracle");
    }

    @Test
    void onlyALeadingArticleIsRemovedNotOneInside() {
        assertThat(n("The Shield and the Sword")).isEqualTo("shield and the sword");
        assertThat(n("Theatre")).isEqualTo("theatre");
        assertThat(n("Anna Karenina")).isEqualTo("anna karenina");
    }

    @ParameterizedTest
    @CsvSource({"The, the", "A, a", "An, an", "'The The', the"})
    void anArticleThatIsTheWholeTitleIsKept(String title, String expected) {
        assertThat(n(title)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Cranes Are Flying, The", "Cranes Are Flying,The", "The Cranes Are Flying",
            "cranes are flying, the"})
    void movieLensTrailingArticleIsRemoved(String title) {
        assertThat(n(title)).isEqualTo("cranes are flying");
    }

    @Test
    void movieLensTrailingArticlesAAndAn() {
        assertThat(n("Cruel Romance, A")).isEqualTo(n("A Cruel Romance"));
        assertThat(n("Ordinary Miracle, An")).isEqualTo(n("An Ordinary Miracle"));
    }

    @Test
    void movieLensTrailingArticleBeforeTheOriginalTitle() {
        assertThat(n("Cranes Are Flying, The (Letyat zhuravli)"))
                .isEqualTo(n("The Cranes Are Flying (Letyat zhuravli)"))
                .isEqualTo("cranes are flying letyat zhuravli");
    }

    @Test
    void anArticleAtTheEndWithoutCommaIsKept() {
        assertThat(n("Kill the")).isEqualTo("kill the");
    }

    @Test
    void ampersandIsAnd() {
        assertThat(n("The Shield & the Sword")).isEqualTo(n("The Shield and the Sword"));
        assertThat(n("Shield&Sword")).isEqualTo("shield and sword");
    }

    @Test
    void russianIsTransliteratedWithBgnAndSoftSignsVanish() {
        assertThat(n("Ирония судьбы, или С лёгким паром!")).isEqualTo("ironiya sudby ili s legkim parom");
        assertThat(n("Ironiya sudby, ili S legkim parom!")).isEqualTo("ironiya sudby ili s legkim parom");
        assertThat(n("Летят журавли")).isEqualTo("letyat zhuravli");
        assertThat(n("ЛЕТЯТ ЖУРАВЛИ")).isEqualTo("letyat zhuravli");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ironiya sud'by", "Ironiya sud’by", "Ironiya sudʹby", "Ironiya sudʼby", "Ironiya sud`by",
            "Ironiya sudby", "Ирония судьбы"})
    void apostrophesAndSoftSignMarksAreDeletedNotTurnedIntoSpaces(String title) {
        assertThat(n(title)).isEqualTo("ironiya sudby");
    }

    @Test
    void hardSignAndBgnDigraphSeparatorAreDeleted() {
        // BGN: ъ -> ʺ (which Latin-ASCII would turn into a quote), тс -> t·s
        assertThat(n("Подъезд")).isEqualTo("podyezd");
        assertThat(n("Тсс")).isEqualTo("tss");
    }

    @Test
    void cyrillicAndItsLatinTransliterationMeet() {
        assertThat(n("Мастер и Маргарита")).isEqualTo(n("Master i Margarita")).isEqualTo("master i margarita");
        assertThat(n("Кин-дза-дза!")).isEqualTo(n("Kin-dza-dza!")).isEqualTo("kin dza dza");
    }

    @Test
    void yoIsYe() {
        assertThat(n("Ёлки")).isEqualTo(n("Елки")).isEqualTo(n("ёлки")).isEqualTo("yelki");
        // decomposed ё (е + combining diaeresis) as some sources deliver it
        assertThat(n("Е\u0308лки")).isEqualTo("yelki");
        assertThat(n("Лёгкий пар")).isEqualTo(n("Легкий пар"));
    }

    @Test
    void latinDiacriticsAreRemoved() {
        assertThat(n("Ležák")).isEqualTo("lezak");
        assertThat(n("Straße")).isEqualTo("strasse");
        assertThat(n("Légende")).isEqualTo(n("Legende"));
    }

    @Test
    void otherScriptsBecomeLatin() {
        assertThat(n("Тіні забутих предків")).matches("[a-z ]+").isNotEmpty();
        assertThat(n("Μήδεια")).matches("[a-z ]+").isNotEmpty();
        assertThat(n("東京物語")).matches("[a-z ]+").isNotEmpty();
    }

    @Test
    void dotsInAcronymsDoNotSplitWords() {
        assertThat(n("U.S.S.R.")).isEqualTo(n("USSR")).isEqualTo("ussr");
        assertThat(n("S.O.S")).isEqualTo("sos");
        assertThat(n("Dr. Watson")).isEqualTo("dr watson");
    }

    @Test
    void nonAsciiDigitsBecomeAsciiDigits() {
        assertThat(n("Flight ２２２")).isEqualTo("flight 222");
        assertThat(n("Flight ٢٢٢")).isEqualTo("flight 222");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "?!", "…", "«»", "— – -", "&", "' ’ ʹ", "ъ", "(  )"})
    void titlesWithoutLettersOrDigitsNormaliseToEmptyNeverNull(String title) {
        assertThat(n(title)).isNotNull().isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"7", "Я", "A", "The", "I", "!!!1!!!", "«Х»", "ε", "ŋ", "東"})
    void titlesWithALetterOrDigitNeverNormaliseToEmpty(String title) {
        assertThat(n(title)).isNotBlank().doesNotStartWith(" ").doesNotEndWith(" ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"The Irony of Fate, or Enjoy Your Bath!", "Ирония судьбы, или С лёгким паром!",
            "Cranes Are Flying, The (Letyat zhuravli)", "The The Film", "A an the X", "Ёлки", "U.S.S.R.",
            "Ｔｈｅ　Ａｓｃｅｎｔ", "東京物語", "Straße & Weg", "Подъезд"})
    void normaliseIsIdempotent(String title) {
        String once = n(title);
        assertThat(n(once)).isEqualTo(once);
    }

    @ParameterizedTest
    @ValueSource(strings = {"The Irony of Fate, or Enjoy Your Bath!", "Ирония судьбы, или С лёгким паром!",
            "Cranes Are Flying, The", "Ёлки", "«The Ascent» — 1976"})
    void keysAreLowerCaseAsciiWordsSeparatedBySingleSpaces(String title) {
        assertThat(n(title)).matches("[a-z0-9]+( [a-z0-9]+)*");
    }
}
