package org.kinopanorama.similarity;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.kinopanorama.RebuildsDone;
import org.kinopanorama.account.TestCurator;
import org.kinopanorama.account.Visitor;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rebuild around an upload runs after the upload committed, off the curator's request, one at a time across
 * instances (a PostgreSQL advisory lock); the curators' page of related films says where it stands.
 */
@QuarkusTest
class RebuildStateTest {

    @Inject
    AgroalDataSource db;

    @Test
    void anUploadReturnsWhileItsRebuildWaitsAndThePageShowsItQueuedThenFinished() throws Exception {
        String marker = Visitor.uniqueName("queued").replace("-", "");
        StoredNeighbours stored = new StoredNeighbours(db);
        long pact;
        // another instance's rebuild, as it holds the lock
        try (Connection other = db.getConnection()) {
            other.setAutoCommit(false);
            try (Statement st = other.createStatement()) {
                st.execute("SELECT pg_advisory_xact_lock(hashtext('kinopanorama.similarity'))");
            }
            upload(marker);
            pact = stored.film("The Pact of " + marker);
            assertThat(stored.of(pact)).as("the upload returned before its rebuild ran").isEmpty();

            String page = curator().get("/curate/similarity").then().statusCode(200).extract().asString();
            assertThat(state(page, "running")).as("a rebuild runs (the other instance's)").contains("Running since");
            assertThat(state(page, "queued")).as("the upload's films wait").contains("Queued: ").contains("films wait");
            assertThat(page).doesNotContain("data-state=\"idle\"");
            other.rollback();
        }
        RebuildsDone.await();

        assertThat(stored.of(pact)).as("the queued rebuild ran once the lock was free").isNotEmpty();
        String page = curator().get("/curate/similarity").then().statusCode(200).extract().asString();
        assertThat(page).doesNotContain("data-state=\"running\"");
        assertThat(state(page, "finished")).as("the last rebuild with its figures").containsPattern("Last finished .*: \\d+ films, \\d+ neighbours stored, in \\d+ ms");
    }

    @Test
    void aFailedRebuildIsShownWithItsReasonUntilARebuildFinishes() throws SQLException {
        String marker = Visitor.uniqueName("failed").replace("-", "");
        try (NeighbourWritesFail failing = new NeighbourWritesFail(db, "simulated failure for the curators page")) {
            upload(marker);
            RebuildsDone.await();
        }
        Visitor curator = curator();
        String page = curator.get("/curate/similarity").asString();
        assertThat(state(page, "failed")).contains("Failed").contains("simulated failure for the curators page")
                .contains("ingest list:");
        assertThat(state(page, "queued")).as("its films stay queued").contains("Queued: ");

        // the curator's full rebuild takes them
        curator.post("/curate/similarity");
        page = curator.get("/curate/similarity").asString();
        assertThat(page).doesNotContain("data-state=\"failed\"").contains("data-state=\"idle\"");
    }

    @Test
    void onlyCuratorsSeeTheState() {
        given().redirects().follow(false).get("/curate/similarity").then().statusCode(303);
        Visitor.signedUp(Visitor.uniqueName("member")).request().get("/curate/similarity").then().statusCode(403);
    }

    private static Visitor curator() {
        Visitor curator = new Visitor();
        assertThat(curator.signIn(TestCurator.USERNAME, TestCurator.PASSWORD).statusCode()).isEqualTo(303);
        return curator;
    }

    private static String state(String page, String state) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<li data-state=\"" + state + "\"[^>]*>(.*?)</li>", java.util.regex.Pattern.DOTALL).matcher(page);
        assertThat(m.find()).as("the page shows the state %s", state).isTrue();
        return m.group(1);
    }

    private static void upload(String marker) {
        RebuildOwedTest.ingest(marker).then().statusCode(200);
    }
}
