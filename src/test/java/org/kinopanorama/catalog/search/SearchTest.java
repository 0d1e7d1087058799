package org.kinopanorama.catalog.search;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

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
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

/** Searching the seeded catalogue by title (typos, parts, Cyrillic, transliteration) and by what the lists say. */
@QuarkusTest
class SearchTest {

    private static final Pattern HIT = Pattern.compile("<li class=\"search-hit\">\\s*<h3 class=\"search-hit__title\"><a href=\"/films/(\\d+)\">");

    @Inject
    AgroalDataSource db;

    private long cranes;
    private long russianTitle;
    private final List<Long> filmsAdded = new ArrayList<>();

    @BeforeEach
    void theCranesAreFlyingIsAlsoKnownByItsRussianTitle() throws SQLException {
        cranes = filmId("The Cranes Are Flying");
        russianTitle = insertTitle(cranes, "Летят журавли");
    }

    @AfterEach
    void removeWhatThisTestAdded() throws SQLException {
        update("DELETE FROM film_title WHERE id = ?", russianTitle);
        for (long film : filmsAdded) {
            update("DELETE FROM film WHERE id = ?", film);
        }
    }

    @Test
    void aTypoInTheTitleStillFindsTheFilmFirst() {
        String page = search("Cranes are fyling");
        assertThat(hits(page)).first().isEqualTo(cranes);
        assertThat(page).contains("href=\"/films/" + cranes + "\">The <mark>Cranes Are Flying</mark></a>");
    }

    @Test
    void aPartOfTheTitleFindsTheFilm() {
        long irony = filmId("The Irony of Fate");
        String page = search("irony");
        assertThat(hits(page)).first().isEqualTo(irony);
        assertThat(page).contains("The <mark>Irony</mark> of Fate");
    }

    @Test
    void theRussianTitleInCyrillicFindsTheFilm() {
        String page = search("Летят журавли");
        assertThat(hits(page)).first().isEqualTo(cranes);
        assertThat(page).contains("Also known as “<mark>Летят журавли</mark>”");
    }

    @Test
    void theRussianTitleInLatinLettersFindsTheFilm() {
        String page = search("Letyat zhuravli");
        assertThat(hits(page)).first().isEqualTo(cranes);
        assertThat(page).contains("Also known as “<mark>Летят журавли</mark>”");
    }

    @Test
    void oneRussianWordInLowerCaseFindsTheFilm() {
        String page = search("летят");
        assertThat(hits(page)).first().isEqualTo(cranes);
        assertThat(page).contains("Also known as “<mark>Летят</mark> журавли”");
    }

    @Test
    void aCyrillicQueryFindsAFilmKnownOnlyByItsTransliteratedTitle() throws SQLException {
        long ballad = addFilm("Ballad of a Soldier", 1959);
        insertTitle(ballad, "Ballad of a Soldier (Ballada o soldate)");

        String page = search("Баллада о солдате");
        assertThat(hits(page)).first().isEqualTo(ballad);
        assertThat(page).contains("(<mark>Ballada o soldate</mark>)”");
    }

    @Test
    void aWordFromADescriptionFindsTheFilmWithTheHighlightedSnippetAndItsList() {
        long ascent = filmId("The Ascent");
        String page = search("partisans");
        assertThat(hits(page)).contains(ascent);
        assertThat(page)
                .contains("Description on <a href=\"/lists/betrayal-in-soviet-cinema\">Betrayal in Soviet cinema</a>")
                .contains("two <mark>partisans</mark> during WWII");
    }

    @Test
    void theQueryIsShownEscapedNeverAsMarkup() {
        String page = search("<script>");
        assertThat(page)
                .contains("value=\"&lt;script&gt;\"")
                .contains("“&lt;script&gt;”")
                .doesNotContain("“<script>")
                .doesNotContain("value=\"<script>");
    }

    @Test
    void highlightedTitlesAreEscapedAroundTheMarks() throws SQLException {
        long film = addFilm("Zarnitsa <script>alert(\"x\")</script>", 1970);
        insertTitle(film, "Zarnitsa <script>alert(\"x\")</script>");

        String page = search("zarnitsa");
        assertThat(hits(page)).first().isEqualTo(film);
        assertThat(page)
                .contains("<mark>Zarnitsa</mark> &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;")
                .doesNotContain("<script>alert");
    }

    @Test
    void resultsArePagedAndThePagesKeepTheQuery() {
        String first = search("film");
        assertThat(hits(first)).hasSize(SearchResource.PAGE_SIZE);
        assertThat(first)
                .containsPattern("\\d+ films match “film” · page 1 of \\d+")
                .contains("href=\"/search?q=film&amp;page=2\" rel=\"next\"");

        String second = given().queryParam("q", "film").queryParam("page", "2").get("/search")
                .then().statusCode(200).extract().asString();
        assertThat(hits(second)).isNotEmpty().doesNotContainAnyElementsOf(hits(first));
        assertThat(second)
                .contains("href=\"/search?q=film&amp;page=1\" rel=\"prev\"")
                .contains("href=\"/search?q=film&amp;page=2\" aria-current=\"page\"");
    }

