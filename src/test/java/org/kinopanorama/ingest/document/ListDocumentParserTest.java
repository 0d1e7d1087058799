package org.kinopanorama.ingest.document;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The list-document parser, read as behaviour: the three real seed documents, then one fixture document in
 * src/test/resources/documents/ per layout it must tolerate and per way a document can go wrong.
 */
class ListDocumentParserTest {

    private static final String CRANES_DESCRIPTION = "Veronika waits for Boris, who has gone to the front.";
    private static final String CRANES_FACT = "It won the Palme d'Or at Cannes in 1958.";
    private static final String BALLAD_DESCRIPTION = "A young soldier spends his leave travelling home to see his mother.";
    private static final String BALLAD_FACT = "It was nominated for the Academy Award for Best Original Screenplay.";
    private static final String ASCENT_DESCRIPTION = "Two partisans search for food in a frozen Belarusian winter.";
    private static final String ASCENT_FACT = "It won the Golden Bear at the Berlin International Film Festival.";

    private final ListDocumentParser parser = new ListDocumentParser();

    @Nested
    class TheRealSeedDocuments {

        @Test
        void betrayalListHasTenFilmsInOrderStartingOnLineThree() {
            ParsedDocument doc = parseSeed("000_cf483bedbf380018.txt");

            assertThat(doc.entries()).extracting(ParsedEntry::title).containsExactly(
                    "The Meeting Place Cannot Be Changed", "The Ascent", "The Shield and the Sword",
                    "The Sixth of July", "The Star", "The Irony of Fate", "The Red Tent", "The Fall of Berlin",
                    "The Unsent Letter", "The Flight");
            assertThat(doc.entries()).extracting(ParsedEntry::position).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
            ParsedEntry first = doc.entries().get(0);
            assertThat(first.year()).isEqualTo(1979);
            assertThat(first.yearEnd()).isNull();
            assertThat(first.line()).isEqualTo(3);
            assertThat(first.heading()).isEqualTo("The Meeting Place Cannot Be Changed (1979)");
            assertThat(first.alternativeTitles()).isEmpty();
            assertThat(first.description()).startsWith("Set in post-war Moscow").endsWith("a time of rebuilding.");
            assertThat(first.fact()).isEqualTo("The series was adapted from the novel \"The Era of Mercy\" by Arkady "
                    + "and Georgy Vainer. It became a cultural phenomenon in the Soviet Union, with its theme song "
                    + "still popular today.");
        }

        @Test
        void theFactCutOffMidSentenceIsFlaggedAndNoOtherTextIs() {
            ParsedDocument doc = parseSeed("000_cf483bedbf380018.txt");

            ParsedEntry shield = entry(doc, "The Shield and the Sword");
            assertThat(shield.fact()).endsWith("a sequel, \"The Sword and the Shield,\" released in");
            assertThat(shield.factTruncated()).isTrue();
            assertThat(doc.entries()).filteredOn(e -> e != shield).allSatisfy(e -> {
                assertThat(e.factTruncated()).as(e.title()).isFalse();
                assertThat(e.descriptionTruncated()).as(e.title()).isFalse();
            });
            assertThat(shield.descriptionTruncated()).isFalse();
        }

        @Test
        void betrayalListIntroductionIsTheFirstParagraphAndThereAreNoErrors() {
            ParsedDocument doc = parseSeed("000_cf483bedbf380018.txt");

            assertThat(doc.introduction()).startsWith("Delving into the rich tapestry").endsWith("human nature.");
            assertThat(doc.introduction()).doesNotContain("\n");
            assertThat(doc.problems()).noneMatch(p -> p.severity() == ParseProblem.Severity.ERROR);
            assertThat(doc.hasErrors()).isFalse();
        }

        @Test
        void everySeedReadsWithoutAnyProblemAndEveryEntryHasBothFields() {
            for (String seed : List.of("000_cf483bedbf380018.txt", "001_389cd63eb799289f.txt", "002_64907de0053f19af.txt")) {
                ParsedDocument doc = parseSeed(seed);
                assertThat(doc.problems()).as(seed).isEmpty();
                assertThat(doc.entries()).as(seed).hasSize(10).allSatisfy(e -> {
                    assertThat(e.description()).isNotBlank();
                    assertThat(e.fact()).isNotBlank();
                });
                assertThat(doc.entries()).as(seed).extracting(ParsedEntry::line)
                        .containsExactly(3, 8, 13, 18, 23, 28, 33, 38, 43, 48);
            }
        }

