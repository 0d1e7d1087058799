package org.kinopanorama.ingest.theme;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kinopanorama.ingest.theme.ThemeTaggerTest.bySlug;
import static org.kinopanorama.ingest.theme.ThemeTaggerTest.slugs;

/** The tagger on the three real seed documents in seeds/, read as the curators wrote them. */
class ThemeSeedsTest {

    private static final ThemeTagger TAGGER = new ThemeTagger(ThemeVocabulary.bundled());

    @Test
    void theSeedsAreReadAsTenFilmsEach() {
        for (ThemeSeeds.Document document : ThemeSeeds.all()) {
            assertThat(document.introduction()).as(document.name()).matches("(Delving into|Soviet cinema has) .*");
            assertThat(document.entries()).as(document.name()).hasSize(10)
                    .allSatisfy(e -> assertThat(e.description()).isNotBlank())
                    .allSatisfy(e -> assertThat(e.fact()).isNotBlank());
        }
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "000_cf483bedbf380018.txt | betrayal        | the complex theme of betrayal",
            "001_389cd63eb799289f.txt | true-love       | explore the depth and complexity of true love",
            "002_64907de0053f19af.txt | unrequited-love | the theme of unrequited love",
    })
    void theCentralThemeOfEachSeed(String name, String slug, String words) {
        assertThat(TAGGER.centralTheme(ThemeSeeds.read(name).introduction())).contains(new CentralTheme(slug, words));
    }

    @Test
    void theIronyOfFateIsNotABetrayalStoryButTheAscentIs() {
        Map<String, ThemeEvidence> irony = tags(ThemeSeeds.BETRAYAL, "The Irony of Fate");
        Map<String, ThemeEvidence> ascent = tags(ThemeSeeds.BETRAYAL, "The Ascent");

        ThemeEvidence ironyBetrayal = irony.get("betrayal");
        assertThat(ironyBetrayal.negated()).isTrue();
        assertThat(ironyBetrayal.words()).isEqualTo("not a traditional betrayal");
        assertThat(ironyBetrayal.origin()).isEqualTo("list+description");
        assertThat(ironyBetrayal.weight()).isLessThanOrEqualTo(0.3);

        ThemeEvidence ascentBetrayal = ascent.get("betrayal");
        assertThat(ascentBetrayal.negated()).isFalse();
        assertThat(ascentBetrayal.words()).isEqualTo("betrays; betrayal");
        assertThat(ascentBetrayal.origin()).isEqualTo("list+description");
        assertThat(ascentBetrayal.weight()).isGreaterThanOrEqualTo(0.7).isGreaterThan(ironyBetrayal.weight() + 0.4);
    }

    @Test
    void theIronyOfFateOnTheBetrayalList() {
        Map<String, ThemeEvidence> irony = tags(ThemeSeeds.BETRAYAL, "The Irony of Fate");
        assertThat(irony).containsKeys("betrayal", "comedy", "new-year", "loyalty-and-trust");
        assertThat(irony.get("comedy").words()).isEqualTo("romantic comedy; comedic");
        assertThat(irony.get("comedy").origin()).isEqualTo("description");
        assertThat(irony.get("new-year").words()).isEqualTo("New Year's Eve");
        assertThat(irony.get("new-year").origin()).isEqualTo("fact");
        assertThat(irony.get("loyalty-and-trust").words()).isEqualTo("trust; fidelity");
        assertThat(slugs(TAGGER.tag(entry(ThemeSeeds.BETRAYAL, "The Irony of Fate").description(), null, "betrayal")))
                .last().isEqualTo("betrayal");
    }

    @Test
    void theAscent() {
        Map<String, ThemeEvidence> ascent = tags(ThemeSeeds.BETRAYAL, "The Ascent");
        assertThat(ascent).containsKeys("betrayal", "world-war-ii", "survival");
        assertThat(ascent.get("world-war-ii").words()).isEqualTo("partisans; WWII");
        assertThat(slugs(List.copyOf(ascent.values())).get(0)).isEqualTo("betrayal");
    }

    @Test
    void theShieldAndTheSword() {
        Map<String, ThemeEvidence> shield = tags(ThemeSeeds.BETRAYAL, "The Shield and the Sword");
        assertThat(shield).containsKeys("espionage", "world-war-ii", "betrayal", "loyalty-and-trust");
        assertThat(shield.get("espionage").words()).contains("spy", "intelligence officer", "espionage");
        assertThat(shield.get("world-war-ii").words()).isEqualTo("Nazi");
    }

    @Test
    void theMeetingPlaceCannotBeChanged() {
        Map<String, ThemeEvidence> meeting = tags(ThemeSeeds.BETRAYAL, "The Meeting Place Cannot Be Changed");
        assertThat(meeting).containsKeys("crime", "literary-adaptation", "betrayal");
        assertThat(meeting.get("crime").words()).isEqualTo("detective; police; criminals");
        assertThat(meeting.get("literary-adaptation").words()).isEqualTo("adapted from the novel");
        assertThat(meeting.get("literary-adaptation").origin()).isEqualTo("fact");
        assertThat(meeting.get("betrayal").words()).isEqualTo("traitor; betrayal");
        assertThat(meeting).doesNotContainKey("war");
    }

    @Test
    void theRedTent() {
        Map<String, ThemeEvidence> tent = tags(ThemeSeeds.BETRAYAL, "The Red Tent");
        assertThat(tent).containsKeys("expedition", "survival", "history");
        assertThat(tent.get("expedition").words()).isEqualTo("airship; Arctic");
        assertThat(tent.get("history").words()).isEqualTo("true story");
        assertThat(tent).doesNotContainKey("literary-adaptation");
    }

    @Test
    void theCranesAreFlyingOnTheTrueLoveList() {
        Map<String, ThemeEvidence> cranes = tags(ThemeSeeds.TRUE_LOVE, "The Cranes Are Flying");
        assertThat(cranes).containsKeys("war", "world-war-ii", "true-love", "tragedy");
        assertThat(cranes.get("true-love").origin()).isEqualTo("list");
        assertThat(cranes.get("tragedy").words()).isEqualTo("tragic");
        assertThat(cranes.get("world-war-ii").words()).isEqualTo("World War II");
    }

    @Test
    void everyEntryOfAListCarriesItsThemeAndNoAwardIsAWar() {
        for (ThemeSeeds.Document document : ThemeSeeds.all()) {
            String listTheme = TAGGER.centralTheme(document.introduction()).orElseThrow().slug();
            for (ThemeSeeds.Entry entry : document.entries()) {
                Map<String, ThemeEvidence> tags = bySlug(TAGGER.tag(entry.description(), entry.fact(), listTheme));
                assertThat(tags).as(entry.title()).containsKey(listTheme);
                assertThat(tags.values()).as(entry.title())
                        .allSatisfy(t -> assertThat(t.weight()).isGreaterThan(0).isLessThanOrEqualTo(1));
                if (entry.fact().contains("Academy Award")) {
                    assertThat(tags).as(entry.title()).doesNotContainKey("war");
                }
            }
        }
    }

    @Test
    void theUnrequitedLoveListFindsUnrequitedLoveInTheTextsNotJustLove() {
        Map<String, ThemeEvidence> moscow = tags(ThemeSeeds.UNREQUITED_LOVE, "Moscow Does Not Believe in Tears");
        assertThat(moscow.get("unrequited-love").words()).isEqualTo("unrequited love; does not reciprocate");
        assertThat(moscow.get("unrequited-love").negated()).isFalse();
        Map<String, ThemeEvidence> romance = tags(ThemeSeeds.UNREQUITED_LOVE, "A Cruel Romance");
        assertThat(romance.get("unrequited-love").words()).isEqualTo("does not love her back");
    }

    private static Map<String, ThemeEvidence> tags(String document, String title) {
        ThemeSeeds.Document d = ThemeSeeds.read(document);
        String listTheme = TAGGER.centralTheme(d.introduction()).orElseThrow().slug();
        ThemeSeeds.Entry e = d.entry(title);
        return bySlug(TAGGER.tag(e.description(), e.fact(), listTheme));
    }

    private static ThemeSeeds.Entry entry(String document, String title) {
        return ThemeSeeds.read(document).entry(title);
    }
}
