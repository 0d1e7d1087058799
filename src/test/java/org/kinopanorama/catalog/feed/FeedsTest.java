package org.kinopanorama.catalog.feed;

import org.kinopanorama.catalog.OddlyTitledFilm;
import org.kinopanorama.catalog.SeededFilms;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.kinopanorama.database.FreshDatabaseProfile;
import org.w3c.dom.Element;

import java.time.OffsetDateTime;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalToIgnoringCase;
import static org.kinopanorama.catalog.feed.AtomDocument.children;
import static org.kinopanorama.catalog.feed.AtomDocument.link;
import static org.kinopanorama.catalog.feed.AtomDocument.text;
import static org.kinopanorama.catalog.SeededFilms.BETRAYAL;

/**
 * The Atom feeds of the seed catalogue, on a PostgreSQL of its own: the feed of films added holds the 50 newest,
 * and the test lists other classes leave in the shared database would push the seed films out of it.
 */
@QuarkusTest
@TestProfile(FreshDatabaseProfile.class)
class FeedsTest {

    private static final String RFC_3339 = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})";

    @Inject
    AgroalDataSource db;

    @Test
    void aCuratedListsFeedHasItsEntriesInTheCuratorsOrder() throws Exception {
        AtomDocument atom = feed("/feeds/lists/" + BETRAYAL + ".atom");

        assertIsAWellFormedFeed(atom, "/feeds/lists/" + BETRAYAL + ".atom", "/lists/" + BETRAYAL);
        assertThat(text(atom.feed, "id")).isEqualTo("tag:kinopanorama,2026:lists/" + BETRAYAL);
        assertThat(text(atom.feed, "title")).isEqualTo("Betrayal in Soviet cinema · Kinopanorama");
        assertThat(text(atom.feed, "subtitle")).startsWith("Delving into the rich tapestry of Soviet cinema");

        List<Element> entries = atom.entries();
        assertThat(entries).hasSize(10);
        Element first = entries.get(0);
        long meetingPlace = new SeededFilms(db).id("The Meeting Place Cannot Be Changed");
        assertThat(text(first, "title")).isEqualTo("The Meeting Place Cannot Be Changed (1979)");
        assertThat(text(first, "id")).isEqualTo("tag:kinopanorama,2026:lists/" + BETRAYAL + "/films/" + meetingPlace);
        assertThat(link(first, "alternate")).isEqualTo(site("/films/" + meetingPlace));
        assertThat(text(first, "updated")).isEqualTo(text(atom.feed, "updated"));
        assertThat(text(first, "summary")).startsWith("Set in post-war Moscow, this detective series");
        assertThat(text(first, "content")).startsWith("Set in post-war Moscow")
                .contains("\n\nFact: The series was adapted from the novel \"The Era of Mercy\"");
        assertThat(children(first, "content").get(0).getAttribute("type")).isEqualTo("text");
        assertThat(entries).extracting(e -> text(e, "title")).contains("The Ascent (1977)", "The Unsent Letter (1960)");
    }

    @Test
    void aThemesFeedHasTheFilmsCarryingItStrongestFirst() throws Exception {
        AtomDocument atom = feed("/feeds/themes/betrayal.atom");

        assertIsAWellFormedFeed(atom, "/feeds/themes/betrayal.atom", "/themes/betrayal");
        assertThat(text(atom.feed, "title")).isEqualTo("Theme: Betrayal · Kinopanorama");
        List<Element> entries = atom.entries();
        assertThat(entries).isNotEmpty().hasSizeLessThanOrEqualTo(50);
        assertThat(entries).extracting(e -> text(e, "title")).contains("The Ascent (1977)");
        List<Double> weights = entries.stream().map(e -> text(e, "summary"))
                .peek(s -> assertThat(s).matches("Carries the theme Betrayal with weight [01]\\.\\d+ \\(of 1\\)\\."))
                .map(s -> Double.parseDouble(s.replaceAll(".*weight ([0-9.]+) .*", "$1"))).toList();
        assertThat(weights).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    }

    @Test
    void theFeedOfFilmsAddedHasEveryFilmWithItsDates() throws Exception {
        AtomDocument atom = feed("/feeds/films.atom");

        assertIsAWellFormedFeed(atom, "/feeds/films.atom", "/");
        assertThat(text(atom.feed, "id")).isEqualTo("tag:kinopanorama,2026:films");
        List<Element> entries = atom.entries();
        assertThat(entries).hasSizeBetween(23, 50);
        for (Element entry : entries) {
            assertThat(text(entry, "published")).matches(RFC_3339);
        }
        long unsent = new SeededFilms(db).id("The Unsent Letter");
        Element unsentLetter = entries.stream().filter(e -> text(e, "id").equals("tag:kinopanorama,2026:films/" + unsent))
                .findFirst().orElseThrow();
        assertThat(text(unsentLetter, "title")).isEqualTo("The Unsent Letter (1960)");
        assertThat(text(unsentLetter, "summary"))
                .isEqualTo("On the lists: Betrayal in Soviet cinema, Unrequited love in Soviet cinema.");
    }

    @Test
    void ampersandsAndAngleBracketsAreEscapedInEveryFeed() throws Exception {
        try (OddlyTitledFilm film = OddlyTitledFilm.insert(db)) {
            for (String path : new String[]{"/feeds/films.atom", "/feeds/themes/betrayal.atom", "/feeds/lists/" + BETRAYAL + ".atom"}) {
                String xml = given().get(path).then().statusCode(200).extract().asString();
                assertThat(xml).as(path).contains("Tom &amp; Jerry &lt;1&gt;").doesNotContain("Tom & Jerry").doesNotContain("<1>");
                AtomDocument atom = AtomDocument.parse(xml);
                Element entry = atom.entries().stream().filter(e -> link(e, "alternate").equals(site("/films/" + film.id)))
                        .findFirst().orElseThrow(() -> new AssertionError(path + " lacks the film"));
                assertThat(text(entry, "title")).as(path).startsWith(OddlyTitledFilm.TITLE + " (1963)");
            }

            String list = given().get("/feeds/lists/" + BETRAYAL + ".atom").asString();
            assertThat(list).doesNotContain("<script>").doesNotContain("<b>");
            Element last = AtomDocument.parse(list).entries().get(10);
            assertThat(text(last, "summary")).isEqualTo(OddlyTitledFilm.DESCRIPTION);
            assertThat(text(last, "content")).isEqualTo(OddlyTitledFilm.DESCRIPTION + "\n\nFact: " + OddlyTitledFilm.FACT);
        }
    }

    @Test
    void anUnknownListOrThemeHasNoFeed() {
        given().get("/feeds/lists/no-such-list.atom").then().statusCode(404);
        given().get("/feeds/themes/no-such-theme.atom").then().statusCode(404);
        given().get("/feeds/lists/Betrayal.atom").then().statusCode(404);
        given().get("/feeds/films.rss").then().statusCode(404);
    }

    private static AtomDocument feed(String path) throws Exception {
        String xml = given().get(path).then().statusCode(200)
                .contentType(equalToIgnoringCase("application/atom+xml;charset=UTF-8"))
                .extract().asString();
        assertThat(xml).startsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>");
        return AtomDocument.parse(xml);
    }

    private static void assertIsAWellFormedFeed(AtomDocument atom, String self, String alternate) {
        assertThat(atom.feed.getNamespaceURI()).isEqualTo(AtomDocument.ATOM);
        assertThat(atom.feed.getLocalName()).isEqualTo("feed");
        assertThat(text(atom.feed, "id")).startsWith("tag:kinopanorama,2026:");
        assertThat(text(atom.feed, "title")).isNotBlank();
        assertRfc3339(text(atom.feed, "updated"));
        assertThat(link(atom.feed, "self")).isEqualTo(site(self));
        assertThat(link(atom.feed, "alternate")).isEqualTo(site(alternate));
        assertThat(text(children(atom.feed, "author").get(0), "name")).isEqualTo("Kinopanorama");
        for (Element entry : atom.entries()) {
            assertThat(text(entry, "id")).startsWith("tag:kinopanorama,2026:");
            assertThat(text(entry, "title")).isNotBlank();
            assertThat(link(entry, "alternate")).matches(site("/films/") + "\\d+");
            assertRfc3339(text(entry, "updated"));
        }
    }

    private static void assertRfc3339(String timestamp) {
        assertThat(timestamp).matches(RFC_3339);
        // a time the catalogue can have: not before the project, not ahead of now
        assertThat(OffsetDateTime.parse(timestamp)).isAfter(OffsetDateTime.parse("2025-01-01T00:00:00Z"))
                .isBefore(OffsetDateTime.now().plusMinutes(5));
    }

    /** The absolute address the feeds give, built like theirs from the address the test called. */
    private static String site(String path) {
        return "http://localhost:" + RestAssured.port + path;
    }
}
