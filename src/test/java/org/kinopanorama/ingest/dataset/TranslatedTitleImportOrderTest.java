package org.kinopanorama.ingest.dataset;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.kinopanorama.Sql;
import org.kinopanorama.catalog.identity.ProbableDuplicates;
import org.kinopanorama.ingest.IngestReport;
import org.kinopanorama.ingest.IngestService;
import org.kinopanorama.ingest.document.ListDocumentParser;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A curated list names films in English only, the Soviet dataset in Russian only, and nothing names a person: the
 * titles that translate each other word for word are one film, in either order (the dataset's import or the list's
 * ingest merges), with both titles; a film two years off, or with a rival of the same translation, is not merged.
 */
@QuarkusTest
@TestProfile(DatasetProfile.class)
class TranslatedTitleImportOrderTest {

    @Inject
    DatasetImportJob job;

    @Inject
    IngestService ingest;

    @Inject
    DataSource dataSource;

    /** Three films: the Quiet Dawns of X (one record, 1972), the Fall of Y (1950, the dataset says 1952), the Star of Z (two records). */
    private record Scenario(String[] x, String[] y, String[] z) {
        String dawns() {
            return "The Quiet Dawns of " + x[0];
        }

        String zori() {
            return "Тихие зори " + x[1];
        }

        byte[] list() {
            return """
                    Soviet films, in English.

                    %s (1972)
                    Description: A war drama in the north.
                    Fact: Shot in Karelia.

                    The Fall of %s (1950)
                    Description: An epic.
                    Fact: Expensive.

                    The Star of %s (1949)
                    Description: Scouts behind the lines.
                    Fact: Released later.
                    """.formatted(dawns(), y[0], z[0]).getBytes(StandardCharsets.UTF_8);
        }

        Path soviet() throws Exception {
            Path dir = Files.createTempDirectory(Files.createDirectories(Imports.IMPORT_DIR), "sbc-translated");
            Files.createDirectories(dir.resolve("films"));
            film(dir, "zori-" + x[0].toLowerCase(), zori(), 1972);
            film(dir, "padenie-" + y[0].toLowerCase(), "Падение " + y[1], 1952);
            film(dir, "zvezda-" + z[0].toLowerCase() + "-1949", "Звезда " + z[1], 1949);
            film(dir, "zvezda-" + z[0].toLowerCase() + "-1950", "Звезда " + z[1], 1950);
            return dir;
        }

        private static void film(Path dir, String id, String title, int year) throws Exception {
            Files.writeString(dir.resolve("films/" + id + ".yaml"), """
                    id: %s
                    title_ru: %s
                    year: %d
                    country: [SU]
                    external_ids: {}
                    """.formatted(id, title, year));
        }
    }

    private static Scenario scenario() {
        return new Scenario(MadeUpWords.capitalised(9), MadeUpWords.capitalised(9), MadeUpWords.capitalised(9));
    }

    @Test
    void theListFirstOrTheDatasetFirstGiveOneFilmWithBothTitles() throws Exception {
        Scenario a = scenario(); // the list, then the dataset (whose import merges)
        IngestReport listA = list(a);
        assertThat(listA.warnings()).noneMatch(w -> w.startsWith("Merged automatically"));
        ImportView sovietA = Imports.run(job, DatasetImportJob.SOVIET_CINEMA, Imports.IMPORT_DIR, a.soviet(), false);
        assertThat(sovietA.log()).anyMatch(l -> l.message().contains("merged automatically: " + a.zori() + " (1972) is " + a.dawns())
                && l.message().contains("the titles translate each other: quiet = тихие, dawns = зори"));
        assertOneFilmAndTheOthersNot(a);

        Scenario b = scenario(); // the dataset, then the list (whose ingest merges)
        Imports.run(job, DatasetImportJob.SOVIET_CINEMA, Imports.IMPORT_DIR, b.soviet(), false);
        IngestReport listB = list(b);
        assertThat(listB.warnings()).anyMatch(w -> w.startsWith("Merged automatically: " + b.zori() + " (1972) is " + b.dawns()));
        assertOneFilmAndTheOthersNot(b);
    }

    private void assertOneFilmAndTheOthersNot(Scenario s) throws Exception {
        List<Long> dawns = Sql.longs(dataSource, "SELECT DISTINCT film_id FROM film_title WHERE title IN (?, ?)", s.dawns(), s.zori());
        assertThat(dawns).hasSize(1);
        // both titles stay, the list's shown to an English reader, the dataset's to a Russian one
        assertThat(Sql.strings(dataSource, "SELECT title FROM film_title WHERE film_id = ? ORDER BY title", dawns.get(0)))
                .containsExactly(s.dawns(), s.zori());
        assertThat(Sql.one(dataSource, "SELECT title || ' ' || year FROM film WHERE id = ?", dawns.get(0))).isEqualTo(s.dawns() + " 1972");
        assertThat(Sql.count(dataSource, "SELECT count(*) FROM dataset_record WHERE film_id = ?", dawns.get(0))).isEqualTo(1);
        // two years apart: two films, not even proposed
        assertThat(Sql.count(dataSource, "SELECT count(DISTINCT film_id) FROM film_title WHERE title IN (?, ?)",
                "The Fall of " + s.y[0], "Падение " + s.y[1])).isEqualTo(2);
        // two films of that title a year apart: rivals, both proposed, neither merged
        assertThat(Sql.count(dataSource, "SELECT count(DISTINCT film_id) FROM film_title WHERE title IN (?, ?)",
                "The Star of " + s.z[0], "Звезда " + s.z[1])).isEqualTo(3);
        try (Connection c = dataSource.getConnection()) {
            List<ProbableDuplicates.Pair> star = ProbableDuplicates.find(c, null).stream()
                    .filter(p -> p.textTitle().equals("The Star of " + s.z[0])).toList();
            assertThat(star).hasSize(2).allSatisfy(p -> {
                assertThat(p.strong()).isFalse();
                assertThat(p.evidence()).contains("not merged automatically: a rival candidate")
                        .anyMatch(e -> e.startsWith("the titles translate each other: star = звезда"));
            });
            assertThat(ProbableDuplicates.find(c, null)).noneMatch(p -> p.textTitle().equals("The Fall of " + s.y[0]));
        }
    }

    private IngestReport list(Scenario s) {
        return ingest.ingest(new ListDocumentParser(1_000_000).parse("translated-" + s.x[0] + ".txt", s.list()), "test");
    }
}
