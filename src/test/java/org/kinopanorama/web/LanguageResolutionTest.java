package org.kinopanorama.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Which language a request is answered in, and the Russian plural forms; plain Java. */
class LanguageResolutionTest {

    @ParameterizedTest(name = "cookie {0}, Accept-Language \"{1}\" -> {2}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "null | null                          | en",
            "null | ''                            | en",
            "null | ru                            | ru",
            "null | ru-RU                         | ru",
            "null | ru-RU,ru;q=0.9,en;q=0.8       | ru",
            "null | en-US,en;q=0.9,ru;q=0.8       | en",
            "null | en;q=0.5, ru;q=0.8            | ru",
            "null | de-DE, ru;q=0.5               | ru",
            "null | uk, be                        | en",
            "null | ru;q=0                        | en",
            "null | *                             | en",
            "null | not a header ;;; q=x          | en",
            "ru   | en                            | ru",
            "en   | ru                            | en",
            "RU   | null                          | ru",
            "de   | ru                            | ru",
            "''   | ru                            | ru",
    })
    void theCookieWinsThenTheBrowsersLanguagesThenEnglish(String cookie, String acceptLanguage, String expected) {
        assertThat(Language.resolve(cookie, acceptLanguage)).isEqualTo(expected);
    }

    @Test
    void onlyEnglishAndRussianAreSupported() {
        assertThat(Language.supported("ru")).contains("ru");
        assertThat(Language.supported(" EN ")).contains("en");
        assertThat(Language.supported("de")).isEmpty();
        assertThat(Language.supported(null)).isEmpty();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "0, MANY", "1, ONE", "2, FEW", "4, FEW", "5, MANY", "10, MANY", "11, MANY", "12, MANY", "14, MANY",
            "20, MANY", "21, ONE", "22, FEW", "25, MANY", "101, ONE", "111, MANY", "112, MANY", "1004, FEW"})
    void russianNounsAfterANumber(long count, RussianPlural.Form form) {
        assertThat(RussianPlural.of(count)).isEqualTo(form);
    }
}
