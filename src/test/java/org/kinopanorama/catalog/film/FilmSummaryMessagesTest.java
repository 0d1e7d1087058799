package org.kinopanorama.catalog.film;

import org.kinopanorama.catalog.CountryNames;
import org.kinopanorama.catalog.GenreLabels;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Genres and countries in both languages (that every label has its Russian: {@code web.MessageBundlesTest}). */
class FilmSummaryMessagesTest {

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
