package org.kinopanorama.ingest.document;

import org.kinopanorama.ingest.Documents;
import org.kinopanorama.ingest.IngestReport;
import org.kinopanorama.ingest.IngestService;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.kinopanorama.account.TestCurator;
import org.kinopanorama.account.Visitor;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A list written in Russian gets its central theme and its films' themes; a list whose theme cannot be found is
 * still ingested, and says so; a Markdown heading becomes the list's title.
 */
@QuarkusTest
class RussianListDocumentTest {

    @Inject
    IngestService ingest;

    @Inject
    AgroalDataSource db;

    private final ListDocumentParser parser = new ListDocumentParser();

    /** Russian titles with a number of their own, so that they are new films. */
    private static String russianLoveList(long n) {
        return """
                Эта подборка посвящена любви — первой, трудной, неразделённой и счастливой.
                Советское кино говорило о ней тихо, но честно.

                Весенняя встреча %1$d (1961)
                Description: Двое встречаются на вокзале, и их любовь сильнее расстояний.
                Fact: Фильм снимали в Ленинграде.

                Письмо с фронта %1$d (1964)
                Description: Девушка ждёт солдата с войны и хранит верность его любви.
                Fact: Картина шла в прокате два года.

                Осенний вальс %1$d (1978)
                Description: Немолодой инженер влюбляется в коллегу, но не решается признаться.
                Fact: Музыку написал известный композитор.
                """.formatted(n);
    }

    @Test
    void aRussianListGetsItsCentralThemeAndFilmThemes() throws Exception {
        long n = System.nanoTime();
        String name = Documents.uniqueName("russian-love");
        IngestReport report = ingest.ingest(parser.parse(name, Documents.utf8(russianLoveList(n))), "test");

        assertThat(report.centralTheme()).isEqualTo("Love");
        assertThat(report.centralThemeWords()).isEqualTo("посвящена любви");
        assertThat(report.listTitle()).isEqualTo("Любовь в советском кино");
        assertThat(report.warnings()).noneMatch(w -> w.contains("No central theme"));
        assertThat(report.entries()).hasSize(3).allSatisfy(e -> assertThat(e.themes()).anyMatch(t -> t.startsWith("Love ")));

        assertThat(strings("""
                SELECT t.slug FROM film_theme ft JOIN theme t ON t.id = ft.theme_id JOIN film f ON f.id = ft.film_id
                WHERE f.title = ? ORDER BY t.slug""", "Письмо с фронта " + n)).contains("love", "war", "loyalty-and-trust");
        assertThat(strings("""
                SELECT t.slug FROM film_theme ft JOIN theme t ON t.id = ft.theme_id JOIN film f ON f.id = ft.film_id
                WHERE f.title = ? ORDER BY t.slug""", "Осенний вальс " + n)).contains("love", "music");
    }

    @Test
    void aListWithoutACentralThemeIsIngestedAndSaysWhatItLookedFor() {
        long n = System.nanoTime();
        String name = Documents.uniqueName("no-theme");
        String doc = russianLoveList(n).replace("Эта подборка посвящена любви — первой, трудной, неразделённой и счастливой.",
                "Двенадцать вечеров, двенадцать фильмов.").replace("говорило о ней", "говорило");
        IngestReport report = ingest.ingest(parser.parse(name, Documents.utf8(doc)), "test");

        assertThat(report.outcome()).isEqualTo(IngestReport.Outcome.CREATED);
        assertThat(report.entries()).hasSize(3);
        assertThat(report.centralTheme()).isNull();
        assertThat(report.warnings()).first().asString().startsWith("No central theme found in the introduction")
                .contains("«тема …»", "«о / об / про …»", "the theme of");
        assertThat(report.entries().get(1).themes()).as("films are still tagged from their descriptions")
                .anyMatch(t -> t.startsWith("War "));
    }

    @Test
    void theCuratorsPreviewSaysPlainlyThatNoCentralThemeWasFound() {
        Visitor curator = new Visitor();
        assertThat(curator.signIn(TestCurator.USERNAME, TestCurator.PASSWORD).statusCode()).isEqualTo(303);
        curator.get("/curate");
        String doc = "Films we watched this winter.\n\nThe Winter Evening %d (1970)\nDescription: A quiet evening.\nFact: Shot in Riga.\n"
                .formatted(System.nanoTime());
        Response preview = curator.request().multiPart("csrf", curator.csrfToken())
                .multiPart("document", Documents.uniqueName("winter"), Documents.utf8(doc), "text/plain").post("/curate/preview");

        assertThat(preview.statusCode()).isEqualTo(200);
        assertThat(preview.asString()).contains("No central theme found in the introduction")
                .contains("It found no word of the theme vocabulary").contains("Import this list");
    }

    @Test
    void aMarkdownHeadingBecomesTheListsTitle() throws Exception {
        long n = System.nanoTime();
        String name = Documents.uniqueName("markdown").replace(".txt", ".md");
        String doc = "# Любимые фильмы моей бабушки\n\n" + russianLoveList(n);
        IngestReport report = ingest.ingest(parser.parse(name, Documents.utf8(doc)), "test");

        assertThat(report.listTitle()).isEqualTo("Любимые фильмы моей бабушки");
        assertThat(strings("SELECT introduction FROM curated_list WHERE source_name = ?", name)).singleElement().asString()
                .startsWith("Эта подборка посвящена любви").doesNotContain("#");
        assertThat(report.centralTheme()).isEqualTo("Love");
    }

    private List<String> strings(String sql, String param) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, param);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(r.getString(1));
                }
            }
        }
        return out;
    }
}
