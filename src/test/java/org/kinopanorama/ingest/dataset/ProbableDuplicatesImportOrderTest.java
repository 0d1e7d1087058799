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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A curated list names a film in English and says who directed it; the Soviet dataset has the film under its
 * Russian title with those directors, a year apart; MovieLens knows it by IMDb id. Whatever the order of the
 * three imports, the catalogue ends with one film (merged automatically, logged where the second import
 * reports), and a pair whose only link is a cast member is proposed, not merged.
 */
@QuarkusTest
@TestProfile(DatasetProfile.class)
class ProbableDuplicatesImportOrderTest {

    private static final String LATIN = "abdklmnoprstu";
    private static final String CYRILLIC = "абдклмнопрсту";

    @Inject
    DatasetImportJob job;

    @Inject
    IngestService ingest;

    @Inject
    DataSource dataSource;

    /** A made-up word in both scripts (the BGN romanisation of one is the other), capitalised. */
    private static String[] word() {
        StringBuilder l = new StringBuilder();
        StringBuilder c = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            int k = ThreadLocalRandom.current().nextInt(LATIN.length());
            l.append(LATIN.charAt(k));
            c.append(CYRILLIC.charAt(k));
        }
        return new String[] {Character.toUpperCase(l.charAt(0)) + l.substring(1), Character.toUpperCase(c.charAt(0)) + c.substring(1)};
    }

    private record Scenario(String[] title, String[] director1, String[] director2, String[] actor, String[] quiet, String imdb, int ml) {
        String listTitle() {
            return "The Run of " + title[0];
        }

        String russianTitle() {
            return "Побег " + title[1];
        }

        String quietList() {
            return "Quiet " + quiet[0];
        }

        String quietRussian() {
            return "Тишина " + quiet[1];
        }

        byte[] list() {
            return """
                    Films about flight and escape.

                    %s (1970)
                    Description: An escape across the sea, remembered.
                    Fact: The film was directed by Alexander %s and Vladimir %s.

                    %s (1972)
                    Description: A quiet village in wartime.
                    Fact: It made a star of Olga %s.
                    """.formatted(listTitle(), director1[0], director2[0], quietList(), actor[0]).getBytes(StandardCharsets.UTF_8);
        }

        Path soviet() throws Exception {
            Path dir = Files.createTempDirectory(Files.createDirectories(Imports.IMPORT_DIR), "sbc-dup");
            Files.createDirectories(dir.resolve("films"));
            Files.createDirectories(dir.resolve("people"));
            Files.writeString(dir.resolve("films/run-" + title[0].toLowerCase() + ".yaml"), """
                    id: run-%1$s
                    title_ru: %2$s
                    year: 1971
                    country: [SU]
                    external_ids: {imdb: %3$s}
                    director: [%4$s-aleksandr, %5$s-vladimir]
                    """.formatted(title[0].toLowerCase(), russianTitle(), imdb, director1[0].toLowerCase(), director2[0].toLowerCase()));
            Files.writeString(dir.resolve("films/quiet-" + quiet[0].toLowerCase() + ".yaml"), """
                    id: quiet-%1$s
                    title_ru: %2$s
                    year: 1972
                    country: [SU]
                    cast:
                    - person: %3$s-olga
                    """.formatted(quiet[0].toLowerCase(), quietRussian(), actor[0].toLowerCase()));
            person(dir, director1[0].toLowerCase() + "-aleksandr", "Александр " + director1[1]);
            person(dir, director2[0].toLowerCase() + "-vladimir", "Владимир " + director2[1]);
            person(dir, actor[0].toLowerCase() + "-olga", "Ольга " + actor[1]);
            return dir;
        }

        Path movielens() throws Exception {
            Path dir = Files.createTempDirectory(Files.createDirectories(Imports.IMPORT_DIR), "ml-dup");
            Files.writeString(dir.resolve("movies.csv"), "movieId,title,genres\n" + ml + ",Escape of " + title[0] + " (1971),Drama\n");
            Files.writeString(dir.resolve("links.csv"), "movieId,imdbId,tmdbId\n" + ml + "," + imdb.substring(2) + ",\n");
            Files.writeString(dir.resolve("ratings.csv"), "userId,movieId,rating,timestamp\n");
            Files.writeString(dir.resolve("tags.csv"), "userId,movieId,tag,timestamp\n");
            return dir;
        }

        private static void person(Path dir, String key, String name) throws Exception {
            Files.writeString(dir.resolve("people/" + key + ".yaml"), "id: " + key + "\nname_ru: " + name + "\nroles: [director]\nexternal_ids: {}\n");
        }
    }

    private static Scenario scenario() {
        return new Scenario(word(), word(), word(), word(), word(), "tt8" + ThreadLocalRandom.current().nextInt(100000, 999999),
                900000 + ThreadLocalRandom.current().nextInt(90000));
    }

    @Test
    void threeImportOrdersGiveTheSameFilmsAndTheSameMerges() throws Exception {
        Scenario a = scenario(); // the list, then the Soviet dataset (which merges), then MovieLens
        IngestReport listA = list(a);
        assertThat(listA.warnings()).noneMatch(w -> w.startsWith("Merged automatically"));
        ImportView sovietA = Imports.run(job, DatasetImportJob.SOVIET_CINEMA, Imports.IMPORT_DIR, a.soviet(), false);
        assertThat(sovietA.log()).anyMatch(l -> l.message().contains("merged automatically: " + a.russianTitle() + " (1971) is " + a.listTitle()));
        Imports.run(job, DatasetImportJob.MOVIELENS, Imports.IMPORT_DIR, a.movielens(), false);

        Scenario b = scenario(); // the Soviet dataset, the list (which merges), MovieLens
        Imports.run(job, DatasetImportJob.SOVIET_CINEMA, Imports.IMPORT_DIR, b.soviet(), false);
        IngestReport listB = list(b);
        assertThat(listB.warnings()).anyMatch(w -> w.startsWith("Merged automatically: " + b.russianTitle() + " (1971) is " + b.listTitle())
                && w.contains("director Александр " + b.director1[1]));
        Imports.run(job, DatasetImportJob.MOVIELENS, Imports.IMPORT_DIR, b.movielens(), false);

        Scenario c = scenario(); // both datasets, then the list
        Imports.run(job, DatasetImportJob.SOVIET_CINEMA, Imports.IMPORT_DIR, c.soviet(), false);
        Imports.run(job, DatasetImportJob.MOVIELENS, Imports.IMPORT_DIR, c.movielens(), false);
        list(c);

        Map<String, String> shape = shape(a);
        assertThat(shape(b)).isEqualTo(shape);
        assertThat(shape(c)).isEqualTo(shape);
        assertThat(shape).containsEntry("films", "1").containsEntry("shown", "The Run of X 1970")
                .containsEntry("merges", "1 automatic").containsEntry("quiet films", "2")
                .containsEntry("imdb films", "1");
        assertThat(shape.get("quiet pair")).contains("named in the list's text: cast Ольга X").contains("one named only in Latin letters");
    }

    private IngestReport list(Scenario s) {
        return ingest.ingest(new ListDocumentParser(1_000_000).parse("dup-" + s.title[0] + ".txt", s.list()), "test");
    }

    /** What a curator would see of the scenario, its made-up words replaced by X. */
    private Map<String, String> shape(Scenario s) throws Exception {
        Map<String, String> out = new LinkedHashMap<>();
        String films = "(SELECT film_id FROM film_title WHERE title IN ('" + s.listTitle() + "', '" + s.russianTitle() + "', 'Escape of " + s.title[0] + "'))";
        out.put("films", one("SELECT count(DISTINCT film_id) FROM film_title WHERE film_id IN " + films));
        out.put("imdb films", one("SELECT count(*) FROM film_external_id WHERE value = '" + s.imdb + "'"));
        out.put("shown", one("SELECT string_agg(title || ' ' || year, ', ') FROM film WHERE id IN " + films));
        out.put("titles", one("SELECT string_agg(title, ' | ' ORDER BY title) FROM film_title WHERE film_id IN " + films));
        out.put("lists", one("SELECT count(*) FROM list_entry WHERE film_id IN " + films));
        out.put("merges", one("SELECT count(*) || ' automatic' FROM film_merge "
                + "WHERE undone_at IS NULL AND automatic AND kept_id IN " + films));
        out.put("quiet films", one("SELECT count(DISTINCT film_id) FROM film_title WHERE title IN ('" + s.quietList() + "', '" + s.quietRussian() + "')"));
        try (Connection c = dataSource.getConnection()) {
            List<ProbableDuplicates.Pair> pairs = ProbableDuplicates.find(c, null);
            out.put("quiet pair", pairs.stream().filter(p -> p.textTitle().equals(s.quietList()) && p.otherTitle().equals(s.quietRussian()))
                    .map(p -> p.scoreText() + " " + p.strong() + " " + p.evidence()).findFirst().orElse(null));
        }
        out.replaceAll((k, v) -> v == null ? null : v.replace(s.title[0], "X").replace(s.title[1], "X").replace(s.quiet[0], "X")
                .replace(s.quiet[1], "X").replace(s.actor[1], "X"));
        return out;
    }

    private String one(String sql) throws Exception {
        return Sql.one(dataSource, sql);
    }
}
