package org.kinopanorama.web;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.kinopanorama.RebuildsDone;
import org.kinopanorama.Sql;
import org.kinopanorama.account.TestCurator;
import org.kinopanorama.account.Visitor;
import org.kinopanorama.catalog.CatalogueVersion;

import java.nio.charset.StandardCharsets;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.kinopanorama.Eventually.waitFor;

/** Anonymous readers' catalogue pages come from memory until the catalogue changes, and stay each reader's own. */
@QuarkusTest
@TestProfile(AsDeployedProfile.class)
class PageCacheTest {

    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

    @Inject
    PageCache cache;

    @Inject
    CatalogueVersion version;

    @Inject
    AgroalDataSource db;

    @Test
    void aSecondReaderOfAFilmPageIsServedFromMemoryTheSamePage() throws Exception {
        settled();
        String film = "/films/" + single("SELECT min(id) FROM film");
        String token = token('a');
        Response first = anonymous(token).get(film);
        assertThat(first.statusCode()).isEqualTo(200);
        long hitsBefore = cache.stats().hits();
        Response second = anonymous(token).get(film);
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(cache.stats().hits()).isEqualTo(hitsBefore + 1);
        assertThat(second.asString()).isEqualTo(first.asString());
        assertThat(second.contentType()).isEqualTo(first.contentType());
        assertThat(second.header("Content-Language")).isEqualTo("en");
        assertThat(second.header("Vary")).contains("Accept-Language").contains("Cookie");
        assertThat(second.header("Content-Security-Policy")).isNotBlank();
        assertThat(second.header("ETag")).isEqualTo(first.header("ETag")).isNotBlank();
        assertThat(second.header("Cache-Control")).isEqualTo("private, no-cache");

        given().get("/q/health/live").then().statusCode(200)
                .body("checks.find { it.name == 'page-cache' }.data.hits", org.hamcrest.Matchers.greaterThan(0));
    }

    @Test
    void aMatchingIfNoneMatchGets304WithoutAPageAndAnotherLanguageDoesNot() throws Exception {
        waitFor(() -> version.current().isPresent());
        String token = token('b');
        Response page = anonymous(token).get("/themes");
        String etag = page.header("ETag");
        assertThat(etag).contains("-" + version.current().getAsLong() + "-en");

        Response again = anonymous(token).header("If-None-Match", etag).get("/themes");
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.asString()).isEmpty();
        assertThat(again.header("ETag")).isEqualTo(etag);

        Response russian = anonymous(token).header("Accept-Language", "ru").header("If-None-Match", etag).get("/themes");
        assertThat(russian.statusCode()).isEqualTo(200);
        assertThat(russian.header("ETag")).isNotEqualTo(etag);