        @Test
        void loveListStartsWithTheFullIronyOfFateTitle() {
            ParsedDocument doc = parseSeed("001_389cd63eb799289f.txt");

            assertThat(doc.entries()).hasSize(10);
            ParsedEntry first = doc.entries().get(0);
            assertThat(first.title()).isEqualTo("The Irony of Fate, or Enjoy Your Bath!");
            assertThat(first.year()).isEqualTo(1975);
            assertThat(first.alternativeTitles()).isEmpty();
        }

        @Test
        void unrequitedLoveListIncludesTheUnsentLetterOf1959() {
            ParsedDocument doc = parseSeed("002_64907de0053f19af.txt");

            assertThat(doc.entries()).hasSize(10);
            assertThat(entry(doc, "The Unsent Letter").year()).isEqualTo(1959);
        }

        @Test
        void theChecksumIsTheSha256OfTheExactBytesAndTheFileNameIsKept() throws Exception {
            byte[] bytes = Files.readAllBytes(Path.of("seeds", "000_cf483bedbf380018.txt"));

            ParsedDocument doc = parser.parse("000_cf483bedbf380018.txt", bytes);

            assertThat(doc.checksum())
                    .isEqualTo("eae351d0b3f3d131a01d000c7ad0bd11b1a12706fe783253005f0fd70d94a84d")
                    .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
            assertThat(doc.fileName()).isEqualTo("000_cf483bedbf380018.txt");
        }
    }

    @Nested
    class LayoutTolerance {

        @Test
        void theReferenceDocumentReadsWithoutProblems() {
            ParsedDocument doc = parseFixture("plain.txt");

            assertThat(doc.introduction()).isEqualTo("Films about the war, chosen for a first evening of Soviet cinema."
                    + "\n\nThey are listed from the oldest to the newest.");
            assertThat(doc.entries()).extracting(ParsedEntry::title)
                    .containsExactly("The Cranes Are Flying", "Ballad of a Soldier", "The Ascent");
            assertThat(doc.entries()).extracting(ParsedEntry::line).containsExactly(5, 9, 13);
            assertThat(doc.entries().get(2).description()).isEqualTo(ASCENT_DESCRIPTION);
            assertThat(doc.entries().get(2).fact()).isEqualTo(ASCENT_FACT);
            assertThat(doc.problems()).isEmpty();
        }

        @Test
        void aByteOrderMarkAndWindowsLineEndingsChangeNothingButTheChecksum() {
            ParsedDocument plain = parseFixture("plain.txt");
            ParsedDocument windows = parseFixture("plain-bom-crlf.txt");

            assertReadsLikeThePlainDocument(windows);
            assertThat(windows.entries()).extracting(ParsedEntry::line).containsExactly(5, 9, 13);
            assertThat(windows.introduction()).isEqualTo(plain.introduction()).doesNotContain("\r", "\uFEFF");
            assertThat(windows.entries()).allSatisfy(e -> assertThat(e.title() + e.description() + e.fact())
                    .doesNotContain("\r", "\uFEFF"));
            assertThat(windows.checksum()).isNotEqualTo(plain.checksum()).isEqualTo(sha256(fixture("plain-bom-crlf.txt")));
        }

        @Test
        void oldMacLineEndingsAreLineBreaksToo() {
            ParsedDocument doc = parseFixture("plain-cr.txt");

            assertReadsLikeThePlainDocument(doc);
            assertThat(doc.entries()).extracting(ParsedEntry::line).containsExactly(5, 9, 13);
        }

        @Test
        void blankLinesTrailingSpacesAndTabsAnywhereAreIgnored() {
            ParsedDocument doc = parseFixture("blank-lines-anywhere.txt");

            assertReadsLikeThePlainDocument(doc);
            assertThat(doc.introduction()).isEqualTo("Films about the war.");
            assertThat(doc.entries()).extracting(ParsedEntry::line).containsExactly(6, 16, 21);
            assertThat(doc.problems()).isEmpty();
        }

        @Test
        void entriesWrittenBackToBackWithoutBlankLinesAreStillSeparateFilms() {
            ParsedDocument doc = parseFixture("no-blank-lines.txt");

            assertReadsLikeThePlainDocument(doc);
            assertThat(doc.introduction()).isEqualTo("Films about the war.");
            assertThat(doc.entries()).extracting(ParsedEntry::line).containsExactly(2, 5, 8);
            assertThat(doc.problems()).isEmpty();
        }

