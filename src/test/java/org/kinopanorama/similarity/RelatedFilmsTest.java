package org.kinopanorama.similarity;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kinopanorama.database.SeedCatalogueProfile;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** "If you liked this" on the seeded catalogue, as a first start leaves it. */
@QuarkusTest
@TestProfile(SeedCatalogueProfile.class)
class RelatedFilmsTest {

    private static final Pattern RELATED = Pattern.compile("<a class=\"related__link\" href=\"/films/(\\d+)\">");

    @Inject
    AgroalDataSource db;

    StoredNeighbours stored;

    @BeforeEach
    void setUp() {
        stored = new StoredNeighbours(db);
    }

    @Test
    void theAscentAndTheStarFindEachOtherNearTheTop() throws SQLException {
        long ascent = stored.film("The Ascent");
        long star = stored.film("The Star");

        assertThat(stored.of(ascent).subList(0, 3)).contains(star);
        assertThat(stored.of(star).subList(0, 3)).contains(ascent);
        assertThat(stored.reasons(ascent, star)).contains("\"kind\": \"THEME\"").contains("betrayal");
    }

    @Test
    void everySeededFilmHasUpToKNeighboursEachWithReasons() throws SQLException {
        assertThat(stored.scalar("SELECT count(DISTINCT film_id) FROM film_neighbour"))
                .isEqualTo(stored.scalar("SELECT count(*) FROM film"));
        assertThat(stored.scalar("SELECT max(c) FROM (SELECT count(*) c FROM film_neighbour GROUP BY film_id) x")).isLessThanOrEqualTo(20);
        assertThat(stored.scalar("SELECT count(*) FROM film_neighbour WHERE reasons = '[]'::jsonb")).isZero();
        // ranks run 1..n without gaps
        assertThat(stored.scalar("SELECT count(*) FROM (SELECT film_id FROM film_neighbour GROUP BY film_id HAVING max(rank) <> count(*)) x")).isZero();
    }

    @Test
    void theFilmPageShowsRelatedFilmsWithTheirReasons() throws SQLException {
        long ascent = stored.film("The Ascent");
        long star = stored.film("The Star");

        String html = given().get("/films/" + ascent).then().statusCode(200).extract().asString();

        assertThat(html).contains("<h2 id=\"related-title\">If you liked this</h2>");
        List<Long> shown = related(html);
        assertThat(shown).hasSizeBetween(1, 8).doesNotContain(ascent).contains(star);
        String card = card(html, star);
        assertThat(card).contains("The Star").contains("(1949)").contains("Both:").contains(">Betrayal</a>");
        assertThat(card.indexOf("Both:")).as("themes come first").isLessThan(card.indexOf("both on"));
        assertThat(card).contains("both on").contains("Betrayal in Soviet cinema");
    }

    @Test
    void reasonsAreInRussianForARussianReader() throws SQLException {
        long ascent = stored.film("The Ascent");
        String html = given().cookie("kp-lang", "ru").get("/films/" + ascent).then().statusCode(200).extract().asString();

        assertThat(html).contains("Если вам понравился этот фильм").contains("Общее:").contains(">Предательство</a>");
    }

    @Test
    void leaningTowardAThemeBringsFilmsWithMoreOfItFirst() throws SQLException {
        long irony = stored.film("The Irony of Fate");
        String usual = given().get("/films/" + irony).then().statusCode(200).extract().asString();
        assertThat(usual).contains("More like this, but").contains("?more=");

        boolean changedSomewhere = false;
        for (String theme : offeredThemes(usual, irony)) {
            String more = given().get("/films/" + irony + "?more=" + theme).then().statusCode(200).extract().asString();
            String less = given().get("/films/" + irony + "?less=" + theme).then().statusCode(200).extract().asString();
            assertThat(more).contains("Leaning toward").contains("aria-current=\"true\"");
            assertThat(less).contains("Leaning away from");
            double firstMore = weight(related(more).get(0), theme);
            double firstLess = weight(related(less).get(0), theme);
            assertThat(firstMore).as("theme %s", theme).isGreaterThanOrEqualTo(firstLess);
            long carrying = stored.scalar("SELECT count(*) FROM film_neighbour n JOIN film_theme ft ON ft.film_id = n.neighbour_id"
                    + " JOIN theme t ON t.id = ft.theme_id WHERE n.film_id = " + irony + " AND t.slug = '" + theme + "' AND ft.weight >= 0.3");
            if (carrying > 0) {
                assertThat(firstMore).as("leaning toward %s, a film carrying it comes first", theme).isGreaterThanOrEqualTo(0.3);
            }
            if (carrying < stored.of(irony).size()) {
                assertThat(firstLess).as("leaning away from %s, a film without it comes first", theme).isLessThan(0.3);
            }
            changedSomewhere |= !related(more).equals(related(less));
        }
        assertThat(changedSomewhere).as("some refinement changes the order").isTrue();
    }

    @Test
    void anUnknownThemeIsNamedAndTheUsualOrderKept() throws SQLException {
        long irony = stored.film("The Irony of Fate");
        String usual = given().get("/films/" + irony).then().statusCode(200).extract().asString();

        String html = given().get("/films/" + irony + "?more=no-such-theme").then().statusCode(400).extract().asString();

        assertThat(html).contains("There is no theme “no-such-theme”");
        assertThat(related(html)).isEqualTo(related(usual));
    }

    @Test
    void markupInARefinementIsEscaped() throws SQLException {
        long irony = stored.film("The Irony of Fate");
        String html = given().get("/films/" + irony + "?more=<script>x</script>").then().statusCode(400).extract().asString();
        assertThat(html).doesNotContain("<script>x</script>").contains("&lt;script&gt;");
    }

    private double weight(long film, String theme) throws SQLException {
        return stored.scalar("SELECT coalesce(max(ft.weight * 1000), 0) FROM film_theme ft JOIN theme t ON t.id = ft.theme_id "
                + "WHERE ft.film_id = " + film + " AND t.slug = '" + theme + "'") / 1000.0;
    }

    private static List<String> offeredThemes(String html, long film) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("href=\"/films/" + film + "\\?more=([a-z0-9-]+)#related\"").matcher(html);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    static List<Long> related(String html) {
        List<Long> out = new ArrayList<>();
        Matcher m = RELATED.matcher(html);
        while (m.find()) {
            out.add(Long.parseLong(m.group(1)));
        }
        return out;
    }

    private static String card(String html, long film) {
        int start = html.indexOf("<a class=\"related__link\" href=\"/films/" + film + "\">");
        int end = html.indexOf("</li>", start);
        return html.substring(start, end);
    }
}
