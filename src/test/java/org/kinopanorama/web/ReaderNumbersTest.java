package org.kinopanorama.web;

import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Counts as the reader's language writes them: a comma in English, a no-break space in Russian, every three digits. */
class ReaderNumbersTest {

    private static final Locale RU = Locale.forLanguageTag("ru");

    @Test
    void englishGroupsThousandsWithACommaEveryThreeDigits() {
        assertThat(ReaderNumbers.written(6626, Locale.ENGLISH)).isEqualTo("6,626");
        assertThat(ReaderNumbers.written(1_234_567, Locale.ENGLISH)).isEqualTo("1,234,567");
        assertThat(ReaderNumbers.written(999, Locale.ENGLISH)).isEqualTo("999");
        assertThat(ReaderNumbers.written(0, Locale.ENGLISH)).isEqualTo("0");
    }

    @Test
    void russianGroupsThousandsWithANoBreakSpace() {
        assertThat(ReaderNumbers.written(6626, RU)).isEqualTo("6\u00a0626");
        assertThat(ReaderNumbers.written(1_234_567, RU)).isEqualTo("1\u00a0234\u00a0567");
        assertThat(ReaderNumbers.written(42, RU)).isEqualTo("42");
    }

    @Test
    void theLanguageAsTheTemplateGivesItAndExtremes() {
        assertThat(ReaderNumbers.grouped(6626L, "ru")).isEqualTo("6\u00a0626");
        assertThat(ReaderNumbers.grouped(6626, Locale.forLanguageTag("ru-RU"))).isEqualTo("6\u00a0626");
        assertThat(ReaderNumbers.grouped(6626, (Object) null)).isEqualTo("6,626");
        assertThat(ReaderNumbers.grouped(-1500L, "en")).isEqualTo("-1,500");
        assertThat(ReaderNumbers.written(Long.MIN_VALUE, Locale.ENGLISH)).isEqualTo("-9,223,372,036,854,775,808");
    }
}