        @Test
        void aNumberedMarkdownListIsReadLikeThePlainOne() {
            ParsedDocument doc = parseFixture("numbered-markdown.txt");

            assertReadsLikeThePlainDocument(doc);
            assertThat(doc.title()).as("the first Markdown heading is the list's title").isEqualTo("War films");
            assertThat(doc.introduction())
                    .isEqualTo("Films about the war, chosen for a first evening of Soviet cinema.");
            assertThat(doc.problems()).isEmpty();
        }

        @Test
        void everyTitleDecorationAndLabelSpellingIsUnderstood() {
            ParsedDocument doc = parseFixture("title-and-label-forms.txt");

            assertThat(doc.problems()).isEmpty();
            assertThat(doc.entries()).hasSize(6);
            for (ParsedEntry e : doc.entries()) {
                int n = e.position();
                String name = List.of("One", "Two", "Three", "Four", "Five", "Six").get(n - 1);
                assertThat(e.title()).isEqualTo("Film " + name);
                assertThat(e.heading()).isEqualTo("Film " + name + " (" + (1960 + n) + ")");
                assertThat(e.year()).isEqualTo(1960 + n);
                assertThat(e.description()).as(e.heading()).isEqualTo("D" + n + ".");
                assertThat(e.fact()).as(e.heading()).isEqualTo("F" + n + ".");
            }
        }

        @Test
        void aDocumentMayStartWithItsFirstFilm() {
            ParsedDocument doc = parseFixture("no-introduction.txt");

            assertThat(doc.introduction()).isEmpty();
            assertThat(doc.entries()).singleElement().satisfies(e -> {
                assertThat(e.line()).isEqualTo(1);
                assertThat(e.title()).isEqualTo("The Cranes Are Flying");
            });
        }

        @Test
        void aDocumentWrittenInRussianIsReadAsWritten() {
            ParsedDocument doc = parseFixture("russian.txt");

            assertThat(doc.introduction()).isEqualTo("Подборка советских фильмов о войне.");
            assertThat(doc.entries()).singleElement().satisfies(e -> {
                assertThat(e.title()).isEqualTo("Летят журавли");
                assertThat(e.alternativeTitles()).isEmpty();
                assertThat(e.year()).isEqualTo(1957);
                assertThat(e.description()).isEqualTo("Вероника ждёт Бориса, ушедшего на фронт.");
                assertThat(e.fact()).isEqualTo("Единственный советский фильм, получивший «Золотую пальмовую ветвь».");
                assertThat(e.factTruncated()).isFalse();
            });
        }

        @Test
        @Timeout(10)
        void aMegabyteOfLinesBuiltToDefeatRegularExpressionsIsStillReadQuickly() {
            // Runs of spaces, of asterisks and of "(1" once made the title patterns take seconds per line.
            List<String> hostile = List.of(
                    "a" + " ".repeat(280) + "b (1977)",
                    "*a".repeat(140) + " (1977)",
                    "(1".repeat(140),
                    "A" + " ".repeat(60_000) + "b (1977)",
                    "*a".repeat(30_000),
                    "Description" + " ".repeat(50_000) + "x");
            StringBuilder text = new StringBuilder("The Ascent (1977)\nDescription: D.\nFact: F.\n");
            for (int i = 0; text.length() < ListDocumentParser.DEFAULT_MAX_BYTES - 180_000; i++) {
                text.append('\n').append(hostile.get(i % 3)).append('\n');
            }
            text.append('\n').append(String.join("\n\n", hostile.subList(3, 6))).append('\n');
            byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
            assertThat(bytes.length).isLessThanOrEqualTo(ListDocumentParser.DEFAULT_MAX_BYTES);

            ParsedDocument doc = parser.parse("hostile.txt", bytes);

            assertThat(doc.entries()).extracting(ParsedEntry::title).startsWith("The Ascent");
        }

        @Test
        void aSingleStrayControlCharacterDoesNotMakeTheDocumentBinary() {
            ParsedDocument doc = parseFixture("stray-control-character.txt");

            assertThat(doc.entries()).singleElement()
                    .extracting(ParsedEntry::description).isEqualTo("Veronika waits\u000Bfor Boris.");
        }
    }

    @Nested
    class TitlesAndYears {

