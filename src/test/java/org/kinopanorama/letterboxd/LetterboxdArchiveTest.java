package org.kinopanorama.letterboxd;

import org.junit.jupiter.api.Test;
import org.kinopanorama.letterboxd.LetterboxdArchive.Contents;
import org.kinopanorama.letterboxd.LetterboxdArchive.Limits;
import org.kinopanorama.letterboxd.LetterboxdArchive.Reason;
import org.kinopanorama.letterboxd.LetterboxdArchive.Refused;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The archive read as Letterboxd writes it, and refused when it is hostile. */
class LetterboxdArchiveTest {

    private static final Limits LIMITS = new Limits(10, 10_000, 100);

    @Test
    void readsEveryKnownFileByItsColumnNamesAndJoinsReviewsToTheirDiaryEntries() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("diary.csv", "Watched Date,Rewatch,Name,Year,Rating,Date,Letterboxd URI,Tags\n"
                + "2024-01-04,,Stalker,1979,4.5,2024-01-05,https://boxd.it/s1,\n"
                + "2024-03-01,Yes,Stalker,1979,5,2024-03-02,https://boxd.it/s2,rewatch\n");
        files.put("reviews.csv", "Date,Name,Year,Letterboxd URI,Rating,Rewatch,Review,Tags,Watched Date\n"
                + "2024-03-02,Stalker,1979,https://boxd.it/s2,5,Yes,Better the second time,,2024-03-01\n"
                + "2024-04-01,Solaris,1972,https://boxd.it/x,4,,A review of no diary entry,,2024-03-30\n");
        files.put("ratings.csv", "Date,Name,Year,Letterboxd URI,Rating\n2024-03-02,Stalker,1979,https://boxd.it/s,5\n"
                + "2024-03-02,Mirror,1975,https://boxd.it/m,7\n");
        files.put("lists/best.csv", "Letterboxd list export v7\nDate,Name,Tags,URL,Description\n2020-05-05,Best,,,Mine\n\n"
                + "Position,Name,Year,URL,Description\n2,Mirror,1975,,\n1,Stalker,1979,,'=SUM(A1)\n");
        files.put("likes/films.csv", "Date,Name,Year,Letterboxd URI\n");

        Contents c = LetterboxdArchive.read(LetterboxdArchive.zip(files), LIMITS);

        assertThat(c.diary()).hasSize(3);
        assertThat(c.diary().get(0).review()).isNull();
        assertThat(c.diary().get(1).rewatch()).isTrue();
        assertThat(c.diary().get(1).watchedOn()).isEqualTo(LocalDate.of(2024, 3, 1));
        assertThat(c.diary().get(1).date()).isEqualTo(LocalDate.of(2024, 3, 2));
        assertThat(c.diary().get(1).review()).isEqualTo("Better the second time");
        assertThat(c.diary().get(2).file()).isEqualTo("reviews.csv");
        assertThat(c.diary().get(2).review()).isEqualTo("A review of no diary entry");
        assertThat(c.ratings()).singleElement().satisfies(r -> assertThat(r.halfStars()).isEqualTo(10));
        assertThat(c.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("ratings.csv");
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.message()).contains("'7' is not 0.5 to 5 stars");
        });
        assertThat(c.lists()).singleElement().satisfies(l -> {
            assertThat(l.name()).isEqualTo("Best");
            assertThat(l.description()).isEqualTo("Mine");
            assertThat(l.created()).isEqualTo(LocalDate.of(2020, 5, 5));
            assertThat(l.entries()).extracting(LetterboxdArchive.Entry::name).containsExactly("Stalker", "Mirror");
            assertThat(l.entries().get(0).note()).isEqualTo("=SUM(A1)");
        });
        assertThat(c.ignored()).containsExactly("likes/films.csv");
    }

    @Test
    void refusesWhatIsNoZipNamesThatClimbOutTooManyEntriesAndBombs() {
        assertThat(refusal("Date,Name\n".getBytes(StandardCharsets.UTF_8))).isEqualTo(Reason.NOT_ZIP);
        assertThat(refusal(new byte[]{'P', 'K', 3, 4, 0, 0})).isEqualTo(Reason.NOT_ZIP);
        for (String name : new String[]{"../ratings.csv", "lists/../../x.csv", "/etc/passwd", "C:/x.csv", "a\\..\\b.csv"}) {
            assertThat(refusal(LetterboxdArchive.zip(Map.of(name, "x")))).as(name).isEqualTo(Reason.UNSAFE_NAME);
        }
        Map<String, String> eleven = new LinkedHashMap<>();
        for (int i = 0; i < 11; i++) {
            eleven.put("f" + i + ".txt", "");
        }
        assertThat(refusal(LetterboxdArchive.zip(eleven))).isEqualTo(Reason.TOO_MANY_ENTRIES);
        // an ignored entry is counted too: a bomb anywhere stops
        assertThat(refusal(LetterboxdArchive.zip(Map.of("ratings.csv", "Date,Name\n", "junk.bin", "a".repeat(20_000)))))
                .isEqualTo(Reason.TOO_LARGE);
        assertThat(refusal(LetterboxdArchive.zip(Map.of("profile.csv", "x")))).isEqualTo(Reason.NO_LETTERBOXD_FILES);
        assertThat(refusal(raw("ratings.csv", new byte[]{(byte) 0xC3, 0x28}))).isEqualTo(Reason.NOT_UTF8);
    }

    @Test
    void aMalformedFileIsNamedWithItsLine() {
        assertThatThrownBy(() -> LetterboxdArchive.read(LetterboxdArchive.zip(Map.of("watched.csv",
                "Date,Name,Year,Letterboxd URI\n2024-01-01,Fine,1960,\n2024-01-01,\"Open,1960,\n")), LIMITS))
                .isInstanceOfSatisfying(Refused.class, r -> {
                    assertThat(r.reason()).isEqualTo(Reason.MALFORMED);
                    assertThat(r.file()).isEqualTo("watched.csv");
                    assertThat(r.line()).isEqualTo(3);
                    assertThat(r.detail()).isEqualTo("a quoted field is never closed");
                });
    }

    @Test
    void listFileNamesAreUniqueWithinTheArchive() {
        var taken = new java.util.HashSet<String>();
        assertThat(LetterboxdArchiveExport.fileName("Лучшие фильмы!", taken)).isEqualTo("лучшие-фильмы");
        assertThat(LetterboxdArchiveExport.fileName("лучшие  фильмы", taken)).isEqualTo("лучшие-фильмы-2");
        assertThat(LetterboxdArchiveExport.fileName("???", taken)).isEqualTo("list");
    }

    private static Reason refusal(byte[] zip) {
        try {
            LetterboxdArchive.read(zip, LIMITS);
        } catch (Refused e) {
            return e.reason();
        }
        return null;
    }

    private static byte[] raw(String name, byte[] content) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            out.putNextEntry(new ZipEntry(name));
            out.write(content);
            out.closeEntry();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return bytes.toByteArray();
    }
}
