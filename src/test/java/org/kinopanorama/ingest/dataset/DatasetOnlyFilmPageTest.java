package org.kinopanorama.ingest.dataset;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kinopanorama.ingest.IngestService;
import org.kinopanorama.ingest.document.ListDocumentParser;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page of a film only a dataset knows: what it is (directors, year, countries, runtime, studio) at the top in the
 * reader's script, no heading over nothing, names in Latin letters on English pages with the Cyrillic beside them.
 */
@QuarkusTest
@TestProfile(DatasetProfile.class)
class DatasetOnlyFilmPageTest {

    /** A fixture dataset under the tests' import folder (target/test-classes/datasets). */
    static final String NAMES = "soviet-names";
    private static final Pattern CYRILLIC = Pattern.compile("[\\u0400-\\u04FF]");

    @Inject
    DatasetImportJob job;

    @Inject
    IngestService ingest;

    @Inject
    DataSource dataSource;

    private static boolean imported;

    @BeforeEach
    void importOnce() {
        if (!imported) {
            ImportView v = Imports.run(job, DatasetImportJob.SOVIET_CINEMA, NAMES, true);
            assertThat(v.filmsCreated()).isEqualTo(2);
            String list = """
                    These films explore the theme of friendship on the road.

                    Дальний рейс (1976)
                    Description: Two drivers and a long road.
                    Fact: Shot in one summer.
                    """;
            ingest.ingest(new ListDocumentParser().parse("long-road.txt", list.getBytes(StandardCharsets.UTF_8)), "test");
            imported = true;
        }
    }

    @Test
    void inEnglishTheFilmSaysWhatItIsAtTheTopInLatinLetters() throws SQLException {
        String page = given().header("Accept-Language", "en").get("/films/" + film("tikhaya-pristan-1971"))
                .then().statusCode(200).extract().asString();
        String article = article(page);

        assertThat(page).contains("<title>Tikhaya pristan (1971) · Kinopanorama</title>");
        assertThat(article).contains("<h1 id=\"film-title\">Tikhaya pristan <span class=\"film__year\">(1971)</span></h1>")
                .contains("Original title: <span lang=\"ru\">Тихая пристань</span>");
        String summary = summary(article);
        assertThat(summary).contains("Directed by").contains(">Georgy Daneliya <span class=\"original\" lang=\"ru\">Георгий Данелия</span></a>")
                .contains("1971").contains("USSR").contains("92 min").contains(">Mosfilm <span class=\"original\" lang=\"ru\">Мосфильм</span></a>");
        assertThat(article).contains(">Andrzej Wajda <span class=\"original\" lang=\"ru\">Анджей Вайда</span></a>")
                .contains(">Yevgeny Leonov <span class=\"original\" lang=\"ru\">Евгений Леонов</span></a>")
                .containsPattern("<dt>Genres</dt><dd>Drama <span[^<]*</span>, Comedy <span");
        assertThat(withoutRussian(article)).as("no Cyrillic outside lang=\"ru\"").doesNotContainPattern(CYRILLIC);
        assertNoEmptyHeading(article);
        assertThat(article).as("on no list: no heading for lists").doesNotContain("On curated lists");
    }

    @Test
    void inRussianTheSameFactsAreInCyrillic() throws SQLException {
        String article = article(given().header("Accept-Language", "ru").get("/films/" + film("tikhaya-pristan-1971"))
                .then().statusCode(200).extract().asString());

        assertThat(article).contains("<h1 id=\"film-title\">Тихая пристань <span class=\"film__year\">(1971)</span></h1>");
        assertThat(summary(article)).as("one director: the singular").contains("Режиссёр <a href=\"/people/")
                .doesNotContain("Режиссёры").contains(">Георгий Данелия</a>").contains("СССР").contains("92 мин")
                .contains(">Мосфильм</a>");
        assertThat(article).containsPattern("<dt>Жанры</dt><dd>Драма <span[^<]*</span>, Комедия <span")
                .doesNotContain("Tikhaya", "Georgy", "Original title", "Оригинальное название", "lang=\"ru\"");
        assertNoEmptyHeading(article);
    }

    @Test
    void aPersonsPageIsNamedInTheReadersScript() throws SQLException {
        long wajda = id("SELECT id FROM person WHERE source_key = 'wajda-andrzej'");
        long daneliya = id("SELECT id FROM person WHERE source_key = 'daneliya-georgy'");
        assertThat(given().header("Accept-Language", "en").get("/people/" + wajda).asString())
                .contains("<title>Andrzej Wajda · Kinopanorama</title>").contains("Andrzej Wajda <span class=\"original\" lang=\"ru\">Анджей Вайда</span>");
        assertThat(given().header("Accept-Language", "en").get("/people/" + daneliya).asString())
                .contains("<title>Georgy Daneliya · Kinopanorama</title>").contains(">Tikhaya pristan <span class=\"original\" lang=\"ru\">Тихая пристань</span></a>");
        assertThat(given().header("Accept-Language", "ru").get("/people/" + daneliya).asString())
                .contains("<title>Георгий Данелия · Кинопанорама</title>").doesNotContain("Georgy");
    }

    @Test
    void aYearTheSourcesDisagreeOnIsShownOnce() throws SQLException {
        String article = article(given().header("Accept-Language", "en").get("/films/" + film("dalny-reys-1975"))
                .then().statusCode(200).extract().asString());

        assertThat(count(article, "Sources disagree on the year")).isEqualTo(1);
        assertThat(article).contains("1975 (Soviet Bloc Cinema Data)").contains("1976 (");
        assertThat(article).doesNotContain("Sources disagree:");
    }

    private static void assertNoEmptyHeading(String html) {
        assertThat(html).doesNotContainPattern("</h2>\\s*</section>").doesNotContainPattern("<h2[^>]*>\\s*</h2>")
                .doesNotContainPattern("<dl class=\"credits\">\\s*</dl>");
    }

    private static String article(String page) {
        Matcher m = Pattern.compile("(?s)<article class=\"film\".*?</article>|<article aria-labelledby=\"person-title\".*?</article>").matcher(page);
        assertThat(m.find()).as("the page has its article").isTrue();
        return m.group();
    }

    private static String summary(String article) {
        Matcher m = Pattern.compile("(?s)<p class=\"film__summary\".*?</p>").matcher(article);
        assertThat(m.find()).as("the summary line at the top").isTrue();
        return m.group();
    }

    /** The text with every element marked lang="ru" taken out. */
    private static String withoutRussian(String html) {
        return html.replaceAll("(?s)<(span|p|a)[^>]*lang=\"ru\"[^>]*>.*?</\\1>", "");
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    private long film(String record) throws SQLException {
        return id("SELECT film_id FROM dataset_record WHERE source = 'sbc' AND record_id = '" + record + "'");
    }

    private long id(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            assertThat(r.next()).as(sql).isTrue();
            return r.getLong(1);
        }
    }
}