        @Test
        void originalAndTranslatedTitlesBecomeAlternativeTitles() {
            ParsedDocument doc = parseFixture("alternative-titles.txt");

            assertThat(doc.problems()).isEmpty();
            assertThat(doc.entries()).extracting(ParsedEntry::title, ParsedEntry::alternativeTitles, ParsedEntry::year)
                    .containsExactly(
                            tuple("The Cranes Are Flying", List.of("Letyat zhuravli"), 1957),
                            tuple("Иваново детство", List.of(), 1962),
                            tuple("Ballad of a Soldier", List.of("Баллада о солдате"), 1959),
                            tuple("The Ascent", List.of("Восхождение", "Voskhozhdenie"), 1977),
                            tuple("Solaris", List.of("Солярис"), 1972),
                            tuple("Зеркало", List.of("Mirror"), 1975),
                            tuple("Kin-dza-dza!", List.of(), 1986),
                            tuple("The Irony of Fate, or Enjoy Your Bath!", List.of("Ирония судьбы, или С лёгким паром!"), 1975));
        }

        @Test
        void theHeadingKeepsTheTitleLineAsWritten() {
            ParsedDocument doc = parseFixture("alternative-titles.txt");

            assertThat(doc.entries().get(0).heading()).isEqualTo("The Cranes Are Flying (Letyat zhuravli) (1957)");
            assertThat(doc.entries().get(5).heading()).isEqualTo("«Зеркало» (Mirror) (1975)");
        }

        @Test
        void aSeriesRangeMayBeWrittenWithAnEnDashAHyphenOrAnEmDash() {
            ParsedDocument doc = parseFixture("years.txt");

            assertThat(doc.entries()).extracting(ParsedEntry::title, ParsedEntry::year, ParsedEntry::yearEnd)
                    .containsExactly(
                            tuple("Seventeen Moments of Spring", 1973, 1974),
                            tuple("The Adventures of Sherlock Holmes and Dr. Watson", 1979, 1986),
                            tuple("Eternal Call", 1973, 1983),
                            tuple("The Ascent", 1977, null));
            assertThat(doc.entries()).extracting(ParsedEntry::position).containsExactly(1, 2, 3, 4);
        }

        @Test
        void aYearOutside1895To2100IsAnErrorAndNoFilmIsInvented() {
            ParsedDocument doc = parseFixture("years.txt");

            assertThat(doc.entries()).extracting(ParsedEntry::title)
                    .doesNotContain("Battleship of Old", "A Film From the Future", "A Series Running Backwards", "A Typo");
            assertThat(doc.entries()).extracting(ParsedEntry::description).doesNotContain("Lost 1.", "Lost 2.", "Lost 3.", "Lost 4.");
            assertThat(errors(doc)).extracting(ParseProblem::line).containsExactly(15, 19, 23, 27);
            assertThat(errors(doc)).extracting(ParseProblem::message).containsExactly(
                    "Line 15: the year 1650 is not between 1895 and 2100, so this film was not read.",
                    "Line 19: the year 2150 is not between 1895 and 2100, so this film was not read.",
                    "Line 23: the years 1974–1973 end before they start, so this film was not read.",
                    "Line 27: the year 19777 is not between 1895 and 2100, so this film was not read.");
            assertThat(warnings(doc)).extracting(ParseProblem::line).containsExactly(16, 20, 24, 28);
            assertThat(warnings(doc).get(0).message()).isEqualTo("Lines 16–17: this Description or Fact belongs to "
                    + "no film because the title on line 15 could not be read; it was skipped.");
            assertThat(doc.hasErrors()).isTrue();
        }

        @Test
        void aTitleMayBeANumberAndMayEndWithAColonOrFullStopWhenALabelFollows() {
            ParsedDocument doc = parseFixture("numbers-and-punctuation-in-titles.txt");

            assertThat(doc.entries()).extracting(ParsedEntry::title, ParsedEntry::heading, ParsedEntry::description)
                    .containsExactly(
                            tuple("12", "12 (2007)", "D1."),
                            tuple("1612", "1612 (2007)", "D2."),
                            tuple("The Ascent", "The Ascent (1977)", "D3."),
                            tuple("Stalker", "Stalker (1979)", "D4."),
                            tuple("Mirror", "Mirror (1975)", "D5."));
            // A sentence that ends "(1972)." with no label after it is not a film.
            assertThat(doc.problems()).singleElement().satisfies(p -> {
                assertThat(p.line()).isEqualTo(19);
                assertThat(p.severity()).isEqualTo(ParseProblem.Severity.WARNING);
            });
        }

