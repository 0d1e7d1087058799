package org.kinopanorama.catalog;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Surnames meet across scripts and the spellings English references use. */
class ProbableDuplicatesNamesTest {

    @Test
    void aSurnameInLatinLettersMeetsItsCyrillicCredit() {
        assertThat(ProbableDuplicates.loose("Alov")).isEqualTo(ProbableDuplicates.loose("Алов"));
        assertThat(ProbableDuplicates.loose("Naumov")).isEqualTo(ProbableDuplicates.loose("Наумов"));
        assertThat(ProbableDuplicates.loose("Vasilyev")).isEqualTo(ProbableDuplicates.loose("Васильев"))
                .isEqualTo(ProbableDuplicates.loose("Vasiliev"));
        assertThat(ProbableDuplicates.loose("Tarkovsky")).isEqualTo(ProbableDuplicates.loose("Тарковский"));
        assertThat(ProbableDuplicates.loose("Rostotsky")).isEqualTo(ProbableDuplicates.loose("Ростоцкий"));
        assertThat(ProbableDuplicates.loose("Ryazanov")).isEqualTo(ProbableDuplicates.loose("Рязанов"));
        assertThat(ProbableDuplicates.loose("Chukhrai")).isEqualTo(ProbableDuplicates.loose("Чухрай"));
    }

    @Test
    void differentSurnamesStayDifferent() {
        assertThat(ProbableDuplicates.loose("Naumov")).isNotEqualTo(ProbableDuplicates.loose("Наумова"));
        assertThat(ProbableDuplicates.loose("Bondarchuk")).isNotEqualTo(ProbableDuplicates.loose("Бондаренко"));
    }

    @Test
    void theSurnameOfANameOrOfADatasetKey() {
        assertThat(ProbableDuplicates.surname("Александр Алов")).isEqualTo("Алов");
        assertThat(ProbableDuplicates.surname("alov-aleksandr-aleksandrovich")).isEqualTo("alov");
        assertThat(ProbableDuplicates.surname("  Naumov ")).isEqualTo("Naumov");
    }

    @Test
    void aTextsWordsAreComparedLooselyAndShortWordsLeftOut() {
        assertThat(ProbableDuplicates.looseWords("The film was directed by Alexander Alov and Vladimir Naumov."))
                .contains(ProbableDuplicates.loose("Алов"), ProbableDuplicates.loose("Наумов"))
                .doesNotContain("by", "the", "and");
        assertThat(ProbableDuplicates.looseWords("")).isEmpty();
        assertThat(ProbableDuplicates.looseWords("<script>alert('x')</script> ?!")).doesNotContain("<script>");
    }
}
