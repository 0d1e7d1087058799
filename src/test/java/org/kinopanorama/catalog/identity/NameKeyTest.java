package org.kinopanorama.catalog.identity;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The loose key a person's or studio's name is found by, whichever way it was spelt. */
class NameKeyTest {

    @Test
    void everyUsualSpellingOfTarkovskyIsOneKey() {
        assertThat(NameKey.of("Тарковский")).isEqualTo("tarkovski")
                .isEqualTo(NameKey.of("Tarkovsky"))
                .isEqualTo(NameKey.of("Tarkovskiy"))
                .isEqualTo(NameKey.of("Tarkovskij"))
                .isEqualTo(NameKey.of("TARKOVSKII"));
        assertThat(NameKey.of("Андрей Тарковский")).isEqualTo(NameKey.of("Andrei Tarkovsky")).isEqualTo(NameKey.of("Andrey Tarkovskiy"));
    }

    @Test
    void firstNamesAndSurnamesOfSeveralTransliterationsMeet() {
        assertThat(NameKey.of("Юрий")).isEqualTo(NameKey.of("Yuri")).isEqualTo(NameKey.of("Yuriy")).isEqualTo(NameKey.of("Jurij"));
        assertThat(NameKey.of("Никита Михалков")).isEqualTo(NameKey.of("Nikita Mikhalkov")).isEqualTo(NameKey.of("Nikita Mihalkov"));
        assertThat(NameKey.of("Алексей Герман")).isEqualTo(NameKey.of("Alexei German")).isEqualTo(NameKey.of("Aleksey German"));
        assertThat(NameKey.of("Евгений Леонов")).isEqualTo(NameKey.of("Yevgeny Leonov")).isEqualTo(NameKey.of("Evgeni Leonov"));
        assertThat(NameKey.of("Фёдор Бондарчук")).isEqualTo(NameKey.of("Fyodor Bondarchuk")).isEqualTo(NameKey.of("Fedor Bondarchuk"));
        assertThat(NameKey.of("Эльдар Рязанов")).isEqualTo(NameKey.of("Eldar Ryazanov"));
        assertThat(NameKey.of("Василий Шукшин")).isEqualTo(NameKey.of("Vasily Shukshin")).isEqualTo(NameKey.of("Vasiliy Shukshin"));
    }

    @Test
    void bgnAndTheDatabaseAgreeOnYyeAndAzerbaijaniSchwaIsE() {
        // BGN writes «йе» "yye", the database's key "ye": both are one key
        assertThat(NameKey.of("Всеволод Мейерхольд")).isEqualTo(NameKey.of("Vsevolod Meyerhold"));
        assertThat(NameKey.of("Firəngiz Qurbanova")).isEqualTo(NameKey.of("Firengiz Qurbanova")).isEqualTo("firengiz qurbanova");
    }

    @Test
    void studiosMeetAcrossScriptsToo() {
        assertThat(NameKey.of("Мосфильм")).isEqualTo(NameKey.of("Mosfilm")).isEqualTo(NameKey.of("MosFilm"));
        assertThat(NameKey.of("Ленфильм")).isEqualTo(NameKey.of("Lenfilm"));
    }

    @Test
    void differentNamesStayApart() {
        assertThat(NameKey.of("Тарковская")).isNotEqualTo(NameKey.of("Тарковский"));
        assertThat(NameKey.of("Bondarchuk")).isNotEqualTo(NameKey.of("Bondarev"));
    }

    @Test
    void nothingToFindGivesAnEmptyKey() {
        assertThat(NameKey.of(null)).isEmpty();
        assertThat(NameKey.of("?!")).isEmpty();
        assertThat(NameKey.of("ь")).isEmpty();
    }
}