        @Test
        void filmsNamedInsideTheIntroductionDoNotEndIt() {
            ParsedDocument doc = parseFixture("introduction-mentions-films.txt");

            assertThat(doc.introduction()).isEqualTo("Many lists begin by naming a classic, such as The Cranes Are "
                    + "Flying (1957), before the films themselves.\nLarisa Shepitko's last film was\nThe Ascent (1977)"
                    + "\n\nTarkovsky's films are not here; Stalker (1979) deserves a list of its own.");
            assertThat(doc.entries()).singleElement().satisfies(e -> {
                assertThat(e.title()).isEqualTo("Ballad of a Soldier");
                assertThat(e.line()).isEqualTo(7);
            });
            assertThat(doc.problems()).isEmpty();
        }
    }

    @Nested
    class DescriptionsAndFacts {

        @Test
        void aFieldContinuesOnFollowingLinesUntilABlankLineALabelOrATitle() {
            ParsedDocument doc = parseFixture("multi-line-fields.txt");

            assertThat(doc.problems()).isEmpty();
            assertThat(doc.entries()).extracting(ParsedEntry::title).containsExactly(
                    "The Cranes Are Flying", "Ballad of a Soldier", "The Ascent", "The Irony of Fate", "Stalker");
            ParsedEntry cranes = doc.entries().get(0);
            assertThat(cranes.description())
                    .isEqualTo("Veronika waits for Boris,\nwho has gone to the front,\nand marries his cousin.");
            assertThat(cranes.fact()).isEqualTo("It won the Palme d'Or\nat Cannes in 1958.");
            ParsedEntry ballad = doc.entries().get(1);
            assertThat(ballad.description()).isEqualTo("A young soldier spends his leave\ntravelling home to see his mother.");
            assertThat(ballad.fact()).isEqualTo("It was nominated for an Academy Award.");
            ParsedEntry ascent = doc.entries().get(2);
            assertThat(ascent.description()).isEqualTo("Two partisans search for food\nin a frozen Belarusian winter.");
            assertThat(ascent.fact()).isEqualTo("It won the Golden Bear\nat the Berlin International Film Festival.");
        }

        @Test
        void aWrappedLineThatEndsInAYearStaysInItsFactUnlessALabelFollows() {
            ParsedDocument doc = parseFixture("multi-line-fields.txt");

            ParsedEntry irony = entry(doc, "The Irony of Fate");
            assertThat(irony.fact()).isEqualTo("It was remade, decades later, as\nThe Irony of Fate 2 (2007)");
            assertThat(doc.entries()).extracting(ParsedEntry::title).doesNotContain("The Irony of Fate 2");
        }

        @Test
        void aMissingDescriptionOrFactKeepsTheEntryWithAWarningOnItsTitleLine() {
            ParsedDocument doc = parseFixture("missing-fields.txt");

            assertThat(doc.entries()).extracting(ParsedEntry::title, ParsedEntry::description, ParsedEntry::fact)
                    .containsExactly(
                            tuple("The Cranes Are Flying", null, CRANES_FACT),
                            tuple("Ballad of a Soldier", BALLAD_DESCRIPTION, null),
                            tuple("The Ascent", null, ASCENT_FACT),
                            tuple("Stalker", null, null));
            assertThat(doc.entries()).noneMatch(e -> e.descriptionTruncated() || e.factTruncated());
            assertThat(doc.problems()).allMatch(p -> p.severity() == ParseProblem.Severity.WARNING);
            assertThat(doc.problems()).extracting(ParseProblem::line, ParseProblem::message).containsExactly(
                    tuple(3, "Line 3: 'The Cranes Are Flying' (1957) has no Description."),
                    tuple(6, "Line 6: 'Ballad of a Soldier' (1959) has no Fact."),
                    tuple(9, "Line 9: 'The Ascent' (1977) has an empty Description (line 10)."),
                    tuple(13, "Line 13: 'Stalker' (1979) has no Description."),
                    tuple(13, "Line 13: 'Stalker' (1979) has no Fact."));
        }

