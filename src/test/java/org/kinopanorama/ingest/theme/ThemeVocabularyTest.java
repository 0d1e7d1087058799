package org.kinopanorama.ingest.theme;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ThemeVocabularyTest {

    /**
     * Every slug ever released. The database is keyed by slug, so a slug may never be renamed or removed:
     * append new slugs here when they are released, never delete one.
     */
    private static final List<String> RELEASED_SLUGS = List.of(
            "betrayal", "true-love", "unrequited-love", "love", "war", "world-war-ii", "civil-war", "post-war",
            "espionage", "survival", "comedy", "literary-adaptation", "new-year", "crime", "politics", "history",
            "loyalty-and-trust", "sacrifice", "fate", "family", "friendship", "music", "tragedy", "expedition",
            "women", "village-life", "everyday-life", "censorship", "infidelity", "medicine", "prejudice",
            "moral-choice", "loneliness");

    private static final String HEADER = "# a test vocabulary\nversion: 1\n";

    // ---- the bundled file ----

    @Test
    void theBundledVocabularyIsVersionTwoWithTwentyFiveToThirtyFiveThemes() {
        ThemeVocabulary vocabulary = ThemeVocabulary.bundled();
        assertThat(vocabulary.version()).isEqualTo(2);
        assertThat(vocabulary.themes()).hasSizeBetween(25, 35);
        assertThat(ThemeVocabulary.bundled()).isSameAs(vocabulary);
    }

    @Test
    void noReleasedSlugIsEverRemovedOrRenamed() {
        assertThat(ThemeVocabulary.bundled().themes()).extracting(ThemeDefinition::slug).containsAll(RELEASED_SLUGS);
    }

    @Test
    void theFirstLineThatIsNotACommentIsTheVersion() throws IOException {
        try (InputStream in = ThemeVocabulary.class.getResourceAsStream(ThemeVocabulary.RESOURCE)) {
            String firstLine = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).findFirst().orElseThrow();
            assertThat(firstLine).isEqualTo("version: 2");
        }
    }

    @ParameterizedTest(name = "{0} = {1} / {2}")
    @CsvSource({
            "betrayal, Betrayal, Предательство",
            "true-love, True love, Настоящая любовь",
            "unrequited-love, Unrequited love, Неразделённая любовь",
            "love, Love, Любовь",
            "war, War, Война",
            "world-war-ii, World War II, Великая Отечественная война",
            "espionage, Espionage, Шпионаж",
            "survival, Survival, Выживание",
            "comedy, Comedy, Комедия",
            "literary-adaptation, Literary adaptation, Экранизация",
            "new-year, New Year, Новый год",
            "crime, Crime, Криминал",
            "politics, Politics, Политика",
            "history, History, История",
            "loyalty-and-trust, Loyalty and trust, Верность и доверие",
            "sacrifice, Sacrifice, Жертвенность",
            "fate, Fate, Судьба",
            "family, Family, Семья",
            "friendship, Friendship, Дружба",
            "music, Music, Музыка",
            "tragedy, Tragedy, Трагедия",
            "civil-war, Civil War, Гражданская война",
            "expedition, Expedition, Экспедиция",
            "women, Women's lives, Женские судьбы",
            "village-life, Village life, Деревня",
    })
    void theRequiredThemesHaveTheirLabels(String slug, String labelEn, String labelRu) {
        ThemeDefinition theme = ThemeVocabulary.bundled().bySlug(slug).orElseThrow();
        assertThat(theme.labelEn()).isEqualTo(labelEn);
        assertThat(theme.labelRu()).isEqualTo(Normalizer.normalize(labelRu, Normalizer.Form.NFC));
    }

    @Test
    void everyBundledThemeIsWellFormed() {
        for (ThemeDefinition theme : ThemeVocabulary.bundled().themes()) {
            assertThat(theme.slug()).matches("[a-z0-9]+(-[a-z0-9]+)*");
            assertThat(theme.labelEn()).as(theme.slug()).isNotBlank().doesNotContainPattern("\\p{IsCyrillic}");
            assertThat(theme.labelRu()).as(theme.slug()).containsPattern("\\p{IsCyrillic}")
                    .isEqualTo(Normalizer.normalize(theme.labelRu(), Normalizer.Form.NFC));
            assertThat(theme.synonyms()).as(theme.slug()).isNotEmpty().doesNotHaveDuplicates()
                    .allSatisfy(s -> assertThat(s).isEqualTo(s.toLowerCase(Locale.ROOT)));
        }
    }

    @Test
    void themesAreFoundBySlug() {
        ThemeVocabulary vocabulary = ThemeVocabulary.bundled();
        assertThat(vocabulary.bySlug("world-war-ii")).get().extracting(ThemeDefinition::labelRu)
                .isEqualTo("Великая Отечественная война");
        assertThat(vocabulary.bySlug("no-such-theme")).isEmpty();
        assertThat(vocabulary.bySlug(null)).isEmpty();
    }

    @Test
    void theListsAreImmutable() {
        ThemeVocabulary vocabulary = ThemeVocabulary.bundled();
        assertThatThrownBy(() -> vocabulary.themes().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> vocabulary.themes().get(0).synonyms().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    // ---- loading a file ----

    @Test
    void aFileIsReadWithCommentsBlankLinesAByteOrderMarkAndWindowsLineEnds() {
        String file = "\uFEFF# comment\r\n\r\nversion: 3\r\n# another\r\n"
                + "war | War | Война | war; wars ; wartime;\r\n"
                + "  betrayal|Betrayal|Предательство|betray*;traitor*  \r\n";
        ThemeVocabulary vocabulary = load(file);
        assertThat(vocabulary.version()).isEqualTo(3);
        assertThat(vocabulary.themes()).containsExactly(
                new ThemeDefinition("war", "War", "Война", List.of("war", "wars", "wartime")),
                new ThemeDefinition("betrayal", "Betrayal", "Предательство", List.of("betray*", "traitor*")));
    }

    @Test
    void aDuplicateSlugIsRejectedNamingBothLines() {
        VocabularyFormatException e = failure(HEADER
                + "war | War | Война | war\n"
                + "\n"
                + "war | Wars | Войны | wars\n");
        assertThat(e.line()).isEqualTo(5);
        assertThat(e).hasMessage("line 5: duplicate slug 'war' (first on line 3)");
    }

    @Test
    void aMissingEnglishLabelIsRejected() {
        assertThat(failure(HEADER + "war |  | Война | war\n"))
                .hasMessage("line 3: theme 'war' has no English label");
    }

    @Test
    void aMissingRussianLabelIsRejected() {
        assertThat(failure(HEADER + "war | War |  | war\n"))
                .hasMessage("line 3: theme 'war' has no Russian label");
    }

    @Test
    void swappedLabelsAreRejected() {
        assertThat(failure(HEADER + "war | Война | War | war\n")).hasMessageStartingWith("line 3: the English label 'Война'");
        assertThat(failure(HEADER + "war | War | Vojna | war\n")).hasMessageStartingWith("line 3: the Russian label 'Vojna'");
    }

    @Test
    void twoThemesWithOneLabelAreRejected() {
        assertThat(failure(HEADER + "war | War | Война | war\nwar-2 | war | Война 2 | wars\n"))
                .hasMessage("line 4: theme 'war-2' has the label 'war' of the theme on line 3");
    }

    @ParameterizedTest(name = "slug \"{0}\"")
    @ValueSource(strings = {"War", "world_war_ii", "-war", "war-", "world--war", "война", "war ii", "war!"})
    void aBadSlugIsRejected(String slug) {
        VocabularyFormatException e = failure(HEADER + "# themes\n" + slug + " | War | Война | war\n");
        assertThat(e.line()).isEqualTo(4);
        assertThat(e).hasMessageStartingWith("line 4: bad slug '" + slug + "'");
    }

    @Test
    void anEmptySlugIsRejected() {
        assertThat(failure(HEADER + " | War | Война | war\n")).hasMessageStartingWith("line 3: bad slug ''");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '!', value = {
            "war | War | Война ! line 3: expected 4 fields 'slug | English label | Russian label | synonyms', found 3",
            "war | War | Война | war | wars ! line 3: expected 4 fields 'slug | English label | Russian label | synonyms', found 5",
            "war | War | Война | ;  ; ! line 3: theme 'war' has no synonyms",
            "war | War | Война | War ! line 3: synonym 'War' of 'war' must be lower-case",
            "war | War | Война | wa*r ! line 3: bad synonym 'wa*r' of 'war' (words of letters and digits, separated by spaces or hyphens, an optional * at the end)",
            "war | War | Война | war, wars ! line 3: bad synonym 'war, wars' of 'war' (words of letters and digits, separated by spaces or hyphens, an optional * at the end)",
            "war | War | Война | * ! line 3: bad synonym '*' of 'war' (words of letters and digits, separated by spaces or hyphens, an optional * at the end)",
            "war | War | Война | wa* ! line 3: prefix 'wa*' of 'war' is too short (at least 3 letters before *)",
            "war | War | Война | world wa* ! line 3: prefix 'world wa*' of 'war' is too short (at least 3 letters before *)",
            "war | War | Война | war; wars; war ! line 3: synonym 'war' is listed twice for 'war'",
    })
    void aBadThemeLineIsRejected(String line, String message) {
        assertThat(failure(HEADER + line + "\n")).hasMessage(message);
    }

    @Test
    void theVersionLineComesFirstAndOnlyOnce() {
        assertThat(failure("# no version\nwar | War | Война | war\n"))
                .hasMessage("line 2: expected 'version: <number>' before the first theme");
        assertThat(failure(HEADER + "war | War | Война | war\nversion: 2\n")).hasMessage("line 4: a second version line");
        assertThat(failure("version: 0\nwar | War | Война | war\n")).hasMessage("line 1: the version must be 1 or more");
        assertThat(failure("version: one\nwar | War | Война | war\n"))
                .hasMessage("line 1: expected 'version: <number>' before the first theme");
    }

    @Test
    void aFileWithoutVersionOrThemesIsRejected() {
        assertThat(failure("")).hasMessage("line 1: no 'version: <number>' line");
        assertThat(failure("# only\n# comments\n")).hasMessage("line 2: no 'version: <number>' line");
        assertThat(failure(HEADER)).hasMessage("line 2: no themes");
    }

    @Test
    void aFileThatIsNotUtf8IsRejectedNamingTheLine() {
        byte[] good = (HEADER + "war | War | Война | war\nlove | Love | Любовь | love\nfate | Fate | Судьба | fate")
                .getBytes(StandardCharsets.UTF_8);
        byte[] file = new byte[good.length + 2];
        System.arraycopy(good, 0, file, 0, good.length);
        file[good.length] = (byte) 0xFF; // never valid in UTF-8
        file[good.length + 1] = '\n';
        VocabularyFormatException e = catchThrowableOfType(
                () -> ThemeVocabulary.load(new ByteArrayInputStream(file)), VocabularyFormatException.class);
        assertThat(e).hasMessage("line 5: not valid UTF-8");
    }

    @Test
    void aHyphenatedSynonymMatchesAsWritten() {
        ThemeVocabulary vocabulary = load(HEADER + "war | War | Война | war; post-war\n");
        assertThat(new ThemeTagger(vocabulary).tag("a post-war story", null, null))
                .extracting(ThemeEvidence::words).containsExactly("post-war");
    }

    private static ThemeVocabulary load(String file) {
        return ThemeVocabulary.load(new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)));
    }

    private static VocabularyFormatException failure(String file) {
        VocabularyFormatException e = catchThrowableOfType(() -> load(file), VocabularyFormatException.class);
        assertThat(e).as("loading should fail:\n" + file).isNotNull();
        return e;
    }
}
