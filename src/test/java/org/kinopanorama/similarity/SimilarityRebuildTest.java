package org.kinopanorama.similarity;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.kinopanorama.database.FreshDatabaseProfile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kinopanorama.RebuildsDone;
import org.kinopanorama.account.TestCurator;
import org.kinopanorama.account.Visitor;
import org.kinopanorama.watchlist.CuratedFilms;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;

/**
 * When neighbours are recomputed: around an upload, on a curator's demand, and when behaviour changed. On a
 * PostgreSQL of its own with the seed lists: what a new list's films relate to is asserted against the seed films,
 * which the many test lists other classes leave in the shared database would otherwise push out of the top 20.
 */
@QuarkusTest
@TestProfile(FreshDatabaseProfile.class)
class SimilarityRebuildTest {

    @Inject
    AgroalDataSource db;

    @Inject
    SimilarityRebuild rebuild;

    StoredNeighbours stored;

    @BeforeEach
    void setUp() {
        stored = new StoredNeighbours(db);
    }

    @Test
    void anUploadedListsFilmsGetNeighboursAndBecomeNeighboursOfCloseFilms() throws SQLException {
        String marker = Visitor.uniqueName("pact").replace("-", "");
        long buildsBefore = stored.scalar("SELECT count(*) FROM similarity_build WHERE scope = 'films'");
        String document = """
                Partisans and betrayal: three films about the war behind enemy lines, where trust is the first casualty.

                The Pact of %1$s (1966)
                Description: Two partisans during WWII cross the winter forest; one betrays the other to save his own life.
                Fact: Shot in Belarus in deep snow.

                The Forest of %1$s (1968)
                Description: Soviet scouts behind enemy lines face a traitor within their ranks.
                Fact: The cast trained with real veterans.

                The Bridge of %1$s (1971)
                Description: A partisan unit must blow up a bridge while a betrayal threatens the mission.
                Fact: The bridge was built for the film.
                """.formatted(marker);

        given().auth().preemptive().basic(TestCurator.USERNAME, TestCurator.PASSWORD)
                .contentType("text/plain; charset=UTF-8").body(document.getBytes(StandardCharsets.UTF_8))
                .queryParam("name", marker + ".txt")
                .post("/api/documents")
                .then().statusCode(200).body("outcome", equalTo("CREATED"));
        RebuildsDone.await(); // the rebuild around the upload runs after it, off the request

        long pact = stored.film("The Pact of " + marker);
        long ascent = stored.film("The Ascent");
        List<Long> ofPact = stored.of(pact);
        assertThat(ofPact).as("the new film has neighbours right after the upload").isNotEmpty().contains(ascent);
        assertThat(stored.of(ascent)).as("an old film now counts the new one among its neighbours").contains(pact);
        assertThat(stored.scalar("SELECT count(*) FROM similarity_build WHERE scope = 'films'")).isGreaterThan(buildsBefore);

        long forest = stored.film("The Forest of " + marker);
        long bridge = stored.film("The Bridge of " + marker);
        String page = given().get("/films/" + pact).then().statusCode(200).extract().asString();
        assertThat(RelatedFilmsTest.related(page)).as("the new film's page shows its list-mates at once").contains(forest, bridge);
    }

    @Test
    void aCuratorRebuildsEverythingFromTheirPageWithACsrfToken() throws SQLException {
        Visitor curator = new Visitor();
        assertThat(curator.signIn(TestCurator.USERNAME, TestCurator.PASSWORD).statusCode()).isEqualTo(303);
        long fullBefore = stored.scalar("SELECT count(*) FROM similarity_build WHERE scope = 'full'");

        String page = curator.get("/curate/similarity").then().statusCode(200).extract().asString();
        assertThat(page).contains("Rebuild all related films").contains("name=\"csrf\"");

        curator.post("/curate/similarity").then().statusCode(303).header("Location", containsString("/curate/similarity"));

        assertThat(stored.scalar("SELECT count(*) FROM similarity_build WHERE scope = 'full'")).isEqualTo(fullBefore + 1);
        assertThat(curator.get("/curate/similarity").asString()).contains("every film").contains(TestCurator.USERNAME);
        assertThat(stored.scalar("SELECT count(DISTINCT film_id) FROM film_neighbour")).isGreaterThan(20);
    }