        @Test
        void textThatStopsMidSentenceIsFlaggedAsTruncated() {
            ParsedDocument doc = parseFixture("truncated-fields.txt");

            assertThat(doc.entries()).extracting(ParsedEntry::title, ParsedEntry::descriptionTruncated, ParsedEntry::factTruncated)
                    .containsExactly(
                            tuple("Film A", true, false),
                            tuple("Film B", true, false),
                            tuple("Film C", true, false));
        }
    }

    @Nested
    class ProblemsInTheDocument {

        @Test
        void aTitleWithoutItsYearIsAnErrorAndItsLinesBelongToNoFilm() {
            ParsedDocument doc = parseFixture("title-without-year.txt");

            assertThat(doc.entries()).extracting(ParsedEntry::title)
                    .containsExactly("The Cranes Are Flying", "Ballad of a Soldier");
            assertThat(doc.entries()).extracting(ParsedEntry::position).containsExactly(1, 2);
            assertThat(doc.problems()).extracting(ParseProblem::line, ParseProblem::severity).containsExactly(
                    tuple(7, ParseProblem.Severity.ERROR),
                    tuple(8, ParseProblem.Severity.WARNING),
                    tuple(14, ParseProblem.Severity.ERROR),
                    tuple(15, ParseProblem.Severity.WARNING));
            assertThat(doc.problems().get(0).message()).startsWith(
                    "Line 7: a film title needs its year in parentheses, e.g. 'The Ascent (1977)'");
            assertThat(doc.problems().get(1).message()).startsWith("Lines 8–9: ").contains("title on line 7");
            assertThat(doc.problems().get(3).message()).startsWith("Lines 15–16: ").contains("title on line 14");
        }

        @Test
        void aYearlessTitleGluedUnderTheLastFactIsNotSwallowedByIt() {
            ParsedDocument doc = parseFixture("title-without-year.txt");

            assertThat(entry(doc, "Ballad of a Soldier").fact()).isEqualTo(BALLAD_FACT);
            assertThat(entry(doc, "Ballad of a Soldier").description()).isEqualTo(BALLAD_DESCRIPTION);
        }

        @Test
        void textThatBelongsToNothingIsAWarningWithItsLines() {
            ParsedDocument doc = parseFixture("stray-text.txt");

            assertThat(doc.entries()).extracting(ParsedEntry::title, ParsedEntry::description)
                    .containsExactly(tuple("The Cranes Are Flying", CRANES_DESCRIPTION),
                            tuple("Ballad of a Soldier", BALLAD_DESCRIPTION));
            assertThat(doc.problems()).allMatch(p -> p.severity() == ParseProblem.Severity.WARNING);
            assertThat(doc.problems()).extracting(ParseProblem::line).containsExactly(4, 8, 15);
            assertThat(doc.problems()).extracting(ParseProblem::message).containsExactly(
                    "Line 4: this text is not part of a film's title, Description or Fact, so it was ignored.",
                    "Lines 8–9: this text is not part of a film's title, Description or Fact, so it was ignored.",
                    "Line 15: this text is not part of a film's title, Description or Fact, so it was ignored.");
        }

        @Test
        void aFilmListedTwiceIsKeptOnceWithAWarningNamingBothLines() {
            ParsedDocument doc = parseFixture("duplicates.txt");

            assertThat(doc.entries()).extracting(ParsedEntry::title, ParsedEntry::year, ParsedEntry::position)
                    .containsExactly(tuple("The Ascent", 1977, 1), tuple("Solaris", 1968, 2), tuple("Solaris", 1972, 3));
            assertThat(entry(doc, "The Ascent").description()).isEqualTo("First description.");
            assertThat(doc.problems()).extracting(ParseProblem::line, ParseProblem::severity, ParseProblem::message)
                    .containsExactly(
                            tuple(15, ParseProblem.Severity.WARNING, "Line 15: 'The Ascent' (1977) is listed twice, "
                                    + "on line 3 and on line 15; only the first one is kept."),
                            tuple(19, ParseProblem.Severity.WARNING, "Line 19: 'THE  ASCENT' (1977) is listed twice, "
                                    + "on line 3 and on line 19; only the first one is kept."));
        }

