package org.kinopanorama.web;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.kinopanorama.account.TestCurator;
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
        String annasName = Visitor.uniqueName("anna");
        String borisName = Visitor.uniqueName("boris");
        Visitor anna = Visitor.signedUp(annasName);
        Visitor boris = Visitor.signedUp(borisName);

        for (int waited = 0; version.current().isEmpty() && waited < 200; waited++) {
            Thread.sleep(50); // pages are kept only while the catalogue version is known
        }
        // the visitor first; later from memory
        String before = anonymous(visitorToken).get(path).asString();
        long hits = cache.stats().hits();
        assertThat(before).contains("Sign in to save this film").doesNotContain("/watchlists/");

        long readerHits = cache.stats().readerHits();
        long readerKept = cache.stats().readerKept();
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

            assertThat(annasPage.asString()).contains(">" + annasName + "</a>").doesNotContain(borisName);
            assertThat(borisPage.asString()).contains(">" + borisName + "</a>").doesNotContain(annasName);
            assertThat(annasPage.asString()).doesNotContain("kp-slot").doesNotContain("/merge\"");
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
        assertThat(cache.stats().readerHits() + cache.stats().readerKept())
                .as("the readers' pages came from the one they share").isGreaterThanOrEqualTo(readerHits + readerKept + 4);
        assertThat(cache.stats().readerKept()).as("unchanged readers' own parts came from memory too")
                .isGreaterThan(readerKept);
    }

    @Test
    void aCuratorsToolsNeverReachTheReadersAndEveryReaderSeesACatalogueChangeAtOnce() throws Exception {
        long film = film();
        String path = "/films/" + film;
        Visitor curator = new Visitor();
        assertThat(curator.signIn(TestCurator.USERNAME, TestCurator.PASSWORD).statusCode()).isEqualTo(303);
        String verasName = Visitor.uniqueName("vera");
        Visitor vera = Visitor.signedUp(verasName);
        for (int waited = 0; version.current().isEmpty() && waited < 200; waited++) {
            Thread.sleep(50);
        }

        // the curator reads first, twice: their page is their own, with the merge tool, never the shared one
        for (int i = 0; i < 2; i++) {
            assertThat(curator.get(path).asString()).contains("/curate/films/" + film + "/merge")
                    .contains(">" + TestCurator.USERNAME + "</a>");
        }
        String veras = vera.get(path).asString();
        assertThat(veras).doesNotContain("/merge\"").doesNotContain(TestCurator.USERNAME).contains(">" + verasName + "</a>");
        assertThat(vera.get(path).asString()).isEqualTo(veras);

        // a change of the catalogue bumps its version: the next page read shows it
        String title = "Renamed for readers " + System.nanoTime();
        String was = rename(film, title);
        try {
            assertThat(vera.get(path).asString()).contains(title).contains(">" + verasName + "</a>");
        } finally {
            rename(film, was);
        }
    }

    @Test
    void aReadersChangeMadeByAnyInstanceIsOnTheirNextPageAndNeverOnAnothers() throws Exception {
        long film = film();
        String path = "/films/" + film;
        String cleosName = Visitor.uniqueName("cleo");
        String dansName = Visitor.uniqueName("dan");
        Visitor cleo = Visitor.signedUp(cleosName);
        Visitor dan = Visitor.signedUp(dansName);
        for (int waited = 0; version.current().isEmpty() && waited < 200; waited++) {
            Thread.sleep(50);
        }
        String first = cleo.get(path).asString();
        long cleosList = onlyList(first);
        dan.get(path);
        long kept = cache.stats().readerKept();
        assertThat(cleo.get(path).asString()).contains("You have not rated it.").contains("Add to Watchlist");
        assertThat(cache.stats().readerKept()).as("Cleo's unchanged parts came from memory").isEqualTo(kept + 1);

        // written straight into the database, as another instance behind the load balancer would write them
        long cleosAccount = account(cleosName);
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO film_rating (account_id, film_id, half_stars) VALUES (" + cleosAccount + ", " + film + ", 9)");
        }
        String rated = cleo.get(path).asString();
        assertThat(rated).contains("You rated it 4½ of 5.").contains(">" + cleosName + "</a>");
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO watchlist_entry (id, watchlist_id, film_id, position) SELECT coalesce(max(id), 0) + 1000000, " + cleosList + ", " + film + ", 1 FROM watchlist_entry");
        }
        assertThat(cleo.get(path).asString()).contains("✓ On Watchlist").contains("You rated it 4½ of 5.");
        assertThat(cleo.get(path).asString()).contains("✓ On Watchlist");

        String dans = dan.get(path).asString();
        assertThat(dans).contains("You have not rated it.").contains("Add to Watchlist").doesNotContain("✓ On Watchlist")
                .doesNotContain(cleosName).contains(">" + dansName + "</a>");
        assertThat(tokens(dans)).containsExactly(dan.csrfToken());

        // her token changed (a new browser's cookie): her parts are rendered for it, never another token's
        Visitor cleoElsewhere = new Visitor();
        assertThat(cleoElsewhere.signIn(cleosName, Visitor.password(cleosName)).statusCode()).isEqualTo(303);
        String elsewhere = cleoElsewhere.get(path).asString();
        assertThat(tokens(elsewhere)).containsExactly(cleoElsewhere.csrfToken());
        assertThat(elsewhere).contains("✓ On Watchlist").contains("You rated it 4½ of 5.");
    }

    private long account(String username) throws Exception {
        try (Connection c = db.getConnection();
             var read = c.prepareStatement("SELECT id FROM account WHERE username = ?")) {
            read.setString(1, username);
            try (ResultSet rs = read.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Renames a film as a change of the catalogue does (the version bumped in the same transaction); the old title. */
    private String rename(long film, String title) throws Exception {
        long before = version.current().orElseThrow();
        String was;
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            try (ResultSet rs = s.executeQuery("SELECT title FROM film WHERE id = " + film)) {
                rs.next();
                was = rs.getString(1);
            }
            try (var u = c.prepareStatement("UPDATE film SET title = ? WHERE id = ?")) {
                u.setString(1, title);
                u.setLong(2, film);
                u.executeUpdate();
            }
            CatalogueVersion.bump(c);
            c.commit();
        }
        org.kinopanorama.Eventually.waitFor(() -> version.current().orElse(0) > before);
        return was;
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