    @Test
    void aRebuildWithoutTheCsrfTokenOrByAReaderIsRefused() throws SQLException {
        long before = stored.scalar("SELECT count(*) FROM similarity_build");
        Visitor curator = new Visitor();
        curator.signIn(TestCurator.USERNAME, TestCurator.PASSWORD);
        curator.request().contentType("application/x-www-form-urlencoded").formParam("csrf", "forged")
                .post("/curate/similarity").then().statusCode(403);

        Visitor reader = Visitor.signedUp(Visitor.uniqueName("reader"));
        reader.get("/curate/similarity").then().statusCode(403);
        reader.post("/curate/similarity").then().statusCode(403);
        assertThat(stored.scalar("SELECT count(*) FROM similarity_build")).isEqualTo(before);
    }

    @Test
    void scriptsRebuildThroughTheApi() {
        given().post("/api/similarity/rebuild").then().statusCode(401).body("error", containsString("curator"));
        given().auth().preemptive().basic(TestCurator.USERNAME, TestCurator.PASSWORD).post("/api/similarity/rebuild")
                .then().statusCode(200).body("scope", equalTo("full")).body("films", greaterThan(20))
                .body("neighbours", greaterThan(20));
    }

    @Test
    void theScheduledRebuildRunsOnlyWhenFilmsWereSavedTogetherSinceTheLastOne() throws SQLException {
        rebuild.rebuildAll("test");
        assertThat(rebuild.rebuildIfBehaviourChanged("test")).as("nothing changed").isEmpty();

        long irony = stored.film("The Irony of Fate");
        long ascent = stored.film("The Ascent");
        String basket = Visitor.uniqueName("basket");
        try (Connection c = db.getConnection();
             PreparedStatement st = c.prepareStatement("INSERT INTO behaviour_signal (source, basket, film_id) VALUES ('test', ?, ?)")) {
            for (long film : List.of(irony, ascent)) {
                st.setString(1, basket);
                st.setLong(2, film);
                st.executeUpdate();
            }
        }

        try {
            assertThat(rebuild.rebuildIfBehaviourChanged("test")).as("a basket changed").hasValueSatisfying(o ->
                    assertThat(o.scope()).isEqualTo("behaviour"));
            assertThat(rebuild.rebuildIfBehaviourChanged("test")).as("and now it is up to date").isEmpty();
        } finally {
            try (Connection c = db.getConnection();
                 PreparedStatement st = c.prepareStatement("DELETE FROM behaviour_signal WHERE source = 'test' AND basket = ?")) {
                st.setString(1, basket);
                st.executeUpdate();
            }
        }
    }

    @Test
    void aFullRebuildStoresWhatSavingAFilmSaysForAnotherOnlyWhereEnoughPeopleSavedBoth() throws SQLException {
        List<CuratedFilms.FilmRef> films = CuratedFilms.ingest(db, 3).films();
        long irony = films.get(0).id();
        long ascent = films.get(1).id();
        long third = films.get(2).id();
        String marker = Visitor.uniqueName("together");
        // five people saved the first film with the second; two saved it with a third film, and that one alone once
        List<List<Long>> baskets = List.of(List.of(irony, ascent), List.of(irony, ascent), List.of(irony, ascent),
                List.of(irony, ascent), List.of(irony, ascent), List.of(irony, third), List.of(irony, third), List.of(third));
        try (Connection c = db.getConnection();
             PreparedStatement st = c.prepareStatement("INSERT INTO behaviour_signal (source, basket, film_id) VALUES ('test', ?, ?)")) {
            for (int b = 0; b < baskets.size(); b++) {
                for (long film : baskets.get(b)) {
                    st.setString(1, marker + "-" + b);
                    st.setLong(2, film);
                    st.executeUpdate();
                }
            }
        }
        try {
            rebuild.rebuildAll("test");
            assertThat(stored.scalar("SELECT count(*) FROM film_suggestion_weight WHERE film_id = " + irony
                    + " AND suggested_id = " + ascent + " AND weight > 0")).isEqualTo(1);
            assertThat(stored.scalar("SELECT count(*) FROM film_suggestion_weight WHERE film_id = " + ascent
                    + " AND suggested_id = " + irony)).isEqualTo(1);
            assertThat(stored.scalar("SELECT count(*) FROM film_suggestion_weight WHERE " + third
                    + " IN (film_id, suggested_id)")).as("two people's pair is below the floor").isZero();
        } finally {
            try (Connection c = db.getConnection();
                 PreparedStatement st = c.prepareStatement("DELETE FROM behaviour_signal WHERE source = 'test' AND basket LIKE ?")) {
                st.setString(1, marker + "-%");
                st.executeUpdate();
            }
            rebuild.rebuildAll("test");
        }
        assertThat(stored.scalar("SELECT count(*) FROM film_suggestion_weight WHERE film_id = " + irony
                + " AND suggested_id = " + ascent)).as("gone with the baskets").isZero();
    }
}
