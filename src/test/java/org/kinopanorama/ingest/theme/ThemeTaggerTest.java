package org.kinopanorama.ingest.theme;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class ThemeTaggerTest {

    private static final ThemeTagger TAGGER = new ThemeTagger(ThemeVocabulary.bundled());
    private static final Offset<Double> EXACT = within(1e-9);

    // ---- matching: whole words, case, prefixes ----

    @ParameterizedTest(name = "\"{0}\" -> {1} {2}")
    @CsvSource(delimiter = '|', value = {
            "An epic spy thriller                 | espionage           | true",
            "He looks through a spyglass          | espionage           | false",
            "Two SPIES meet                       | espionage           | true",
            "An award-winning film                | war                 | false",
            "A warm story of friendship           | war                 | false",
            "A film about war                     | war                 | true",
            "Near the War's end                   | war                 | true",
            "After the war's end                  | post-war            | true",
            "Based on a novel                     | literary-adaptation | true",
            "A novelty act                        | literary-adaptation | false",
            "He betrays his friend                | betrayal            | true",
            "He betrayed his friend               | betrayal            | true",
            "A story of BETRAYAL                  | betrayal            | true",
            "The traitors are found               | betrayal            | true",
            "An act of treason                    | betrayal            | true",
            "A treacherous road                   | betrayal            | true",
            "A pilot defects to the West          | betrayal            | true",
            "A film without defects               | betrayal            | false",
            "Based on Chekhov's story             | literary-adaptation | true",
            "On New Year’s Eve                    | new-year            | true",
            "Happy new-year wishes                | new-year            | true",
            "In the years after WWII              | world-war-ii        | true",
            "In the Second World War              | world-war-ii        | true",
            "Nazi-occupied Minsk                  | world-war-ii        | true",
            "A partisan detachment                | world-war-ii        | true",
            "An intelligence officer              | espionage           | true",
            "He infiltrates the gang              | espionage           | true",
            "A police captain                     | crime               | true",
            "A policeman on duty                  | crime               | true",
            "The love of her life                 | true-love           | true",
            "Her feelings are unreciprocated      | unrequited-love     | true",
            "He does not reciprocate              | unrequited-love     | true",
            "A romantic comedy                    | comedy              | true",
            "A light-hearted film                 | comedy              | true",
            "A light hearted film                 | comedy              | true",
            "A kolkhoz chairman                   | village-life        | true",
            "Life on a collective farm            | village-life        | true",
            "The airship Italia                   | expedition          | true",
            "In the Arctic                        | expedition          | true",
            "A true story                         | history             | true",
            "Three women in Moscow                | women               | true",
            "A young woman's life                 | women               | true",
            "A commissar of the Red Army          | civil-war           | true",
            "During the Revolution                | civil-war           | true",
            "A revolutionary camera style         | civil-war           | false",
            "Trust and fidelity                   | loyalty-and-trust   | true",
            "Her infidelity                       | loyalty-and-trust   | false",
            "Her infidelity                       | infidelity          | true",
            "A loveless marriage                  | love                | false",
            "A lovely day                         | love                | false",
    })
    void matchesWholeWordsCaseInsensitively(String text, String slug, boolean expected) {
        if (expected) {
            assertThat(slugs(TAGGER.tag(text, null, null))).as(text).contains(slug);
        } else {
            assertThat(slugs(TAGGER.tag(text, null, null))).as(text).doesNotContain(slug);
        }
    }

    @Test
    void aPrefixIsOnlyThePrefixOfItsWord() {
        ThemeTagger tagger = tagger("spy | Spy | Шпион | spy; gun*\n");
        assertThat(tagger.tag("a spyglass", null, null)).isEmpty();
        assertThat(tagger.tag("a gunman and a shotgun", null, null)).extracting(ThemeEvidence::words).containsExactly("gunman");
    }

    @Test
    void aPhraseDoesNotRunAcrossPunctuationButDoesAcrossAHyphen() {
        assertThat(slugs(TAGGER.tag("It was true. Love came later.", null, null))).doesNotContain("true-love");
        assertThat(slugs(TAGGER.tag("It was true, love came later.", null, null))).doesNotContain("true-love");
        assertThat(slugs(TAGGER.tag("A true-love story", null, null))).contains("true-love");
        assertThat(slugs(TAGGER.tag("A true\n love story", null, null))).contains("true-love");
    }

    @Test
    void typographicApostrophesAndPossessivesMatch() {
        assertThat(words(TAGGER.tag("Pushkin’s tale of the Stationmaster’s daughter", null, null)))
                .containsEntry("literary-adaptation", "Pushkin’s").containsEntry("family", "daughter");
    }

    // ---- longest match wins ----

    @Test
    void theLongestOverlappingMatchWins() {
        assertThat(slugs(TAGGER.tag("a story of unrequited love", null, null))).containsExactly("unrequited-love");
        assertThat(slugs(TAGGER.tag("he finds true love", null, null))).containsExactly("true-love");
        assertThat(slugs(TAGGER.tag("set in World War II", null, null))).containsExactly("world-war-ii");
        assertThat(slugs(TAGGER.tag("set in the Russian Civil War", null, null))).containsExactly("civil-war");
        assertThat(slugs(TAGGER.tag("set in post-war Moscow", null, null))).containsExactly("post-war");
    }

    @Test
    void aPhraseInsideALongerMatchedPhraseDoesNotCountTwice() {
        List<ThemeEvidence> tags = TAGGER.tag(null, "The series was adapted from the novel by the Vainers.", null);
        assertThat(tags).singleElement().satisfies(t -> {
            assertThat(t.slug()).isEqualTo("literary-adaptation");
            assertThat(t.words()).isEqualTo("adapted from the novel");
            assertThat(t.weight()).isCloseTo(ThemeTagger.FACT_WEIGHT, EXACT);
        });
    }

    @Test
    void theVerySamePhraseListedUnderTwoThemesCountsForBoth() {
        assertThat(words(TAGGER.tag("A romantic comedy", null, null)))
                .containsEntry("comedy", "romantic comedy").containsEntry("love", "romantic comedy").hasSize(2);
    }

    // ---- negation ----

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "While not a traditional betrayal narrative, it is a comedy | not a traditional betrayal",
            "It is not about betrayal                                   | not about betrayal",
            "No betrayal happens here                                   | No betrayal",
            "He would never betray a friend                             | never betray",
            "A war film without betrayal                                | without betrayal",
            "It is hardly a tale of betrayal                            | hardly a tale of betrayal",
            "It isn't a betrayal story                                  | isn't a betrayal",
            "It wasn’t betrayal at all                                  | wasn’t betrayal",
            "He doesn't betray anyone                                   | doesn't betray",
            "Loyalty rather than betrayal                               | rather than betrayal",
            "Loyalty instead of betrayal                                | instead of betrayal",
            "Neither love nor betrayal                                  | nor betrayal",
            "not one two three four five betrayal                       | not one two three four five betrayal",
    })
    void aMatchAfterANegationCueInTheSameClauseIsNegated(String text, String words) {
        ThemeEvidence betrayal = bySlug(TAGGER.tag(text, null, "betrayal")).get("betrayal");
        assertThat(betrayal.negated()).isTrue();
        assertThat(betrayal.words()).isEqualTo(words);
        assertThat(betrayal.weight()).isCloseTo(ThemeTagger.LIST_WEIGHT * ThemeTagger.NEGATED_LIST_FACTOR, EXACT);
        assertThat(betrayal.origin()).isEqualTo("list+description");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "Not only a comedy but a tale of betrayal",
            "Not just friendship: betrayal too",
            "It is not a comedy, it is a betrayal",
            "Not a comedy. A betrayal",
            "Not a comedy; betrayal",
            "not one two three four five six betrayal",
            "A never-ending betrayal",
            "No doubt a betrayal",
            "Nothing but betrayal",
            "The play \"Without a Dowry\" is about betrayal",
    })
    void aMatchOutsideTheScopeOfANegationIsNot(String text) {
        ThemeEvidence betrayal = bySlug(TAGGER.tag(text, null, "betrayal")).get("betrayal");
        assertThat(betrayal.negated()).isFalse();
        assertThat(betrayal.weight()).isCloseTo(1 - (1 - 0.5) * (1 - 0.35), EXACT);
    }

    @Test
    void aCueInsideAMatchedPhraseNegatesNothingAfterIt() {
        Map<String, ThemeEvidence> tags = bySlug(TAGGER.tag("a man who does not reciprocate her love", null, null));
        assertThat(tags.get("unrequited-love").negated()).isFalse();
        assertThat(tags.get("love").negated()).isFalse();
        assertThat(tags.get("love").weight()).isCloseTo(ThemeTagger.DESCRIPTION_WEIGHT, EXACT);
    }

    @Test
    void aThemeMentionedOnlyNegatedAndNotTheListsThemeIsLeftOut() {
        assertThat(slugs(TAGGER.tag("This is not a comedy.", null, null))).isEmpty();
        assertThat(slugs(TAGGER.tag("This is not a comedy.", null, "war"))).containsExactly("war");
    }

    @Test
    void aThemeAlsoMentionedPlainlyIsNotNegatedAndKeepsItsFullListWeight() {
        ThemeEvidence betrayal = bySlug(TAGGER.tag("Not a betrayal at first; later he betrays her.", null, "betrayal")).get("betrayal");
        assertThat(betrayal.negated()).isFalse();
        assertThat(betrayal.words()).isEqualTo("Not a betrayal; betrays");
        assertThat(betrayal.weight()).isCloseTo(0.675, EXACT);
    }

    // ---- weights ----

    @Test
    void theWeightIsTheNoisyOrOfTheEvidence() {
        assertThat(weight(null, null, "war", "war")).isCloseTo(0.5, EXACT);
        assertThat(weight("A war", null, null, "war")).isCloseTo(0.35, EXACT);
        assertThat(weight(null, "A war", null, "war")).isCloseTo(0.2, EXACT);
        assertThat(weight("A war", null, "war", "war")).isCloseTo(1 - 0.5 * 0.65, EXACT);
        assertThat(weight("A war, another war", null, "war", "war")).isCloseTo(1 - 0.5 * 0.65 * 0.65, EXACT);
        assertThat(weight("A war", "A war", null, "war")).isCloseTo(1 - 0.65 * 0.8, EXACT);
        assertThat(weight("A war", "A war", "war", "war")).isCloseTo(1 - 0.5 * 0.65 * 0.8, EXACT);
        assertThat(weight("war ".repeat(200), "war ".repeat(200), "war", "war")).isCloseTo(1.0, EXACT).isLessThanOrEqualTo(1.0);
    }

    @Test
    void theOriginNamesEverySourceInOrder() {
        assertThat(bySlug(TAGGER.tag("A war", "A war", "war")).get("war").origin()).isEqualTo("list+description+fact");
        assertThat(bySlug(TAGGER.tag(null, "A war", "war")).get("war").origin()).isEqualTo("list+fact");
        assertThat(bySlug(TAGGER.tag("A war", "A war", null)).get("war").origin()).isEqualTo("description+fact");
        ThemeEvidence listOnly = bySlug(TAGGER.tag("A comedy", null, "war")).get("war");
        assertThat(listOnly.origin()).isEqualTo("list");
        assertThat(listOnly.words()).isEmpty();
        assertThat(listOnly.negated()).isFalse();
    }

    @Test
    void oneEvidencePerThemeStrongestFirstWithDistinctWordsInOrder() {
        List<ThemeEvidence> tags = TAGGER.tag(
                "A comedy about love. Love, love, loving and a comedic spy.", "The spy loved the comedy.", "espionage");
        // love 1-.65^4*.8 = .857; espionage 1-.5*.65*.8 = .74; comedy 1-.65^2*.8 = .662
        assertThat(slugs(tags)).containsExactly("love", "espionage", "comedy");
        assertThat(tags).extracting(ThemeEvidence::weight).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        assertThat(tags.get(0).words()).isEqualTo("love; loving; loved");
        assertThat(tags).allSatisfy(t -> assertThat(t.weight()).isGreaterThan(0).isLessThanOrEqualTo(1));
    }

    @Test
    void equalWeightsKeepTheOrderOfTheEvidence() {
        assertThat(slugs(TAGGER.tag("Spies, partisans and comedy.", null, null)))
                .containsExactly("espionage", "world-war-ii", "comedy");
    }

    @Test
    void nothingToReadGivesNothingOrOnlyTheListTheme() {
        assertThat(TAGGER.tag(null, null, null)).isEmpty();
        assertThat(TAGGER.tag("", "  ", null)).isEmpty();
        assertThat(TAGGER.tag("A quiet film.", "It rained.", null)).isEmpty();
        assertThat(TAGGER.tag(null, null, "love")).containsExactly(new ThemeEvidence("love", 0.5, "", false, "list"));
    }

    @Test
    void anUnknownListThemeIsAnError() {
        assertThatThrownBy(() -> TAGGER.tag("A war", null, "no-such-theme"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no-such-theme");
    }

    @Test
    void evidenceOutOfRangeIsRefused() {
        assertThatThrownBy(() -> new ThemeEvidence("war", 0, "", false, "list")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ThemeEvidence("war", 1.01, "", false, "list")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ThemeEvidence("war", Double.NaN, "", false, "list")).isInstanceOf(IllegalArgumentException.class);
    }

    // ---- central theme ----

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "These films explore the complex theme of betrayal.             | betrayal        | the complex theme of betrayal",
            "A list about the theme of unrequited love and love in general. | unrequited-love | the theme of unrequited love",
            "Films that explore the depth and complexity of true love.      | true-love       | explore the depth and complexity of true love",
            "Films that delve into the complexities of unrequited affection.| unrequited-love | delve into the complexities of unrequited affection",
            "Films about love, and love again.                              | love            | about love",
            "Our favourite Soviet war films.                                | war             | war films",
            "Love and comedy abound; these films explore espionage.         | espionage       | explore espionage",
            "This list explores loyalty and betrayal.                       | loyalty-and-trust | explores loyalty",
            "Films about comedy. Films about war, and more films about war. | war             | about war",
    })
    void theCentralThemeIsTheOneACueNames(String introduction, String slug, String words) {
        assertThat(TAGGER.centralTheme(introduction)).contains(new CentralTheme(slug, words));
    }

    @Test
    void anExplicitThemeOfBeatsAnExploreCueAndAnExploreCueBeatsAbout() {
        assertThat(TAGGER.centralTheme("These films explore war. Above all, the theme of sacrifice.").orElseThrow().slug())
                .isEqualTo("sacrifice");
        assertThat(TAGGER.centralTheme("Films about war that explore sacrifice.").orElseThrow().slug())
                .isEqualTo("sacrifice");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @NullAndEmptySource
    @ValueSource(strings = {
            "   ",
            "A collection of Soviet classics.",
            "Love, war and comedy: a little of everything.",
            "This list is not about war.",
            "These films explore the depths of human emotions, then love.",
            "Themes of longing, sacrifice and love.",
    })
    void noCueNoCentralTheme(String introduction) {
        assertThat(TAGGER.centralTheme(introduction)).isEmpty();
    }

    // ---- speed ----

    @Test
    void tagsTensOfThousandsOfEntriesQuickly() {
        String description = "A harrowing tale of two partisans during WWII, where one betrays the other to save his own "
                + "life, exploring the moral complexities of survival and betrayal under extreme conditions.";
        String fact = "Larisa Shepitko, the director, tragically died in a car accident shortly after the film's release.";
        for (int i = 0; i < 2_000; i++) {
            TAGGER.tag(description, fact, "betrayal");
        }
        long start = System.nanoTime();
        int tags = 0;
        for (int i = 0; i < 20_000; i++) {
            tags += TAGGER.tag(description + " " + i, fact, "betrayal").size();
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(tags).isEqualTo(20_000 * 5);
        assertThat(millis).as("20,000 entries in %d ms", millis).isLessThan(10_000);
    }

    // ---- helpers ----

    static List<String> slugs(List<ThemeEvidence> tags) {
        return tags.stream().map(ThemeEvidence::slug).toList();
    }

    static Map<String, ThemeEvidence> bySlug(List<ThemeEvidence> tags) {
        Map<String, ThemeEvidence> map = new LinkedHashMap<>();
        for (ThemeEvidence t : tags) {
            assertThat(map.put(t.slug(), t)).as("one evidence per slug").isNull();
        }
        return map;
    }

    private static Map<String, String> words(List<ThemeEvidence> tags) {
        Map<String, String> map = new LinkedHashMap<>();
        bySlug(tags).forEach((slug, t) -> map.put(slug, t.words()));
        return map;
    }

    private static double weight(String description, String fact, String listTheme, String slug) {
        return bySlug(TAGGER.tag(description, fact, listTheme)).get(slug).weight();
    }

    private static ThemeTagger tagger(String themes) {
        String file = "version: 1\n" + themes;
        return new ThemeTagger(ThemeVocabulary.load(new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8))));
    }
}
