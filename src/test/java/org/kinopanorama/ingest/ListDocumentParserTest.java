package org.kinopanorama.ingest;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ListDocumentParserTest {

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

    private static ParsedEntry entry(ParsedDocument doc, String title) {
        return doc.entries().stream().filter(e -> e.title().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("no entry titled " + title + " in " + doc.entries()));
    }
}
