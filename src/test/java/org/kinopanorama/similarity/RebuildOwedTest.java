package org.kinopanorama.similarity;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kinopanorama.RebuildsDone;
import org.kinopanorama.account.TestCurator;
import org.kinopanorama.account.Visitor;
import org.kinopanorama.ingest.dataset.DatasetImportJob;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Finding 11 of issue 17: a crash right after an ingest committed, before its rebuild, left its films without
 * related films for good. The rebuild is now owed in the ingest's own transaction and carried out later.
 */
@QuarkusTest
class RebuildOwedTest {

    @Inject
    AgroalDataSource db;

    @Inject
    SimilarityRebuild rebuild;

    @Inject
    DatasetImportJob job;

    StoredNeighbours stored;

    @BeforeEach
    void setUp() {
        stored = new StoredNeighbours(db);
    }

    @AfterEach
    void disarm() {
        CrashAfterCommit.ARMED.set(false);
    }

    @Test
    void aCrashBetweenAnIngestAndItsRebuildIsRepairedAtTheNextStart() throws SQLException {
        String marker = Visitor.uniqueName("owed").replace("-", "");
        long pact = crashAfterIngesting(marker);

        assertThat(stored.of(pact)).as("the crash came before the rebuild").isEmpty();
        assertThat(owed(pact)).as("the ingest's own transaction recorded the rebuild it owes").isTrue();
        String before = given().get("/films/" + pact).then().statusCode(200).extract().asString();
        assertThat(RelatedFilmsTest.related(before)).isEmpty();

        rebuild.onStart(new StartupEvent());

        long forest = stored.film("The Forest of " + marker);
        long ascent = stored.film("The Ascent");
        assertThat(stored.of(pact)).as("the start-up carried out the owed rebuild").contains(forest, ascent);
        assertThat(owed(pact)).as("and cleared it in its own transaction").isFalse();
        String after = given().get("/films/" + pact).then().statusCode(200).extract().asString();
        assertThat(RelatedFilmsTest.related(after)).contains(forest);
    }

    @Test
    void theScheduleCarriesOutAnOwedRebuildOnARunningInstance() throws SQLException {
        String marker = Visitor.uniqueName("sched").replace("-", "");
        long pact = crashAfterIngesting(marker);
        assertThat(stored.of(pact)).isEmpty();

        rebuild.scheduledOwedRebuild();

        assertThat(stored.of(pact)).contains(stored.film("The Bridge of " + marker));
        assertThat(owed(pact)).isFalse();
    }

    @Test
    void everyDatasetBatchOwesItsFilmsARebuildUntilOneRuns() throws Exception {
        // inside the tests' import folder (%test.kinopanorama.datasets.import-dir), named relative to it
        Path importDir = Files.createDirectories(Path.of("target/test-classes/datasets"));
        Path dir = Files.createTempDirectory(importDir, "owed-");
        String marker = Visitor.uniqueName("ml").replace("-", "");
        long first = 900_000 + (System.nanoTime() % 90_000) * 10;
        Files.writeString(dir.resolve("movies.csv"), """
                movieId,title,genres
                %1$d,"The Owed Partisan of %3$s (1966)",Drama|War
                %2$d,"The Owed Scout of %3$s (1968)",Drama|War
                """.formatted(first, first + 1, marker));
        Files.writeString(dir.resolve("links.csv"), "movieId,imdbId,tmdbId\n");
        Files.writeString(dir.resolve("ratings.csv"), """
                userId,movieId,rating,timestamp
                7,%1$d,5.0,1
                7,%2$d,4.5,2
                """.formatted(first, first + 1));
        Files.writeString(dir.resolve("tags.csv"), "userId,movieId,tag,timestamp\n");

        CrashAfterCommit.ARMED.set(true);
        long id = job.start(DatasetImportJob.MOVIELENS, importDir.relativize(dir).toString(), null, true, "test");
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (job.find(id, 0).orElseThrow().active()) {
            assertThat(Instant.now()).isBefore(deadline);
            Thread.sleep(100);
        }
        Thread.sleep(500); // the runner fires its change (and meets the crash) after marking the import done
        CrashAfterCommit.ARMED.set(false);
        assertThat(job.find(id, 0).orElseThrow().status()).isEqualTo("done");
        String imported = "SELECT film_id FROM dataset_record WHERE source = 'movielens' AND record_id IN ('%d', '%d')"
                .formatted(first, first + 1);
        assertThat(stored.scalar("SELECT count(*) FROM (" + imported + ") f")).isEqualTo(2);
        assertThat(stored.scalar("SELECT count(*) FROM similarity_owed WHERE film_id IN (" + imported + ")"))
                .as("both films are owed a rebuild, recorded with the batch that wrote them").isEqualTo(2);
        assertThat(stored.scalar("SELECT count(*) FROM film_neighbour WHERE film_id IN (" + imported + ")")).isZero();

        assertThat(rebuild.rebuildOwed("test")).isPresent();
        assertThat(stored.scalar("SELECT count(*) FROM similarity_owed WHERE film_id IN (" + imported + ")")).isZero();
        assertThat(stored.scalar("SELECT count(DISTINCT film_id) FROM film_neighbour WHERE film_id IN (" + imported + ")"))
                .as("each has related films now").isEqualTo(2);
    }

    @Test
    void nothingOwedMeansNoRebuild() throws SQLException {
        rebuild.rebuildOwed("test"); // whatever another test left
        long builds = stored.scalar("SELECT count(*) FROM similarity_build");
        assertThat(rebuild.rebuildOwed("test")).isEmpty();
        assertThat(stored.scalar("SELECT count(*) FROM similarity_build")).isEqualTo(builds);
    }

    @Test
    void anIngestWhoseRebuildRanOwesNothing() throws SQLException {
        String marker = Visitor.uniqueName("paid").replace("-", "");
        ingest(marker).then().statusCode(200);
        RebuildsDone.await();
        long pact = stored.film("The Pact of " + marker);
        assertThat(stored.of(pact)).isNotEmpty();
        assertThat(owed(pact)).isFalse();
    }

    private long crashAfterIngesting(String marker) throws SQLException {
        CrashAfterCommit.ARMED.set(true);
        int status = ingest(marker).statusCode();
        CrashAfterCommit.ARMED.set(false);
        assertThat(status).as("the simulated crash surfaces as a server error").isEqualTo(500);
        return stored.film("The Pact of " + marker);
    }

    /** Uploads three partisan films named after the marker through the curators' API. */
    static io.restassured.response.Response ingest(String marker) {
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
        return given().auth().preemptive().basic(TestCurator.USERNAME, TestCurator.PASSWORD)
                .contentType("text/plain; charset=UTF-8").body(document.getBytes(StandardCharsets.UTF_8))
                .queryParam("name", marker + ".txt")
                .post("/api/documents");
    }

    private boolean owed(long film) throws SQLException {
        return stored.scalar("SELECT count(*) FROM similarity_owed WHERE film_id = " + film) > 0;
    }
}