    @Test
    void aPageNumberThatIsNoneOrTooFarGivesAPageOfResults() {
        assertThat(hits(given().queryParam("q", "film").queryParam("page", "abc").get("/search")
                .then().statusCode(200).extract().asString())).hasSize(SearchResource.PAGE_SIZE);
        assertThat(hits(given().queryParam("q", "film").queryParam("page", "999999").get("/search")
                .then().statusCode(200).extract().asString())).isNotEmpty();
    }

    @Test
    void theWebSearchSyntaxNeverBreaksThePage() {
        for (String q : new String[] {"-love", "love -war", "\"the ascent\"", "love or war", "?!", "%", "_", "\\", "'", "😀", "a & b"}) {
            given().queryParam("q", q).get("/search").then().statusCode(200);
            given().queryParam("q", q).get("/search/suggest").then().statusCode(200);
        }
    }

    @Test
    void nothingMatchingSaysSoAndSuggestsCheckingTheSpelling() {
        assertThat(search("qwxzvy"))
                .contains("No films match “qwxzvy”. Check the spelling")
                .doesNotContain("class=\"search-hit\"");
    }

    @Test
    void anEmptyQueryShowsTheFormAndNoResults() {
        for (String q : new String[] {"", "   "}) {
            given().queryParam("q", q).get("/search").then().statusCode(200)
                    .body(containsString("<h1 id=\"search-title\">Search films</h1>"))
                    .body(containsString("<label for=\"q\">"))
                    .body(not(containsString("match")));
        }
        given().get("/search").then().statusCode(200)
                .body(containsString("<title>Search films · Kinopanorama</title>"))
                .body(containsString("value=\"\""));
    }

    @Test
    void theSearchPageHasOneHeadingALabelledFormAndTheSuggestionScript() {
        String page = search("irony");
        assertThat(Pattern.compile("<h1[ >]").matcher(page).results().count()).isEqualTo(1);
        assertThat(page)
                .contains("<title>Search: “irony” · Kinopanorama</title>")
                .contains("<form class=\"search-form\" role=\"search\" action=\"/search\" method=\"get\">")
                .contains("<label for=\"q\">")
                .contains("<input type=\"search\" id=\"q\" name=\"q\" value=\"irony\"")
                .contains("<script src=\"/js/search-suggest.js\" defer></script>");
        given().get("/js/search-suggest.js").then().statusCode(200).contentType(containsString("javascript"));
    }

    @Test
    void everyPageHasTheSearchFormInItsHeaderButNotTheScript() {
        given().get("/").then().statusCode(200)
                .body(containsString("<form role=\"search\" class=\"site-search\" action=\"/search\" method=\"get\">"))
                .body(containsString("<label for=\"site-search-q\" class=\"visually-hidden\">Search films</label>"))
                .body(containsString("name=\"q\""))
                .body(not(containsString("search-suggest.js")));
    }

    @Test
    void aVeryLongQueryIsCutNotRefused() {
        String page = search("a".repeat(1000));
        String cut = "a".repeat(SearchService.MAX_QUERY_LENGTH);
        assertThat(page).contains("value=\"" + cut + "\"").contains("No films match “" + cut + "”");
        given().queryParam("q", "Cranes ".repeat(200)).get("/search/suggest").then().statusCode(200);
    }

    @Test
    void suggestionsAreJsonFilmsWhoseTitlesBeginWithWhatWasTyped() {
        given().queryParam("q", "the as").get("/search/suggest")
                .then().statusCode(200)
                .contentType(startsWith("application/json"))
                .body("title", hasItem("The Ascent"))
                .body("find { it.title == 'The Ascent' }.year", org.hamcrest.Matchers.equalTo(1977))
                .body("find { it.title == 'The Ascent' }.id", org.hamcrest.Matchers.notNullValue());
        given().queryParam("q", "летят").get("/search/suggest")
                .then().statusCode(200).body("id", hasItem((int) cranes));
        given().queryParam("q", "").get("/search/suggest")
                .then().statusCode(200).body("$", empty());
    }

    // ------------------------------------------------------------------ fixtures

    private static String search(String q) {
        return given().queryParam("q", q).get("/search").then().statusCode(200).contentType(startsWith("text/html"))
                .extract().asString();
    }

    /** Films of the results, in order. */
    private static List<Long> hits(String page) {
        List<Long> ids = new ArrayList<>();
        Matcher m = HIT.matcher(page);
        while (m.find()) {
            ids.add(Long.parseLong(m.group(1)));
        }
        return ids;
    }

    private long filmId(String title) {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement("SELECT id FROM film WHERE title = ?")) {
            s.setString(1, title);
            try (ResultSet rs = s.executeQuery()) {
                assertThat(rs.next()).as("the seeds have %s", title).isTrue();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private long addFilm(String title, int year) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(
                "INSERT INTO film (id, title, year) VALUES (nextval('film_seq'), ?, ?) RETURNING id")) {
            s.setString(1, title);
            s.setInt(2, year);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                filmsAdded.add(rs.getLong(1));
                return rs.getLong(1);
            }
        }
    }

    private long insertTitle(long film, String title) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(
                "INSERT INTO film_title (id, film_id, title, source) VALUES (nextval('film_title_seq'), ?, ?, 'test') RETURNING id")) {
            s.setLong(1, film);
            s.setString(2, title);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private void update(String sql, long id) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, id);
            s.executeUpdate();
        }
    }
}
