package org.kinopanorama.ingest;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.kinopanorama.Sql;
import org.kinopanorama.database.SeedCatalogueProfile;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** After start-up on an empty database, the catalogue holds the three seed lists and their 23 films. */
@QuarkusTest
@TestProfile(SeedCatalogueProfile.class)
class SeedCatalogueTest {

    @Inject
    AgroalDataSource db;

    @Test
    void threeListsAndTwentyThreeFilms() throws Exception {
        assertThat(longs("SELECT count(*) FROM curated_list")).containsExactly(3L);
        assertThat(longs("SELECT count(*) FROM film")).containsExactly(23L);
        assertThat(longs("SELECT count(*) FROM list_entry")).containsExactly(30L);
        assertThat(strings("SELECT title FROM curated_list ORDER BY title")).containsExactly(
                "Betrayal in Soviet cinema", "True love in Soviet cinema", "Unrequited love in Soviet cinema");
    }

    @Test
    void theIronyOfFateIsOneFilmOnAllThreeListsWithBothTitlesAndAllThreeDescriptions() throws Exception {
        List<Long> films = longs("SELECT DISTINCT film_id FROM list_entry WHERE heading LIKE 'The Irony of Fate%'");
        assertThat(films).hasSize(1);
        long irony = films.get(0);
        assertThat(strings("SELECT title FROM film_title WHERE film_id = " + irony))
                .contains("The Irony of Fate", "The Irony of Fate, or Enjoy Your Bath!");
        assertThat(strings("SELECT description FROM list_entry WHERE film_id = " + irony)).hasSize(3).doesNotHaveDuplicates()
                .anySatisfy(d -> assertThat(d).startsWith("While not a traditional betrayal narrative"))
                .anySatisfy(d -> assertThat(d).startsWith("This New Year's Eve classic tells the story of a man who"))
                .anySatisfy(d -> assertThat(d).startsWith("This New Year's Eve classic tells the story of Zhenya"));

        String page = given().get("/films/" + irony).then().statusCode(200).extract().asString();
        assertThat(page).contains("The Irony of Fate, or Enjoy Your Bath!")
                .contains("Betrayal in Soviet cinema").contains("True love in Soviet cinema").contains("Unrequited love in Soviet cinema")
                .contains("While not a traditional betrayal narrative");
    }

    @Test
    void theUnsentLetterIsOneFilmWithItsYearConflictRecorded() throws Exception {
        List<Long> films = longs("SELECT DISTINCT film_id FROM list_entry WHERE heading LIKE 'The Unsent Letter (%'");
        assertThat(films).hasSize(1);
        assertThat(longs("SELECT year FROM film_year_claim WHERE film_id = " + films.get(0) + " ORDER BY year"))
                .containsExactly(1959L, 1960L);
        assertThat(given().get("/films/" + films.get(0)).asString()).contains("Sources disagree on the year");
    }

    @Test
    void everyOtherFilmIsOneFilm() throws Exception {
        // 30 entries; the six films on two or three lists account for the difference
        assertThat(longs("""
                SELECT count(*) FROM (SELECT film_id FROM list_entry GROUP BY film_id HAVING count(*) = 1) single"""))
                .containsExactly(17L);
        assertThat(strings("""
                SELECT f.title FROM film f JOIN list_entry e ON e.film_id = f.id
                GROUP BY f.id, f.title HAVING count(*) > 1 ORDER BY f.title"""))
                .containsExactly("A Cruel Romance", "Moscow Does Not Believe in Tears", "The Cranes Are Flying",
                        "The Irony of Fate", "The Love of Mankind", "The Unsent Letter");
        assertThat(longs("SELECT count(DISTINCT film_id) FROM list_entry WHERE heading IN ('The Star (1949)', 'The Stationmaster (1972)')"))
                .containsExactly(2L);
    }

    @Test
    void aNegatedMentionMakesAWeakerThemeThanAStrongOne() throws Exception {
        double ascent = weight("The Ascent", "betrayal");
        double irony = weight("The Irony of Fate", "betrayal");
        assertThat(ascent).isGreaterThan(irony + 0.3);
        assertThat(strings("""
                SELECT ev.words FROM film_theme_evidence ev JOIN theme t ON t.id = ev.theme_id
                JOIN list_entry e ON e.id = ev.entry_id
                WHERE t.slug = 'betrayal' AND e.heading = 'The Irony of Fate (1975)' AND ev.negated"""))
                .singleElement().asString().contains("betrayal");
    }

    @Test
    void aCutOffFactIsKeptAsWrittenAndFlagged() throws Exception {
        assertThat(strings("SELECT fact || '|' || fact_truncated FROM list_entry WHERE heading = 'The Shield and the Sword (1968)'"))
                .containsExactly("The film was so popular that it led to a sequel, \"The Sword and the Shield,\" released in|true");
        assertThat(longs("SELECT count(*) FROM list_entry WHERE fact_truncated")).containsExactly(1L);
    }

    private double weight(String heading, String theme) throws Exception {
        try (Connection c = db.getConnection(); PreparedStatement q = c.prepareStatement("""
                SELECT ft.weight FROM film_theme ft JOIN theme t ON t.id = ft.theme_id
                WHERE t.slug = ? AND ft.film_id = (SELECT film_id FROM list_entry WHERE heading LIKE ? || ' (%' LIMIT 1)""")) {
            q.setString(1, theme);
            q.setString(2, heading);
            try (ResultSet rs = q.executeQuery()) {
                assertThat(rs.next()).as(heading + " carries " + theme).isTrue();
                return rs.getDouble(1);
            }
        }
    }

    private List<Long> longs(String sql) throws Exception {
        return Sql.longs(db, sql);
    }

    private List<String> strings(String sql) throws Exception {
        return Sql.strings(db, sql);
    }
}
