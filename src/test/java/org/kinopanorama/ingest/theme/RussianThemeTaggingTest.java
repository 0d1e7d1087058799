package org.kinopanorama.ingest.theme;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Russian introductions and descriptions are tagged through the vocabulary's Russian labels and word forms. */
class RussianThemeTaggingTest {

    private final ThemeTagger tagger = new ThemeTagger(ThemeVocabulary.bundled());

    @Test
    void aRussianIntroductionNamesItsCentralTheme() {
        assertThat(tagger.centralTheme("Эта подборка посвящена любви: первой, трудной, счастливой.")).get()
                .extracting(CentralTheme::slug).isEqualTo("love");
        assertThat(tagger.centralTheme("Вечная тема предательства в советском кино.")).get()
                .extracting(CentralTheme::slug, CentralTheme::words).containsExactly("betrayal", "тема предательства");
        assertThat(tagger.centralTheme("Фильмы о неразделённой любви, снятые в СССР.")).get()
                .extracting(CentralTheme::slug).isEqualTo("unrequited-love");
        assertThat(tagger.centralTheme("Здесь собраны картины про войну.")).get()
                .extracting(CentralTheme::slug).isEqualTo("war");
    }

    @Test
    void wordFormsOfOneWordAreOneTheme() {
        for (String form : new String[] {"любовь", "любви", "любовью", "Любовью", "влюблённые", "влюбился"}) {
            assertThat(tagger.tag("История, где " + form + " сильнее всего.", null, null))
                    .as(form).extracting(ThemeEvidence::slug).contains("love");
        }
        for (String form : new String[] {"предательство", "предательства", "предательством", "предал", "предала", "предатель", "предателя"}) {
            assertThat(tagger.tag("Рассказ о том, как друг " + form + ".", null, null))
                    .as(form).extracting(ThemeEvidence::slug).contains("betrayal");
        }
    }

    @Test
    void russianDescriptionsGetTheirThemesAndNegationsCountForLittle() {
        assertThat(tagger.tag("Солдат возвращается с фронта к семье после войны.", "Фильм снят по повести.", null))
                .extracting(ThemeEvidence::slug).contains("war", "post-war", "literary-adaptation");
        assertThat(tagger.tag("Это фильм не о войне, а о детстве.", null, null)).extracting(ThemeEvidence::slug)
                .doesNotContain("war");
        ThemeEvidence war = tagger.tag("Это фильм не о войне, а о детстве.", null, "war").stream()
                .filter(e -> e.slug().equals("war")).findFirst().orElseThrow();
        assertThat(war.negated()).isTrue();
        assertThat(war.weight()).isEqualTo(ThemeTagger.LIST_WEIGHT * ThemeTagger.NEGATED_LIST_FACTOR);
        assertThat(tagger.tag("Не только о войне, но и о любви.", null, null))
                .filteredOn(e -> e.slug().equals("war")).singleElement().extracting(ThemeEvidence::negated).isEqualTo(false);
    }

    @Test
    void shortStemsDoNotMatchUnrelatedWords() {
        assertThat(tagger.tag("Другой человек хочет быть рядом; семь дней в горах.", null, null))
                .extracting(ThemeEvidence::slug).doesNotContain("friendship", "family", "everyday-life", "tragedy");
    }

    @Test
    void withoutACueTheReasonNamesTheWordsItLookedFor() {
        String intro = "Любовь и война в двенадцати фильмах.";
        assertThat(tagger.centralTheme(intro)).isEmpty();
        assertThat(tagger.whyNoCentralTheme(intro)).contains("No central theme").contains("the theme of")
                .contains("«тема …»").contains("\"Любовь\"").contains("\"война\"").contains("ingested without a central theme");
        assertThat(tagger.whyNoCentralTheme("")).contains("no introduction");
        assertThat(tagger.whyNoCentralTheme("Двенадцать фильмов.")).contains("found no word of the theme vocabulary");
    }

    @Test
    void englishTaggingIsUnchanged() {
        assertThat(tagger.centralTheme("Delving into the rich tapestry of Soviet cinema, this collection explores the complex theme of betrayal."))
                .get().extracting(CentralTheme::slug).isEqualTo("betrayal");
    }
}