        @Test
        void aDescriptionWithoutAnyTitleAboveItIsAnError() {
            String text = "Intro.\n\nThe Ascent (1977)\nDescription: One.\nFact: Two.\n\nDescription: Three.\nFact: Four.\n";

            ParsedDocument doc = parser.parse("orphans.txt", text.getBytes(StandardCharsets.UTF_8));

            assertThat(doc.entries()).singleElement().extracting(ParsedEntry::description).isEqualTo("One.");
            assertThat(doc.problems()).singleElement().satisfies(p -> {
                assertThat(p.severity()).isEqualTo(ParseProblem.Severity.ERROR);
                assertThat(p.line()).isEqualTo(7);
                assertThat(p.message()).isEqualTo("Lines 7–8: this Description or Fact belongs to no film: it needs "
                        + "a title line like 'The Ascent (1977)' above it; it was skipped.");
            });
        }
    }

    @Nested
    class RejectedDocuments {

        @Test
        void anEmptyFileIsRejected() {
            assertRejected("empty.txt", "The document is empty.", null);
        }

        @Test
        void aFileOfOnlyWhiteSpaceOrOnlyAByteOrderMarkIsEmpty() {
            assertRejected("whitespace-only.txt", "The document is empty.", null);
            assertRejected("bom-only.txt", "The document is empty.", null);
        }

        @Test
        void aDocumentLargerThanTheLimitIsRejectedBeforeItIsRead() {
            byte[] plain = fixture("plain.txt");

            assertThatThrownBy(() -> new ListDocumentParser(100).parse("plain.txt", plain))
                    .isInstanceOf(DocumentRejectedException.class)
                    .hasMessage("The document is larger than 100 bytes.");
            assertThat(new ListDocumentParser(plain.length).parse("plain.txt", plain).entries()).hasSize(3);
            // Too large wins over "not UTF-8": the size is checked before a single byte is decoded.
            assertThatThrownBy(() -> new ListDocumentParser(10).parse("w.txt", fixture("windows-1251.txt")))
                    .hasMessage("The document is larger than 10 bytes.");
        }

        @Test
        void theDefaultLimitIsOneMillionBytes() {
            byte[] big = new byte[ListDocumentParser.DEFAULT_MAX_BYTES + 1];
            Arrays.fill(big, (byte) 'a');

            assertThat(ListDocumentParser.DEFAULT_MAX_BYTES).isEqualTo(1_000_000);
            assertThatThrownBy(() -> parser.parse("big.txt", big))
                    .isInstanceOf(DocumentRejectedException.class)
                    .hasMessage("The document is larger than 1000000 bytes.");
        }

        @Test
        void aPictureIsNotATextDocument() {
            assertRejected("picture.png", "This is not a text document (binary content on line 3, at byte offset 8).", 3);
        }

        @Test
        void aFileFullOfControlCharactersIsNotATextDocument() {
            assertRejected("control-characters.bin",
                    "This is not a text document (binary content on line 1, at byte offset 0).", 1);
        }

        @Test
        void aUtf16FileIsRejectedWithAHintToSaveItAsUtf8() {
            assertRejected("utf-16.txt", "The document is saved as UTF-16; it must be saved as UTF-8.", 1);
        }

        @Test
        void aWindows1251RussianFileIsRejectedNotDecodedIntoGarbage() {
            assertRejected("windows-1251.txt",
                    "Line 3 is not valid UTF-8 (byte offset 41); the document must be saved as UTF-8.", 3);
        }

        @Test
        void oneLatin1LineInAUtf8FileIsNamedByItsLineNumber() {
            assertRejected("latin-1-on-line-5.txt",
                    "Line 5 is not valid UTF-8 (byte offset 149); the document must be saved as UTF-8.", 5);
        }

        @Test
        void aDocumentWithoutFilmsIsRejectedWithTheFormatExplained() {
            assertRejected("only-prose.txt", "No films found: each film needs a line like 'The Ascent (1977)' "
                    + "followed by 'Description:' and 'Fact:' lines.", null);
        }

        @Test
        void whenNoFilmCouldBeReadTheFirstErrorIsNamed() {
            assertRejected("every-title-lacks-its-year.txt", "No films found: each film needs a line like "
                    + "'The Ascent (1977)' followed by 'Description:' and 'Fact:' lines. First problem: Line 3: "
                    + "a film title needs its year in parentheses, e.g. 'The Ascent (1977)'; the Description and "
                    + "Fact under it belong to no film and were not read.", 3);
        }

        @Test
        void nullContentAndANonPositiveLimitAreProgrammingErrors() {
            assertThatThrownBy(() -> parser.parse("x.txt", null)).isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> new ListDocumentParser(0)).isInstanceOf(IllegalArgumentException.class);
        }

