package org.kinopanorama.web;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.kinopanorama.Sql;
import org.kinopanorama.account.TestCurator;
import org.kinopanorama.account.Visitor;

import java.sql.SQLException;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Finding 5 of issue 17: a NUL byte in a search, a list name or a note, and a watched date of +999999999-12-31, gave
 * a 500 (the API's search an HTML one). Now a 400 at the edge, a page for pages and JSON for the API; nothing saved.
 */
@QuarkusTest
class InputHygieneTest {

    @Inject
    AgroalDataSource db;

    @Test
    void aNulInASearchIsRefusedWithThePageOrWithJson() {
        Response page = given().urlEncodingEnabled(false).accept("text/html").get("/search?q=cranes%00");
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.asString()).contains("class=\"site-header\"", "control characters");

        Response api = given().urlEncodingEnabled(false).get("/api/search?q=%00");
        assertThat(api.statusCode()).isEqualTo(400);
        assertThat(api.contentType()).startsWith("application/json");
        assertThat(api.jsonPath().getString("error")).contains("control characters");
    }

    @Test
    void controlCharactersAndBrokenEscapesInAddressesAreRefused() {
        for (String address : new String[]{"/lists/betrayal%00", "/films/1%0A", "/search?q=%1B%5B31m",
                "/api/films?decade=%7F", "/themes/%01", "/api/search?q=a%00"}) {
            RawHttp.Answer answer = RawHttp.send("GET", address, Map.of("Accept", "text/html"), null);
            assertThat(answer.status()).as(address).isEqualTo(400);
            assertThat(answer.contentType()).as(address).startsWith(address.startsWith("/api/") ? "application/json" : "text/html");
        }
        // an escape that cannot be decoded at all is refused by the HTTP server itself, before any page (a bare 400)
        for (String address : new String[]{"/search?q=%zz", "/search?q=50%", "/api/search?q=%", "/api/lists/%zz"}) {
            assertThat(RawHttp.send("GET", address, Map.of(), null).status()).as(address).isEqualTo(400);
        }
        // tabs and line breaks are text in a query value; a plain % escape is fine
        assertThat(given().urlEncodingEnabled(false).get("/search?q=cranes%09flying%0D%0A").statusCode()).isEqualTo(200);
        assertThat(given().urlEncodingEnabled(false).get("/search?q=100%25").statusCode()).isEqualTo(200);
    }

    @Test
    void aNulInAListNameOrANoteIsRefusedAndNothingIsSaved() throws SQLException {
        Visitor reader = Visitor.signedUp(Visitor.uniqueName("nul-reader"));
        Response created = reader.post("/watchlists", "name", "Night\u0000shift");
        assertThat(created.statusCode()).isEqualTo(400);
        assertThat(created.asString()).contains("control characters", "class=\"site-header\"");
        assertThat(count("SELECT count(*) FROM watchlist WHERE name LIKE 'Night%'")).isZero();

        long list = createList(reader, "Night shift");
        long film = anyFilm();
        addFilm(reader, list, film);
        Response note = reader.post("/watchlists/" + list + "/films/" + film + "/note", "note", "bell\u0007 and NUL\u0000");
        assertThat(note.statusCode()).isEqualTo(400);
        // a textarea's line breaks and tabs are text
        Response fine = reader.post("/watchlists/" + list + "/films/" + film + "/note", "note", "two\r\nlines\tand a tab");
        assertThat(fine.statusCode()).isEqualTo(303);
    }

    @Test
    void aWatchedDateBeyondAnyCalendarIsA400NextToTheField() throws SQLException {
        Visitor reader = Visitor.signedUp(Visitor.uniqueName("date-reader"));
        long list = createList(reader, "Dates");
        long film = anyFilm();
        addFilm(reader, list, film);
        for (String day : new String[]{"+999999999-12-31", "-999999999-01-01", "1800-01-01", "3000-01-01"}) {
            Response answer = reader.post("/watchlists/" + list + "/films/" + film + "/watched", "watched", "yes", "on", day);
            assertThat(answer.statusCode()).as(day).isEqualTo(400);
            assertThat(answer.asString()).as(day).contains("<p class=\"field__error\">Enter a date between 1895-12-28 and ");
        }
        assertThat(count("SELECT count(*) FROM watchlist_entry e JOIN watchlist w ON w.id = e.watchlist_id"
                + " JOIN film_watched fw ON fw.account_id = w.owner_id AND fw.film_id = e.film_id WHERE e.watchlist_id = " + list)).isZero();
        Response ok = reader.post("/watchlists/" + list + "/films/" + film + "/watched", "watched", "yes", "on", "1979-05-25");
        assertThat(ok.statusCode()).isEqualTo(303);
    }

    @Test
    void theApiAnswersJsonForEveryError() {
        // 401: a curator's API without credentials
        Response unauthorized = given().contentType("text/plain; charset=UTF-8").body("x").post("/api/documents?name=a.txt");
        assertThat(unauthorized.statusCode()).isEqualTo(401);
        assertThat(unauthorized.contentType()).startsWith("application/json");
        // 404, 405, 406
        assertJson(given().get("/api/films/999999999"), 404);
        assertJson(given().delete("/api/lists"), 405);
        assertJson(given().accept("application/xml").get("/api/lists"), 406);
        // 415: the right credentials, a type the API does not read
        assertJson(given().auth().preemptive().basic(TestCurator.USERNAME, TestCurator.PASSWORD).contentType("image/png")
                .body(new byte[]{1, 2, 3}).post("/api/documents?name=a.txt"), 415);
        // 403: a reader's session on a curator's API
        Visitor reader = Visitor.signedUp(Visitor.uniqueName("api-reader"));
        reader.get("/");
        assertJson(reader.request().header(CsrfToken.HEADER, reader.csrfToken()).contentType("text/plain; charset=UTF-8")
                .body("x").post("/api/documents?name=a.txt"), 403);
        // 413: a document over the limit
        assertJson(given().auth().preemptive().basic(TestCurator.USERNAME, TestCurator.PASSWORD).contentType("text/plain; charset=UTF-8")
                .body("x".repeat(1_000_001)).post("/api/documents?name=big.txt"), 413);
        // 500: an unexpected error under /api/
        assertJson(given().get("/api/test-only/failing"), 500);
    }

    private static long createList(Visitor reader, String name) {
        reader.get("/watchlists");
        Response created = reader.post("/watchlists", "name", name, "description", "");
        assertThat(created.statusCode()).isEqualTo(303);
        return Long.parseLong(created.header("Location").replaceAll(".*/watchlists/(\\d+).*", "$1"));
    }

    private static void addFilm(Visitor reader, long list, long film) {
        assertThat(reader.post("/watchlists/" + list + "/films/" + film + "/add").statusCode()).isEqualTo(303);
    }

    private static void assertJson(Response response, int status) {
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(status);
        assertThat(response.contentType()).as(status + ": " + response.asString()).startsWith("application/json");
        assertThat(response.jsonPath().getString("error")).as(status + "").isNotBlank();
    }

    private long anyFilm() throws SQLException {
        try (var c = db.getConnection(); var s = c.createStatement(); var rs = s.executeQuery("SELECT min(id) FROM film")) {
            rs.next();
            long id = rs.getLong(1);
            assertThat(id).as("a film in the test catalogue").isPositive();
            return id;
        }
    }

    private long count(String sql) throws SQLException {
        return Sql.count(db, sql);
    }
}
