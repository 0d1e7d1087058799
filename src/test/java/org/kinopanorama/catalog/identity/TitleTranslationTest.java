package org.kinopanorama.catalog.identity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** An English title is the translation of a Russian one only when every word of both has its counterpart. */
class TitleTranslationTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = ';', value = {
            "The Dawns Here Are Quiet; А зори здесь тихие",
            "The Sixth of July; Шестое июля",
            "The Fall of Berlin; Падение Берлина",
            "The Stationmaster; Станционный смотритель",
            "The Gypsy; Цыган (фильм, 1979)",
            "The Commissar; Комиссар",
            "The Story of Asya Klyachina; История Аси Клячиной, которая любила, да не вышла замуж",
            "Moscow Does Not Believe in Tears; Москва слезам не верит",
            "The Irony of Fate, or Enjoy Your Bath!; Ирония судьбы, или С лёгким паром!",
            "The Cranes Are Flying; Летят журавли",
            "The Meeting Place Cannot Be Changed; Место встречи изменить нельзя",
            "The Red Tent; Красная палатка",
            "The Star; Звезда",
    })
    void theSeedFilmsTitlesTranslateTheirRussianTitles(String english, String russian) {
        assertThat(TitleTranslation.explain(english, russian)).isPresent();
    }

    @ParameterizedTest(name = "{0} != {1}")
    @CsvSource(delimiter = ';', value = {
            // a word left over on either side: another film
            "The Star; Звезда балета",
            "The Gypsy; Цыганское счастье",
            "The Commissar; Баллада о комиссаре",
            "The Commissar; Двадцать шесть бакинских комиссаров",
            "The Flight; Бег иноходца",
            "The Shield and the Sword; Щит города",
            "The Dawns Here Are Quiet; Ранние журавли",
            "The Ascent; Восхождение на Фудзияму",
            // a stem followed by more than an ending is another word: «зарплата» is not a dawn
            "Dawn; Зарплата",
            // a number no word answers
            "Solaris; Солярис 2",
            "The Sixth of July; Шестое июля 1918",
            // nothing to compare: the same script on both sides, empty titles
            "The Star; The Star",
            "Звезда; Звезда",
            "; Звезда",
            "The; А",
    })
    void otherTitlesDoNot(String english, String russian) {
        assertThat(TitleTranslation.explain(english, russian)).isEmpty();
    }

    @Test
    void theExplanationSaysWhichWordAnswersWhich() {
        assertThat(TitleTranslation.explain("The Dawns Here Are Quiet", "А зори здесь тихие"))
                .contains("dawns = зори, here = здесь, quiet = тихие");
        assertThat(TitleTranslation.explain("The Stationmaster", "Станционный смотритель"))
                .contains("stationmaster = станционный смотритель");
    }

    @Test
    void namesMeetThroughTheirTransliteration() {
        assertThat(TitleTranslation.sameName("klyachina", "клячиной")).isTrue();
        assertThat(TitleTranslation.sameName("berlin", "берлина")).isTrue();
        assertThat(TitleTranslation.sameName("commissar", "комиссар")).isTrue();
        assertThat(TitleTranslation.sameName("berlin", "бергман")).isFalse();
        assertThat(TitleTranslation.sameName("tonk", "тонкостями")).isFalse();
    }

    @Test
    void hostileTitlesAreAnsweredQuickly() {
        String many = "word ".repeat(5_000);
        assertThat(TitleTranslation.explain(many, "слово ".repeat(5_000))).isEmpty();
        assertThat(TitleTranslation.explain("the ".repeat(10_000), "а ".repeat(10_000))).isEmpty();
    }
}
