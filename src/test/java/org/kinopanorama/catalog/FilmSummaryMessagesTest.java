package org.kinopanorama.catalog;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** Every label of the film summary has its Russian, and the Russian file has no key the bundle lacks. */
class FilmSummaryMessagesTest {

    @Test
    void everyKeyHasRussianAndNoneIsLeftOver() throws IOException {
        Properties russian = new Properties();
        try (var in = FilmSummaryMessagesTest.class.getResourceAsStream("/messages/fs_ru.properties")) {
            assertThat(in).as("messages/fs_ru.properties").isNotNull();
            russian.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        var keys = Arrays.stream(FilmSummaryMessages.class.getDeclaredMethods()).map(Method::getName).toList();
        assertThat(russian.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(keys);
        assertThat(russian.values()).allSatisfy(v -> assertThat(v.toString()).isNotBlank());
    }

    @Test
    void genresAndCountriesHaveBothLanguages() {
        assertThat(GenreLabels.label("science_fiction", "Sci-Fi", true)).isEqualTo("Научная фантастика");
        assertThat(GenreLabels.label("drama", "Драма", false)).isEqualTo("Drama");
        assertThat(GenreLabels.label("unheard_of", "Неведомый", false)).isEqualTo("Nevedomy");
        assertThat(GenreLabels.label("unheard_of", "Неведомый", true)).isEqualTo("Неведомый");
        assertThat(CountryNames.name("SU", false)).isEqualTo("USSR");
        assertThat(CountryNames.name("CS", true)).isEqualTo("Чехословакия");
        assertThat(CountryNames.name("XX", true)).isEqualTo("XX");
    }
}
