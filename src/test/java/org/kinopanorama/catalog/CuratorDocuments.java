package org.kinopanorama.catalog;

import org.kinopanorama.RebuildsDone;
import org.kinopanorama.account.TestCurator;
import java.nio.charset.StandardCharsets;

import static io.restassured.RestAssured.given;

/** Lists ingested as a curator's script does it (the test profile's curator, HTTP Basic, {@code /api/documents}). */
 public final class CuratorDocuments {

    private CuratorDocuments() {
    }

    /** Ingests a one-film list "The Letter of {name}" (1962) under the file name {@code name}.txt; expects 200; waits for its rebuild. */
    public static void ingestLetterOf(String name) {
        given().auth().preemptive().basic(TestCurator.USERNAME, TestCurator.PASSWORD)
                .contentType("text/plain; charset=UTF-8")
                .body("""
                        Love and loss in Soviet cinema: films about love that is not returned.

                        The Letter of %1$s (1962)
                        Description: A letter that never arrives.
                        Fact: Filmed in Riga.
                        """.formatted(name).getBytes(StandardCharsets.UTF_8))
                .queryParam("name", name + ".txt").post("/api/documents").then().statusCode(200);
        RebuildsDone.await(); // and the rebuild of related films it queued, which bumps the catalogue version too
    }
}
