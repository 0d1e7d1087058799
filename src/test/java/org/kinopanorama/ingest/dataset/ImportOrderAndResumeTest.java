package org.kinopanorama.ingest.dataset;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.kinopanorama.Sql;
import org.kinopanorama.ingest.IngestService;
import org.kinopanorama.ingest.document.ListDocumentParser;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Curated list then datasets, or datasets then the list: the same film. And an import cancelled or
 * interrupted (a crash) continues from its cursor.
 */
@QuarkusTest
@TestProfile(DatasetProfile.class)
class ImportOrderAndResumeTest {

    private static final String LATIN = "abdklmnoprstu";
    private static final String CYRILLIC = "абдклмнопрсту";

    @Inject
    DatasetImportJob job;

    @Inject
    IngestService ingest;

    @Inject
    DataSource dataSource;

    /** A made-up word written in both scripts, so that the BGN transliteration of one is the other. */
    private static String[] word() {
        StringBuilder l = new StringBuilder();
        StringBuilder c = new StringBuilder();
        for (int i = 0; i < 9; i++) {
            int k = ThreadLocalRandom.current().nextInt(LATIN.length());
            l.append(LATIN.charAt(k));
            c.append(CYRILLIC.charAt(k));
        }
        return new String[] {l.toString(), c.toString()};
    }

    private record Scenario(String english, String[] word, String imdb) {
        FilmRecord soviet() {
            Map<String, List<String>> t = new LinkedHashMap<>();
            t.put("title_ru", List.of("Сказка о " + word[1]));
            return new FilmRecord("sbc", "order-" + word[0], "c1", "films/order-" + word[0] + ".yaml", t, 1976,
                    Map.of("imdb", imdb), Map.of("country", List.of("SU")), List.of(), List.of(), List.of(), List.of());
        }

        FilmRecord movielens() {
            Map<String, List<String>> t = new LinkedHashMap<>();
            t.put("title_en", List.of(english));
            t.put("title_alt", List.of("Skazka o " + word[0]));
            return new FilmRecord("movielens", "order-" + word[0], "c1", "movies.csv", t, 1975, Map.of("imdb", imdb),
                    Map.of(), List.of(), List.of(), List.of(new FilmRecord.Genre("comedy", "Comedy")), List.of());
        }

        byte[] list() {
            return ("""
                    Films about tales.

                    %s (1975)
                    Description: A tale told at New Year.
                    Fact: Made for the test.
                    """.formatted(english)).getBytes(StandardCharsets.UTF_8);
        }
    }

    private Scenario scenario() {
        String[] w = word();
        return new Scenario("The Tale of " + Character.toUpperCase(w[0].charAt(0)) + w[0].substring(1), w,
                "tt9" + ThreadLocalRandom.current().nextInt(100000, 999999));
    }

    @Test
    void listThenDatasetsAndDatasetsThenListGiveTheSameFilm() throws Exception {
        Scenario a = scenario();
        ingest.ingest(new ListDocumentParser(1_000_000).parse("order-" + a.word[0] + ".txt", a.list()), "test");
        link(a.soviet());
        link(a.movielens());

        Scenario b = scenario();
        link(b.soviet());
        link(b.movielens());
        ingest.ingest(new ListDocumentParser(1_000_000).parse("order-" + b.word[0] + ".txt", b.list()), "test");

        Scenario c = scenario(); // the Soviet dataset, the list, then MovieLens, which shows the two films are one
        link(c.soviet());
        ingest.ingest(new ListDocumentParser(1_000_000).parse("order-" + c.word[0] + ".txt", c.list()), "test");
        link(c.movielens());

        assertThat(shape(b)).isEqualTo(shape(a));
        assertThat(shape(c)).isEqualTo(shape(a));
        assertThat(shape(a)).containsEntry("films", "1").containsEntry("shown", "The Tale of X 1975")
                .containsEntry("years", "1975 movielens, 1976 sbc");
    }