        // another visitor's token makes another page: their copy's tag is not this one
        Response other = anonymous(token('c')).header("If-None-Match", etag).get("/themes");
        assertThat(other.statusCode()).isEqualTo(200);
    }

    @Test
    void englishAndRussianOfOneAddressAreKeptApart() {
        String token = token('d');
        for (int i = 0; i < 2; i++) {
            Response english = anonymous(token).header("Accept-Language", "en").get("/");
            Response russian = anonymous(token).header("Accept-Language", "ru-RU,ru;q=0.9").get("/");
            Response chosen = anonymous(token).cookie(Language.COOKIE, "ru").header("Accept-Language", "en").get("/");
            assertThat(english.asString()).contains("<html lang=\"en\"");
            assertThat(russian.asString()).contains("<html lang=\"ru\"");
            assertThat(chosen.asString()).isEqualTo(russian.asString());
            assertThat(english.header("ETag")).isNotEqualTo(russian.header("ETag"));
        }
    }

    @Test
    void everyAnonymousVisitorGetsTheirOwnTokenAndNobodyElses() {
        String a = token('e');
        String b = token('f');
        for (int i = 0; i < 2; i++) {
            Response forA = anonymous(a).get("/themes");
            Response forB = anonymous(b).get("/themes");
            assertThat(formTokens(forA)).isEqualTo(a);
            assertThat(formTokens(forB)).isEqualTo(b);
            assertThat(forA.asString()).doesNotContain(b);
            assertThat(forB.asString()).doesNotContain(a);
            assertThat(forA.getCookie(CsrfToken.COOKIE)).isNull();
            assertThat(forB.getCookie(CsrfToken.COOKIE)).isNull();
        }
        // a first visit (no cookie yet) is given its own new token, in the cookie and in the forms alike
        Response first = given().get("/themes");
        String issued = first.getCookie(CsrfToken.COOKIE);
        assertThat(issued).isNotBlank().isNotEqualTo(a).isNotEqualTo(b);
        assertThat(formTokens(first)).isEqualTo(issued);
        Response second = given().get("/themes");
        assertThat(second.getCookie(CsrfToken.COOKIE)).isNotEqualTo(issued);
        assertThat(formTokens(second)).isEqualTo(second.getCookie(CsrfToken.COOKIE));
    }

    @Test
    void aSignedInReaderIsNeverServedNorKeptFromTheCache() {
        String name = Visitor.uniqueName("cache");
        Visitor reader = Visitor.signedUp(name);
        anonymous(token('g')).get("/themes");
        anonymous(token('g')).get("/themes");
        long hits = cache.stats().hits();
        long stored = cache.stats().stored();
        for (int i = 0; i < 2; i++) {
            Response page = reader.get("/themes");
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.asString()).contains(name).contains(reader.csrfToken());
            assertThat(page.header("Cache-Control")).isEqualTo("private, no-store");
            assertThat(page.header("ETag")).isNull();
        }
        assertThat(cache.stats().hits()).isEqualTo(hits);
        assertThat(cache.stats().stored()).isEqualTo(stored);
        Response anonymousPage = anonymous(token('g')).get("/themes");
        assertThat(anonymousPage.asString()).doesNotContain(name).doesNotContain(reader.csrfToken());
    }

    @Test
    void aRenamedListShowsItsNewTitleToAnonymousReadersAtOnce() throws Exception {
        waitFor(() -> version.current().isPresent());
        String name = Visitor.uniqueName("cached");
        given().auth().preemptive().basic(TestCurator.USERNAME, TestCurator.PASSWORD)
                .contentType("text/plain; charset=UTF-8")
                .body("""
                        Rain in Soviet cinema: films where it rains on the lovers.

                        The Umbrella of %1$s (1964)
                        Description: An umbrella that is never opened.
                        """.formatted(name).getBytes(StandardCharsets.UTF_8))
                .queryParam("name", name + ".txt").post("/api/documents").then().statusCode(200);
        String slug = single("SELECT slug FROM curated_list WHERE source_name = '" + name + ".txt'");
        String list = "/lists/" + slug;
        String token = token('h');
        settled();
        // cached, and the home page too
        waitFor(() -> anonymous(token).get(list).statusCode() == 200);
        String etag = anonymous(token).get(list).header("ETag");
        long hits = cache.stats().hits();
        assertThat(anonymous(token).get(list).asString()).doesNotContain("Renamed " + name);
        assertThat(cache.stats().hits()).isGreaterThan(hits);

        Visitor curator = new Visitor();
        curator.signIn(TestCurator.USERNAME, TestCurator.PASSWORD);
        curator.get("/curate");
        curator.post("/curate/lists/" + slug + "/title", "title", "Renamed " + name);

        waitFor(() -> anonymous(token).get(list).asString().contains("Renamed " + name));
        Response after = anonymous(token).header("If-None-Match", etag).get(list);
        assertThat(after.statusCode()).isEqualTo(200);
        assertThat(after.header("ETag")).isNotEqualTo(etag);
    }

    @Test
    void theFilmListWithFiltersAndASearchAreKeptPerAddressUntilTheCatalogueChanges() throws Exception {
        settled();
        String name = Visitor.uniqueName("kept");
        String token = token('k');
        String films = "/films?decade=1950&sort=title";
        String search = "/search?q=" + name;
        Response firstList = anonymous(token).get(films);
        Response firstSearch = anonymous(token).get(search);
        assertThat(firstList.statusCode()).isEqualTo(200);
        assertThat(firstSearch.statusCode()).isEqualTo(200);
        long hits = cache.stats().hits();
        assertThat(anonymous(token).get(films).asString()).isEqualTo(firstList.asString());
        assertThat(anonymous(token).get(search).asString()).isEqualTo(firstSearch.asString()).doesNotContain("Umbrellas of");
        assertThat(cache.stats().hits()).isEqualTo(hits + 2);
        // another filter is another page, not this one served again
        assertThat(anonymous(token).get("/films?decade=1960&sort=title").asString()).isNotEqualTo(firstList.asString());

        given().auth().preemptive().basic(TestCurator.USERNAME, TestCurator.PASSWORD)
                .contentType("text/plain; charset=UTF-8")
                .body("""
                        Umbrellas in Soviet cinema: films where it rains.

                        The Umbrellas of %1$s (1957)
                        Description: Umbrellas that are never opened.
                        """.formatted(name).getBytes(StandardCharsets.UTF_8))
                .queryParam("name", name + ".txt").post("/api/documents").then().statusCode(200);

        String film = "/films/" + single("SELECT id FROM film WHERE title = 'The Umbrellas of " + name + "'");
        waitFor(() -> anonymous(token).get(search).asString().contains("href=\"" + film + "\""));
        // one more film of the 1950s: the list's count is not the kept one any more
        waitFor(() -> !anonymous(token).get(films).asString().equals(firstList.asString()));
    }

    @Test
    void aVisitorWhoseCookieRepeatsTextOfThePageCannotCutItForOthers() {
        String list = "/lists/unrequited-love-in-soviet-cinema"; // a seed list, its 32-letter slug all over its page
        String address = list + "?probe=" + Visitor.uniqueName("text");
        String page = anonymous(token('i')).get(address).asString();
        Matcher run = Pattern.compile("[A-Za-z0-9_-]{32,}").matcher(page.replace(token('i'), ""));
        assertThat(run.find()).as("a run of token-like text on the page").isTrue();
        String hostile = run.group();
        String fresh = list + "?probe=" + Visitor.uniqueName("hostile");
        anonymous(hostile).get(fresh);

        String visitor = token('j');
        Response forVisitor = anonymous(visitor).get(fresh);
        assertThat(forVisitor.asString()).contains(hostile);
        assertThat(forVisitor.asString().replace(visitor, token('i')))
                .isEqualTo(anonymous(token('i')).get(fresh).asString());
        assertThat(formTokens(forVisitor)).isEqualTo(visitor);
    }

    @Test
    void aCookieThatThePageWouldEscapeIsNeverKeptNorServedToOthers() {
        String address = "/themes?probe=" + Visitor.uniqueName("escaped");
        String hostile = "q".repeat(36) + "&quot;<b>";
        long stored = cache.stats().stored();
        Response forHostile = anonymous(hostile).get(address);
        assertThat(forHostile.statusCode()).isEqualTo(200);
        assertThat(cache.stats().stored()).isEqualTo(stored);
        Response forVisitor = anonymous(token('k')).get(address);
        assertThat(forVisitor.asString()).doesNotContain("q".repeat(36));
        assertThat(formTokens(forVisitor)).isEqualTo(token('k'));
    }

    @Test
    void aPageAskedForUnderAnotherHostIsNotServedUnderThisOne() {
        String address = "/themes?probe=" + Visitor.uniqueName("host");
        String otherHost = "127.0.0.1:" + io.restassured.RestAssured.port; // an allowed host, written into links
        Response other = anonymous(token('l')).header("Host", otherHost).get(address);
        assertThat(other.asString()).contains("http://" + otherHost + "/themes");
        Response page = anonymous(token('l')).get(address);
        assertThat(page.asString()).doesNotContain(otherHost);
        Response spoofed = anonymous(token('l')).header("Host", "evil.example").get(address);
        assertThat(spoofed.asString()).doesNotContain("evil.example");
        assertThat(anonymous(token('l')).get(address).asString()).doesNotContain("evil.example");
    }

    @Test
    void ifNoneMatchListsAreRead() {
        assertThat(PageCache.matches("\"x\", W/\"a-1-en\"", "\"a-1-en\"")).isTrue();
        assertThat(PageCache.matches("*", "\"a-1-en\"")).isTrue();
        assertThat(PageCache.matches("\"a-1-ru\"", "\"a-1-en\"")).isFalse();
        assertThat(PageCache.matches("", "\"a-1-en\"")).isFalse();
        assertThat(PageCache.matches(null, "\"a-1-en\"")).isFalse();
    }

    /** A visitor's CSRF cookie: 43 characters, like the real ones; one per letter, the same each time. */
    private static String token(char c) {
        return String.valueOf(c).repeat(20) + "-visitor-" + c + "-" + "0123456789ab";
    }

    private static io.restassured.specification.RequestSpecification anonymous(String csrf) {
        return given().redirects().follow(false).cookie(CsrfToken.COOKIE, csrf);
    }

    /** The token in the page's forms; fails if its forms disagree. */
    private static String formTokens(Response page) {
        Matcher m = FORM_TOKEN.matcher(page.asString());
        String found = null;
        while (m.find()) {
            assertThat(found == null || found.equals(m.group(1))).as("one token in all forms").isTrue();
            found = m.group(1);
        }
        assertThat(found).as("a form with a token").isNotNull();
        return found;
    }

    /**
     * Counting hits needs a catalogue that does not change meanwhile: a rebuild of related films that a change queued (in
     * this test or one before) bumps the version when it ends, emptying the cache. Waits for those rebuilds, and for the
     * last version to reach this instance.
     */
    private void settled() throws InterruptedException {
        RebuildsDone.await();
        waitFor(() -> version.current().equals(OptionalLong.of(storedVersion())));
    }

    private long storedVersion() {
        try {
            return Long.parseLong(single("SELECT version FROM catalogue_version"));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private String single(String sql) throws Exception {
        return Sql.one(db, sql);
    }
}