        private void assertRejected(String fixture, String message, Integer line) {
            assertThatThrownBy(() -> parseFixture(fixture))
                    .as(fixture)
                    .isInstanceOfSatisfying(DocumentRejectedException.class, e -> {
                        assertThat(e.getMessage()).isEqualTo(message);
                        assertThat(e.line()).isEqualTo(line);
                    });
        }
    }

    @Nested
    class TruncatedTexts {

        @ParameterizedTest(name = "[{0}] is cut off")
        @ValueSource(strings = {
                "The film was so popular that it led to a sequel, \"The Sword and the Shield,\" released in",
                "It ends with a comma,",
                "It ends with a colon:",
                "It ends with a dash -",
                "It ends with an ellipsis...",
                "It ends with an ellipsis…",
                "It ends with an ellipsis… ",
                "Released in (1975)",
                "The budget was 10",
                "\"",
        })
        void textThatDoesNotEndLikeASentenceIsTruncated(String text) {
            assertThat(TruncatedText.looksTruncated(text)).isTrue();
            assertThat(ListDocumentParser.looksTruncated(text)).isTrue();
        }

        @ParameterizedTest(name = "[{0}] is finished")
        @ValueSource(strings = {
                "Its theme song is still popular today.",
                "It was adapted from the novel \"The Era of Mercy\".",
                "It was adapted from \"The Era of Mercy.\"",
                "Its last line is \"Who's there...”",
                "Its last line is «Кто там…»",
                "Is it?",
                "What a film!",
                "It was shot twice (see the credits.)",
                "It was shot twice.   ",
                "*It was shot twice.*",
                "Снят дважды.",
                "二度撮影された。",
        })
        void textThatEndsLikeASentenceIsNotTruncated(String text) {
            assertThat(TruncatedText.looksTruncated(text)).isFalse();
        }

        @ParameterizedTest(name = "[{0}] has nothing to cut off")
        @NullAndEmptySource
        @ValueSource(strings = {"   ", "\n\t"})
        void nothingIsNotTruncated(String text) {
            assertThat(TruncatedText.looksTruncated(text)).isFalse();
        }
    }

    // ---- helpers --------------------------------------------------------------------------------------

    private ParsedDocument parseSeed(String name) {
        try {
            return parser.parse(name, Files.readAllBytes(Path.of("seeds", name)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ParsedDocument parseFixture(String name) {
        return parser.parse(name, fixture(name));
    }

    static byte[] fixture(String name) {
        try (InputStream in = ListDocumentParserTest.class.getResourceAsStream("/documents/" + name)) {
            assertThat(in).as("fixture documents/" + name).isNotNull();
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Same films, same order, same text as documents/plain.txt; only the line numbers may differ. */
    private void assertReadsLikeThePlainDocument(ParsedDocument doc) {
        assertThat(doc.entries()).extracting(ParsedEntry::position, ParsedEntry::heading, ParsedEntry::title,
                        ParsedEntry::alternativeTitles, ParsedEntry::year, ParsedEntry::yearEnd,
                        ParsedEntry::description, ParsedEntry::fact,
                        ParsedEntry::descriptionTruncated, ParsedEntry::factTruncated)
                .containsExactly(
                        tuple(1, "The Cranes Are Flying (1957)", "The Cranes Are Flying", List.of(), 1957, null,
                                CRANES_DESCRIPTION, CRANES_FACT, false, false),
                        tuple(2, "Ballad of a Soldier (1959)", "Ballad of a Soldier", List.of(), 1959, null,
                                BALLAD_DESCRIPTION, BALLAD_FACT, false, false),
                        tuple(3, "The Ascent (1977)", "The Ascent", List.of(), 1977, null,
                                ASCENT_DESCRIPTION, ASCENT_FACT, false, false));
        assertThat(doc.problems()).isEmpty();
    }

    private static List<ParseProblem> errors(ParsedDocument doc) {
        return doc.problems().stream().filter(p -> p.severity() == ParseProblem.Severity.ERROR).toList();
    }

    private static List<ParseProblem> warnings(ParsedDocument doc) {
        return doc.problems().stream().filter(p -> p.severity() == ParseProblem.Severity.WARNING).toList();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ParsedEntry entry(ParsedDocument doc, String title) {
        return doc.entries().stream().filter(e -> e.title().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("no entry titled " + title + " in " + doc.entries()));
    }
}