    /** What a reader would see of the scenario's film, with its made-up word replaced by X. */
    private Map<String, String> shape(Scenario s) throws Exception {
        Map<String, String> out = new HashMap<>();
        String films = "(SELECT film_id FROM film_external_id WHERE value = '" + s.imdb + "')";
        out.put("films", one("SELECT count(DISTINCT film_id) FROM film_title WHERE title IN ('" + s.english + "', 'Сказка о " + s.word[1] + "')"));
        out.put("shown", one("SELECT title || ' ' || year FROM film WHERE id IN " + films));
        out.put("titles", one("SELECT string_agg(title, ' | ' ORDER BY title) FROM film_title WHERE film_id IN " + films));
        out.put("years", one("SELECT string_agg(value || ' ' || source, ', ' ORDER BY source) FROM film_claim WHERE field = 'year' AND film_id IN " + films));
        out.put("themes", one("SELECT string_agg(t.slug, ',' ORDER BY t.slug) FROM film_theme ft JOIN theme t ON t.id = ft.theme_id WHERE ft.film_id IN " + films));
        out.put("lists", one("SELECT count(*) FROM list_entry WHERE film_id IN " + films));
        String cap = Character.toUpperCase(s.word[0].charAt(0)) + s.word[0].substring(1);
        out.replaceAll((k, v) -> v == null ? null : v.replace(cap, "X").replace(s.word[0], "x").replace(s.word[1], "x"));
        return out;
    }

    @Test
    void aCancelledImportResumesFromItsCursorAndAnInterruptedOneToo() throws Exception {
        Path dir = Files.createTempDirectory(Imports.IMPORT_DIR, "sbc-resume");
        String name = dir.getFileName().toString(); // as a curator names it: inside the import folder
        Files.createDirectories(dir.resolve("films"));
        String[] w = word();
        for (int i = 0; i < 12; i++) {
            Files.writeString(dir.resolve("films/f" + (10 + i) + ".yaml"), """
                    id: resume-%1$s-%2$d
                    title_ru: Лента %3$s %2$d
                    year: %4$d
                    country: [SU]
                    external_ids: {wikidata: Q8%2$d%5$s}
                    """.formatted(w[0], i, w[1], 1960 + i, Math.abs(w[0].hashCode())));
        }
        long id = job.start(DatasetImportJob.SOVIET_CINEMA, name, null, false, "test");
        job.cancel(id);
        ImportView cancelled = Imports.await(job, id);
        assertThat(cancelled.status()).isEqualTo("cancelled");
        assertThat(cancelled.done()).isLessThan(12);
        int before = Integer.parseInt(one("SELECT count(*) FROM dataset_record WHERE record_id LIKE 'resume-" + w[0] + "-%'"));
        assertThat(before).isEqualTo(cancelled.done());

        job.resume(id);
        ImportView resumed = Imports.await(job, id);
        assertThat(resumed.status()).isEqualTo("done");
        assertThat(resumed.filmsCreated()).isEqualTo(12);
        assertThat(one("SELECT count(*) FROM dataset_record WHERE record_id LIKE 'resume-" + w[0] + "-%'")).isEqualTo("12");

        // a crash: the row says running, 8 films committed; the next runner continues with the 9th file
        String[] v = word();
        for (int i = 0; i < 12; i++) {
            Files.writeString(dir.resolve("films/f" + (10 + i) + ".yaml"), """
                    id: crash-%1$s-%2$d
                    title_ru: Лента %3$s %2$d
                    year: %4$d
                    country: [SU]
                    external_ids: {wikidata: Q7%2$d%5$s}
                    """.formatted(v[0], i, v[1], 1960 + i, Math.abs(v[0].hashCode())));
        }
        long crashed = job.start(DatasetImportJob.SOVIET_CINEMA, name, null, false, "test");
        Imports.await(job, crashed);
        // pretend it had died after 8 films: forget the last 4, put the cursor back, mark it running
        execute("DELETE FROM film WHERE id IN (SELECT film_id FROM dataset_record WHERE record_id IN ('crash-" + v[0] + "-8', 'crash-"
                + v[0] + "-9', 'crash-" + v[0] + "-10', 'crash-" + v[0] + "-11'))");
        execute("UPDATE dataset_import SET status = 'running', cursor = 'films:8', done = 8 WHERE id = " + crashed);
        job.kick();
        ImportView again = Imports.await(job, crashed);
        assertThat(again.status()).isEqualTo("done");
        assertThat(one("SELECT count(*) FROM dataset_record WHERE record_id LIKE 'crash-" + v[0] + "-%'")).isEqualTo("12");
    }

    private void link(FilmRecord r) throws Exception {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (FilmLinker linker = new FilmLinker(c, new HashMap<>(), new HashMap<>())) {
                linker.link(r, true, null);
                linker.finish();
            }
            c.commit();
        }
    }

    private String one(String sql) throws Exception {
        return Sql.one(dataSource, sql);
    }

    private void execute(String sql) throws Exception {
        Sql.update(dataSource, sql);
    }
}
