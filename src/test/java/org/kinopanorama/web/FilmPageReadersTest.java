package org.kinopanorama.web;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.kinopanorama.account.Visitor;
import org.kinopanorama.catalog.CatalogueVersion;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two signed-in readers and a visitor read one film's page, with pages kept in memory as in production: each sees
 * only their own lists, save state and token, whichever read it first and however often.
 */
@QuarkusTest
@TestProfile(AsDeployedProfile.class)
class FilmPageReadersTest {

    private static final Pattern LIST_ACTION = Pattern.compile("action=\"/watchlists/(\\d+)/films/");
    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

    @Inject
    AgroalDataSource db;

    @Inject
    CatalogueVersion version;

    @Inject
    PageCache cache;

    @Test
    void eachReaderOfAFilmPageSeesOnlyTheirOwnSaveStateAndToken() throws Exception {
        long film = film();
        String path = "/films/" + film;
        String visitorToken = "v".repeat(20) + "-film-readers-0123456789";
        Visitor anna = Visitor.signedUp(Visitor.uniqueName("anna"));
        Visitor boris = Visitor.signedUp(Visitor.uniqueName("boris"));

        for (int waited = 0; version.current().isEmpty() && waited < 200; waited++) {
            Thread.sleep(50); // pages are kept only while the catalogue version is known
        }
        // the visitor first; later from memory
        String before = anonymous(visitorToken).get(path).asString();
        long hits = cache.stats().hits();
        assertThat(before).contains("Sign in to save this film").doesNotContain("/watchlists/");

        long annasList = onlyList(anna.get(path).asString());
        long borisList = onlyList(boris.get(path).asString());
        assertThat(annasList).isNotEqualTo(borisList);
        Response saved = anna.post("/watchlists/" + annasList + "/films/" + film + "/add", "return", path);
        assertThat(saved.statusCode()).isEqualTo(303);

        for (int round = 0; round < 2; round++) {
            Response annasPage = anna.get(path);
            Response borisPage = boris.get(path);
            Response visitorsPage = anonymous(visitorToken).get(path);

            assertThat(annasPage.asString()).contains("✓ On Watchlist")
                    .contains("action=\"/watchlists/" + annasList + "/films/" + film + "/remove\"");
            assertThat(lists(annasPage.asString())).containsExactly(annasList);
            assertThat(tokens(annasPage.asString())).containsExactly(anna.csrfToken());
            assertThat(annasPage.header("Cache-Control")).isEqualTo("private, no-store");

            assertThat(borisPage.asString()).contains("Add to Watchlist").doesNotContain("✓ On Watchlist")
                    .contains("action=\"/watchlists/" + borisList + "/films/" + film + "/add\"");
            assertThat(lists(borisPage.asString())).containsExactly(borisList);
            assertThat(tokens(borisPage.asString())).containsExactly(boris.csrfToken());

            String visitors = visitorsPage.asString();
            assertThat(visitors).contains("Sign in to save this film").doesNotContain("/watchlists/")
                    .doesNotContain(anna.csrfToken()).doesNotContain(boris.csrfToken());
            assertThat(tokens(visitors)).containsExactly(visitorToken);
            assertThat(visitors).isEqualTo(before);
        }
        assertThat(cache.stats().hits()).as("the visitor's page came from memory").isGreaterThanOrEqualTo(hits + 2);
    }

    private static Set<Long> lists(String page) {
        Set<Long> ids = new LinkedHashSet<>();
        Matcher m = LIST_ACTION.matcher(page);
        while (m.find()) {
            ids.add(Long.parseLong(m.group(1)));
        }
        return ids;
    }

    private static long onlyList(String page) {
        Set<Long> ids = lists(page);
        assertThat(ids).as("a new reader's one list, their Watchlist").hasSize(1);
        return ids.iterator().next();
    }

    private static Set<String> tokens(String page) {
        Set<String> found = new LinkedHashSet<>();
        Matcher m = FORM_TOKEN.matcher(page);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static io.restassured.specification.RequestSpecification anonymous(String csrf) {
        return given().redirects().follow(false).cookie(CsrfToken.COOKIE, csrf);
    }

    private long film() throws Exception {
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT min(film_id) FROM list_entry")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
