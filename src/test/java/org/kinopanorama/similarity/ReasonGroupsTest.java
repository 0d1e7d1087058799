package org.kinopanorama.similarity;

import org.junit.jupiter.api.Test;
import org.kinopanorama.catalog.RelatedFilm;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** How stored reasons become the line under a related film. */
class ReasonGroupsTest {

    private static StoredReason reason(String kind, String feature, String label, String labelRu, double contribution) {
        return new StoredReason(kind, feature, label, labelRu, null, contribution);
    }

    @Test
    void themesComeFirstThenListsThenPeopleThenBehaviourWhateverTheirWeight() {
        List<RelatedFilm.ReasonGroup> groups = RelatedFilms.groups(List.of(
                reason("BEHAVIOUR", "saved-together", "saved together", null, 0.4),
                reason("LIST", "1", "Betrayal in Soviet cinema", null, 0.3),
                reason("ATTRIBUTE", "director:p1", "Larisa Shepitko", null, 0.2),
                reason("THEME", "betrayal", "Betrayal", "Предательство", 0.1)), false);

        assertThat(groups).extracting(RelatedFilm.ReasonGroup::group).containsExactly("theme", "list", "director", "behaviour");
        assertThat(groups.get(2).labels()).extracting(RelatedFilm.Label::text).containsExactly("Larisa Shepitko");
    }

    @Test
    void labelsAreInTheReadersLanguageWhenThereIsOne() {
        List<RelatedFilm.ReasonGroup> groups = RelatedFilms.groups(List.of(
                reason("THEME", "betrayal", "Betrayal", "Предательство", 0.1),
                reason("LIST", "1", "Betrayal in Soviet cinema", null, 0.1)), true);

        assertThat(groups.get(0).labels().get(0).text()).isEqualTo("Предательство");
        assertThat(groups.get(1).labels().get(0).text()).isEqualTo("Betrayal in Soviet cinema");
    }

    @Test
    void aFewSharedWordsAreLeftOutWhenSomethingElseExplainsTheMatch() {
        List<RelatedFilm.ReasonGroup> weak = RelatedFilms.groups(List.of(
                reason("THEME", "war", "War", null, 0.2),
                reason("TEXT", "film", "film", null, 0.004)), false);
        List<RelatedFilm.ReasonGroup> alone = RelatedFilms.groups(List.of(
                reason("TEXT", "partisan", "partisan", null, 0.004)), false);

        assertThat(weak).extracting(RelatedFilm.ReasonGroup::group).containsExactly("theme");
        assertThat(alone).extracting(RelatedFilm.ReasonGroup::group).containsExactly("text");
    }

    @Test
    void atMostThreeLabelsAGroup() {
        List<RelatedFilm.ReasonGroup> groups = RelatedFilms.groups(List.of(
                reason("THEME", "a", "A", null, 0.4), reason("THEME", "b", "B", null, 0.3),
                reason("THEME", "c", "C", null, 0.2), reason("THEME", "d", "D", null, 0.1)), false);

        assertThat(groups.get(0).labels()).extracting(RelatedFilm.Label::text).containsExactly("A", "B", "C");
    }
}
