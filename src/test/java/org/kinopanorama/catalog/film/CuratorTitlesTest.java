package org.kinopanorama.catalog.film;

import org.kinopanorama.catalog.identity.TitleMatcher;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kinopanorama.Sql;
import org.kinopanorama.account.TestCurator;
import org.kinopanorama.account.Visitor;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** A curator gives The Lady with the Dog its Russian title from the film's page; search and the film lookup use it. */
@QuarkusTest
class CuratorTitlesTest {

    private static final Pattern FILM = Pattern.compile("<li class=\"search-hit\">\\s*<h3 class=\"search-hit__title\"><a href=\"/films/(\\d+)\">");

    @Inject
    AgroalDataSource db;

    private long lady;

    @BeforeEach
    void theLadyWithTheDogHasNoRussianTitle() throws SQLException {
        lady = longs("SELECT id FROM film WHERE title = 'The Lady with the Dog'").get(0);
        assertThat(strings("SELECT title FROM film_title WHERE film_id = " + lady)).doesNotContain("Дама с собачкой");
    }

    @AfterEach
    void removeTheCuratorsTitles() throws SQLException {
        update("DELETE FROM film_title WHERE film_id = " + lady + " AND source = 'curator'");
        String[] keys = TitleMatcher.keys(strings("SELECT title FROM film_title WHERE film_id = " + lady)).toArray(String[]::new);
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(
                "DELETE FROM film_match_key WHERE film_id = ? AND NOT (match_key = ANY (?))")) {
            s.setLong(1, lady);
            s.setArray(2, c.createArrayOf("text", keys));
            s.executeUpdate();
        }
    }

    @Test
    void aCuratorAddsTheRussianTitleAndSearchFindsTheFilmInBothScripts() {
        assertThat(hits(search("Дама с собачкой"))).doesNotContain(lady);
        Visitor curator = curator();
        String page = curator.get("/films/" + lady).then().statusCode(200).extract().asString();
        assertThat(page).contains("<form class=\"film-titles__add\" method=\"post\" action=\"/films/" + lady + "/titles\">")
                .contains("name=\"csrf\"");

        Response added = curator.post("/films/" + lady + "/titles", "title", "Дама с собачкой", "language", "ru");
        assertThat(added.statusCode()).isEqualTo(303);
        assertThat(added.header("Location")).endsWith("/films/" + lady + "#titles");

        assertThat(given().get("/films/" + lady).asString()).contains("<span class=\"aka\">Дама с собачкой</span>");
        assertThat(curator.get("/films/" + lady).asString()).contains("<span lang=\"ru\">Дама с собачкой</span> <span class=\"meta\">added by a curator · ru</span>");
        for (String q : new String[] {"Дама с собачкой", "Dama s sobachkoy", "дама с собачкой", "The Lady with the Dog"}) {
            assertThat(hits(search(q))).as(q).first().isEqualTo(lady);
        }
        assertThat(search("Dama s sobachkoy")).contains("Also known as “<mark>Дама с собачкой</mark>”");
    }

    @Test
    void theFilmLookupOfEveryImportMatchesTheCuratorsTitle() {
        curator().post("/films/" + lady + "/titles", "title", "Дама с собачкой", "language", "ru").then().statusCode(303);
        String doc = """
                Chekhov on screen, and love in Yalta.

                Дама с собачкой (1960)
                Description: A love affair at a seaside resort.
                Fact: Based on Chekhov's story.
                """;
        given().auth().preemptive().basic(TestCurator.USERNAME, TestCurator.PASSWORD)
                .contentType("text/plain; charset=UTF-8").body(doc.getBytes(StandardCharsets.UTF_8))
                .queryParam("name", "lady-preview.txt").queryParam("preview", "true")
                .post("/api/documents")
                .then().statusCode(200)
                .body("entries[0].filmId", equalTo((int) lady))
                .body("entries[0].newFilm", equalTo(false));
    }

    @Test
    void aCuratorRemovesATitleTheyGaveAndItIsFoundByItNoMore() throws SQLException {
        Visitor curator = curator();
        curator.get("/films/" + lady);
        curator.post("/films/" + lady + "/titles", "title", "Dama s sobachkoy", "language", "ru").then().statusCode(303);
        assertThat(hits(search("Dama s sobachkoy"))).first().isEqualTo(lady);
        long title = longs("SELECT id FROM film_title WHERE film_id = " + lady + " AND source = 'curator'").get(0);

        Response removed = curator.post("/films/" + lady + "/titles/" + title + "/remove");
        assertThat(removed.statusCode()).isEqualTo(303);
        assertThat(removed.header("Location")).endsWith("/films/" + lady + "#titles");
        assertThat(strings("SELECT title FROM film_title WHERE film_id = " + lady)).doesNotContain("Dama s sobachkoy");
        assertThat(strings("SELECT match_key FROM film_match_key WHERE film_id = " + lady)).doesNotContain("dama s sobachkoy")
                .contains("lady with the dog");
        assertThat(hits(search("Dama s sobachkoy"))).doesNotContain(lady);
    }

    @Test
    void titlesOtherSourcesGaveCannotBeRemovedByACurator() throws SQLException {
        long listTitle = longs("SELECT id FROM film_title WHERE film_id = " + lady + " AND source LIKE 'list:%'").get(0);
        Visitor curator = curator();
        curator.get("/films/" + lady);
        assertThat(curator.post("/films/" + lady + "/titles/" + listTitle + "/remove").statusCode()).isEqualTo(404);
        long otherFilm = longs("SELECT id FROM film WHERE title = 'The Ascent'").get(0);
        curator.post("/films/" + otherFilm + "/titles", "title", "Восхождение", "language", "ru").then().statusCode(303);
        long ascentTitle = longs("SELECT id FROM film_title WHERE film_id = " + otherFilm + " AND source = 'curator'").get(0);
        try {
            // another film's title, through this film's address
            assertThat(curator.post("/films/" + lady + "/titles/" + ascentTitle + "/remove").statusCode()).isEqualTo(404);
            assertThat(strings("SELECT title FROM film_title WHERE film_id = " + otherFilm)).contains("Восхождение");
        } finally {
            curator.post("/films/" + otherFilm + "/titles/" + ascentTitle + "/remove").then().statusCode(303);
        }
    }

    @Test
    void aReaderIsRefusedAndSeesNoForm() throws SQLException {
        Visitor reader = Visitor.signedUp(Visitor.uniqueName("reader"));
        assertThat(reader.get("/films/" + lady).asString()).doesNotContain("film-titles__add");
        assertThat(reader.post("/films/" + lady + "/titles", "title", "Дама с собачкой", "language", "ru").statusCode()).isEqualTo(403);
        assertThat(reader.get("/films/" + lady + "/titles").statusCode()).isEqualTo(403);
        assertThat(given().get("/films/" + lady).asString()).doesNotContain("film-titles__add");
        // someone not signed in is sent to sign in
        Response anonymous = new Visitor().post("/films/" + lady + "/titles", "title", "Дама с собачкой", "language", "ru");
        assertThat(anonymous.header("Location")).as("status %d", anonymous.statusCode()).contains("/signin");
        assertThat(strings("SELECT title FROM film_title WHERE film_id = " + lady)).doesNotContain("Дама с собачкой");
    }

    @Test
    void withoutTheCsrfTokenNothingIsAdded() throws SQLException {
        Visitor curator = curator();
        int status = curator.request().contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("title", "Дама с собачкой").formParam("language", "ru")
                .post("/films/" + lady + "/titles").statusCode();
        assertThat(status).isEqualTo(403);
        assertThat(strings("SELECT title FROM film_title WHERE film_id = " + lady)).doesNotContain("Дама с собачкой");
    }

    @Test
    void aHostileTitleIsKeptAsTextAndShownEscaped() {
        Visitor curator = curator();
        String hostile = "Дама <script>alert('x')</script> \" onmouseover=\"x";
        curator.post("/films/" + lady + "/titles", "title", hostile, "language", "und").then().statusCode(303);
        String film = given().get("/films/" + lady).asString();
        assertThat(film).contains("Дама &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &quot; onmouseover=&quot;x")
                .doesNotContain("<script>alert").doesNotContain("\" onmouseover=\"x");
        assertThat(search("Дама")).doesNotContain("<script>alert").contains("&lt;script&gt;");
    }

    @Test
    void aTitleThatCannotBeOneIsRefusedBesideTheFieldWithTheInputKept() throws SQLException {
        Visitor curator = curator();
        curator.get("/films/" + lady);
        Response blank = curator.post("/films/" + lady + "/titles", "title", "  ", "language", "ru");
        assertThat(blank.statusCode()).isEqualTo(400);
        assertThat(blank.asString()).contains("field--invalid").contains("Give a title (at most 300 characters).");

        Response twice = curator.post("/films/" + lady + "/titles", "title", "The Lady with the Dog", "language", "en");
        assertThat(twice.statusCode()).isEqualTo(400);
        assertThat(twice.asString()).contains("The film already has this title.").contains("value=\"The Lady with the Dog\"")
                .contains("<option value=\"en\" selected>");

        Response language = curator.post("/films/" + lady + "/titles", "title", "Дама с собачкой", "language", "xx");
        assertThat(language.statusCode()).isEqualTo(400);
        assertThat(language.asString()).contains("Choose the title&#39;s language.").contains("value=\"Дама с собачкой\"");

        Response punctuation = curator.post("/films/" + lady + "/titles", "title", "?!", "language", "ru");
        assertThat(punctuation.statusCode()).isEqualTo(400);
        Response tooLong = curator.post("/films/" + lady + "/titles", "title", "Дама ".repeat(100), "language", "ru");
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(strings("SELECT title FROM film_title WHERE film_id = " + lady + " AND source = 'curator'")).isEmpty();

        assertThat(curator.post("/films/999999999/titles", "title", "Дама", "language", "ru").statusCode()).isEqualTo(404);
    }

    // ------------------------------------------------------------------ fixtures

    private static Visitor curator() {
        Visitor curator = new Visitor();
        Response signedIn = curator.signIn(TestCurator.USERNAME, TestCurator.PASSWORD);
        assertThat(signedIn.statusCode()).isEqualTo(303);
        return curator;
    }

    private static String search(String q) {
        return given().queryParam("q", q).get("/search").then().statusCode(200).extract().asString();
    }

    private static List<Long> hits(String page) {
        List<Long> ids = new ArrayList<>();
        Matcher m = FILM.matcher(page);
        while (m.find()) {
            ids.add(Long.parseLong(m.group(1)));
        }
        return ids;
    }

    private List<Long> longs(String sql) throws SQLException {
        return Sql.longs(db, sql);
    }

    private List<String> strings(String sql) throws SQLException {
        return Sql.strings(db, sql);
    }

    private void update(String sql) throws SQLException {
        Sql.update(db, sql);
    }
}
