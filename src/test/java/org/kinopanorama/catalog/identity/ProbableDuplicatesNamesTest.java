package org.kinopanorama.catalog.identity;

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

    @Test
    void aGivenNameInTheTextMustAgreeWithTheCreditedPersons() {
        var mentions = ProbableDuplicates.mentions("Based on Alexander Ostrovsky's play. The film was directed by Alexander Alov and Vladimir Naumov.");
        var alov = mentions.stream().filter(m -> m.surname().equals(ProbableDuplicates.loose("Алов"))).findFirst().orElseThrow();
        assertThat(alov.agreesWith("Александр")).isTrue();
        assertThat(alov.agreesWith("Григорий")).isFalse();
        assertThat(alov.agreesWith(null)).isTrue();
        assertThat(mentions).anyMatch(m -> m.surname().equals(ProbableDuplicates.loose("Островский")));
        // lower-case words are not names: "time" is not Тиме
        assertThat(ProbableDuplicates.mentions("at the time of the war")).isEmpty();
        // after an article a capitalised word is not a name: "a German officer" is not Юрий Герман
        assertThat(ProbableDuplicates.mentions("a subplot involving a German officer")).isEmpty();
        assertThat(ProbableDuplicates.mentions("Yevgeny Vasilyev")).filteredOn(m -> m.surname().equals(ProbableDuplicates.loose("Васильев")))
                .singleElement().satisfies(m -> assertThat(m.agreesWith("Евгений")).isTrue());
    }

    @Test
    void namesAsDatasetsWriteThem() {
        assertThat(ProbableDuplicates.nameParts("Васильев, Михаил Павлович")).containsExactly("Васильев", "Михаил");
        assertThat(ProbableDuplicates.nameParts("Борис Львович Васильев")).containsExactly("Васильев", "Борис");
        assertThat(ProbableDuplicates.nameParts("alov-aleksandr-aleksandrovich")).containsExactly("alov", "aleksandr");
        assertThat(ProbableDuplicates.nameParts("Алов")).containsExactly("Алов", null);
    }
}
