package org.kinopanorama.ingest.dataset;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kinopanorama.poster.PostersOffProfile;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Full credits, "based on" and "where to watch" on the film page, and filmographies by role with "on screen" on the
 * person page, after importing the credits fixture ({@code datasets/soviet-credits}) into a real PostgreSQL.
 */
@QuarkusTest
@TestProfile(PostersOffProfile.class)
class FullCreditsPageTest {

    static final String CREDITS = "soviet-credits";

    @Inject
    DatasetImportJob job;

    @Inject
    DataSource dataSource;

    private ImportView imported;

    @BeforeEach
    void importTheFixture() {
        imported = Imports.run(job, DatasetImportJob.SOVIET_CINEMA, CREDITS, false);
        assertThat(imported.status()).isEqualTo("done");
    }

    @Test
    void theFilmPageListsTheFullCreditsWithTheCastInBillingOrderAndTheRestBehindAControl() throws SQLException {
        String article = article(given().header("Accept-Language", "en").get("/films/" + film("chayka-1972"))
                .then().statusCode(200).extract().asString());
        String credits = section(article, "film__credits");
        assertThat(credits).contains("<h2 id=\"credits-title\">Credits</h2>")
                .contains("<dt>Cinematography</dt>").contains("href=\"/people/" + person("shumskiy-mikhail") + "\"")
                .contains("<dt>Music</dt>").contains("href=\"/people/" + person("schnittke-alfred") + "\"")
                .contains("<dt>Director</dt>").contains("<dt>Screenplay</dt>").contains("<dt>Studio</dt>");
        // the first ten in billing order, the two others behind "2 more"
        Matcher cast = Pattern.compile("(?s)<dd class=\"credits__cast\"><ol class=\"cast\">(.*?)</ol>\\s*<details class=\"cast__rest\">"
                + "<summary>2 more</summary><ol class=\"cast\" start=\"11\">(.*?)</ol></details>").matcher(credits);
        assertThat(cast.find()).as("cast list then the rest in <details>: %s", credits).isTrue();
        assertThat(count(cast.group(1), "<li>")).isEqualTo(10);
        assertThat(cast.group(1).indexOf("/people/" + person("vasileva-alla") + "\""))
                .isLessThan(cast.group(1).indexOf("/people/" + person("yakovleva-lyudmila") + "\""));
        assertThat(cast.group(2)).contains("/people/" + person("efremov-oleg") + "\"").contains("/people/" + person("smoktunovskiy-innokentiy") + "\"");
    }

    @Test
    void basedOnNamesTheWorkAndLinksItsAuthorsPageInBothLanguages() throws SQLException {
        long chekhov = person("chekhov-anton");
        String en = article(given().header("Accept-Language", "en").get("/films/" + film("chayka-1972")).asString());
        assertThat(en).containsPattern("<p class=\"film__based-on\">Based on <span class=\"based-on\">“<span lang=\"ru\">Чайка</span>” \\(1895\\) by "
                + "<a href=\"/people/" + chekhov + "\">Anton Chekhov");
        String ru = article(given().header("Accept-Language", "ru").get("/films/" + film("chayka-1972")).asString());
        assertThat(ru).contains("По произведению <span class=\"based-on\">«<span>Чайка</span>» (1895) — <a href=\"/people/" + chekhov + "\">Антон Чехов</a>")
                .contains("Над фильмом работали").contains("Композитор").contains("Оператор");
    }

    @Test
    void aYoutubeIdIsAPlainLinkAndNothingIsLoadedFromYoutube() throws SQLException {
        String page = given().header("Accept-Language", "en").get("/films/" + film("chayka-1972")).asString();
        assertThat(page).contains("<a class=\"watch-link\" href=\"https://www.youtube.com/watch?v=Ab3_-9zZq1x\" rel=\"external noopener noreferrer\">Watch on YouTube</a>")
                .doesNotContain("<iframe").doesNotContain("youtube.com/embed").doesNotContain("ytimg")
                .doesNotContainPattern("<(script|img|link|iframe)[^>]+youtube");
        // the film databases' ids are links named by their site
        assertThat(page).contains("href=\"https://www.imdb.com/title/tt0068349/\" rel=\"external noopener noreferrer\">IMDb tt0068349</a>")
                .contains("href=\"https://www.themoviedb.org/movie/104945\"").contains("href=\"https://www.wikidata.org/wiki/Q4506135\"");
        String ru = given().header("Accept-Language", "ru").get("/films/" + film("chayka-1972")).asString();
        assertThat(ru).contains(">Смотреть на YouTube</a>").contains("Где смотреть");
    }

    @Test
    void aYoutubeIdOfAnotherShapeIsReportedWithItsFileAndNeverLinked() throws SQLException {
        ImportView first = job.find(firstImport(), 100).orElseThrow();
        assertThat(first.log()).anySatisfy(l -> {
            assertThat(l.level()).isEqualTo("warning");
            assertThat(l.file()).isEqualTo("films/dyadya-vanya-1970.yaml");
            assertThat(l.message()).startsWith("external_ids.youtube 'javascript:alert(1)' is not a YouTube video id");
        }).anySatisfy(l -> {
            assertThat(l.file()).isEqualTo("films/bad-youtube-1971.yaml");
            assertThat(l.message()).contains("external_ids.youtube 'abc/def?g=h'");
        }).anySatisfy(l -> {
            assertThat(l.file()).isEqualTo("references/no-film.yaml");
            assertThat(l.message()).isEqualTo("no source_film");
        });
        // a film of another country is not taken, and its bad id is not reported either
        assertThat(first.log()).noneSatisfy(l -> assertThat(l.file()).isEqualTo("films/short-youtube-1973.yaml"));
        assertThat(strings("SELECT value FROM film_external_id WHERE kind = 'youtube'")).containsExactly("Ab3_-9zZq1x");
        for (String id : List.of("dyadya-vanya-1970", "bad-youtube-1971")) {
            String page = given().get("/films/" + film(id)).then().statusCode(200).extract().asString();
            assertThat(page).doesNotContain("youtube").doesNotContain("javascript:").doesNotContain("watch-link");
        }
    }

    @Test
    void anAuthorsPageShowsTheirWorkOnScreenByYearAndAComposersPageTheirFilmsByRole() throws SQLException {
        long chekhov = person("chekhov-anton");
        String en = given().header("Accept-Language", "en").get("/people/" + chekhov).then().statusCode(200).extract().asString();
        Matcher onScreen = Pattern.compile("(?s)<h2 id=\"on-screen-title\">Anton Chekhov on screen</h2>(.*?)</section>").matcher(en);
        assertThat(onScreen.find()).as(en).isTrue();
        String list = onScreen.group(1);
        int vanya = list.indexOf("/films/" + film("dyadya-vanya-1970") + "\"");
        int chayka = list.indexOf("/films/" + film("chayka-1972") + "\"");
        assertThat(vanya).as("1970 before 1972").isPositive().isLessThan(chayka);
        assertThat(list).contains("“<span lang=\"ru\">Дядя Ваня</span>” (1897)");
        assertThat(given().header("Accept-Language", "ru").get("/people/" + chekhov).asString()).contains("Антон Чехов на экране");

        String composer = given().header("Accept-Language", "en").get("/people/" + person("schnittke-alfred")).asString();
        Matcher music = Pattern.compile("(?s)<h2 id=\"role-composer-title\">Composer <span class=\"meta\">\\(2\\)</span></h2>(.*?)</section>").matcher(composer);
        assertThat(music.find()).as(composer).isTrue();
        assertThat(music.group(1).indexOf("/films/" + film("dyadya-vanya-1970") + "\""))
                .isLessThan(music.group(1).indexOf("/films/" + film("chayka-1972") + "\""));
        assertThat(composer).doesNotContain("on-screen-title");
        // one person in two roles: a section for each
        String karasik = given().header("Accept-Language", "en").get("/people/" + person("karasik-yuliy")).asString();
        assertThat(karasik).contains("role-director-title").contains("role-screenwriter-title").doesNotContain("role-cast-title");
    }

    @Test
    void importingAgainChangesNothing() throws SQLException {
        List<String> before = strings("""
                SELECT (SELECT count(*) FROM film_person) || '/' || (SELECT count(*) FROM film_literary_source) || '/'
                       || (SELECT count(*) FROM film_external_id) || '/' || (SELECT count(*) FROM person)""");
        ImportView again = Imports.run(job, DatasetImportJob.SOVIET_CINEMA, CREDITS, false);
        assertThat(again.filmsCreated()).isZero();
        assertThat(again.filmsUnchanged()).isEqualTo(3);
        assertThat(strings("""
                SELECT (SELECT count(*) FROM film_person) || '/' || (SELECT count(*) FROM film_literary_source) || '/'
                       || (SELECT count(*) FROM film_external_id) || '/' || (SELECT count(*) FROM person)""")).isEqualTo(before);
        assertThat(strings("SELECT f.title FROM film_literary_source ls JOIN film f ON f.id = ls.film_id ORDER BY f.year"))
                .containsExactly("Дядя Ваня", "Чайка");
    }

    @Test
    void sharedComposerAndAuthorAreAttributesTheSimilarityModuleReads() throws SQLException {
        assertThat(strings("SELECT kind || ' ' || label FROM film_attribute WHERE film_id = " + film("chayka-1972")
                + " AND kind IN ('composer', 'cinematographer', 'author') ORDER BY kind"))
                .containsExactly("author Антон Чехов", "cinematographer Михаил Шумский", "composer Альфред Шнитке");
        assertThat(strings("SELECT kind FROM film_attribute WHERE film_id = " + film("dyadya-vanya-1970")
                + " AND value = 'person:" + person("schnittke-alfred") + "'")).containsExactly("composer");
    }

    // ------------------------------------------------------------------ helpers

    private long firstImport() throws SQLException {
        return longs("SELECT min(id) FROM dataset_import WHERE location = '" + CREDITS + "'").get(0);
    }

    private long film(String record) throws SQLException {
        return longs("SELECT film_id FROM dataset_record WHERE source = 'sbc' AND record_id = '" + record + "'").get(0);
    }

    private long person(String key) throws SQLException {
        return longs("SELECT id FROM person WHERE source = 'sbc' AND source_key = '" + key + "'").get(0);
    }

    private static String article(String page) {
        Matcher m = Pattern.compile("(?s)<article class=\"film\".*?</article>").matcher(page);
        assertThat(m.find()).as("the page has its article").isTrue();
        return m.group();
    }

    private static String section(String html, String cls) {
        Matcher m = Pattern.compile("(?s)<section [^>]*class=\"" + cls + "\">.*?</section>").matcher(html);
        assertThat(m.find()).as("section %s in %s", cls, html).isTrue();
        return m.group();
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }

    private List<Long> longs(String sql) throws SQLException {
        List<Long> out = new ArrayList<>();
        for (String s : strings(sql)) {
            out.add(Long.parseLong(s));
        }
        return out;
    }

    private List<String> strings(String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
