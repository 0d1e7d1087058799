package org.kinopanorama.ingest.dataset;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.kinopanorama.account.TestCurator;
import org.kinopanorama.account.Visitor;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

/** A curator starts imports from the page (server path or upload) and from the API, and watches them. */
@QuarkusTest
@TestProfile(DatasetProfile.class)
class DatasetDeskTest {

    @Inject
    DatasetImportJob job;

    private static Visitor curator() {
        Visitor curator = new Visitor();
        assertThat(curator.signIn(TestCurator.USERNAME, TestCurator.PASSWORD).statusCode()).isEqualTo(303);
        return curator;
    }

    @Test
    void aCuratorStartsAnImportFromAServerPathAndSeesItsProgressAndLog() {
        Visitor curator = curator();
        curator.get("/curate/datasets").then().statusCode(200).body(containsString("Import open datasets"));
        Response started = curator.request().multiPart("csrf", curator.csrfToken())
                .multiPart("dataset", "soviet-cinema").multiPart("path", Imports.SOVIET_NAME)
                .post("/curate/datasets");
        assertThat(started.statusCode()).isEqualTo(303);
        String location = started.header("Location").replaceAll("^https?://[^/]+", "");
        assertThat(location).matches("/curate/datasets/[0-9]+");
        Imports.await(job, Long.parseLong(location.substring(location.lastIndexOf('/') + 1)));
        curator.get(location).then().statusCode(200)
                .body(containsString("<progress"))
                .body(containsString("done"))
                .body(containsString("films/no-year.yaml"))
                .body(containsString("no year"))
                .body(containsString("films/broken.yaml"));
    }

    @Test
    void anUploadedMovieLensZipIsImported() throws Exception {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip); Stream<Path> files = Files.list(Imports.MOVIELENS)) {
            for (Path f : files.sorted().toList()) {
                out.putNextEntry(new ZipEntry("ml-test/" + f.getFileName()));
                out.write(Files.readAllBytes(f));
                out.closeEntry();
            }
        }
        Visitor curator = curator();
        curator.get("/curate/datasets");
        Response started = curator.request().multiPart("csrf", curator.csrfToken()).multiPart("dataset", "movielens")
                .multiPart("archive", "ml-test.zip", zip.toByteArray(), "application/zip").post("/curate/datasets");
        assertThat(started.statusCode()).isEqualTo(303);
        String location = started.header("Location").replaceAll("^https?://[^/]+", "");
        ImportView done = Imports.await(job, Long.parseLong(location.substring(location.lastIndexOf('/') + 1)));
        assertThat(done.status()).isEqualTo("done");
        assertThat(done.total()).isGreaterThan(0);
    }

    @Test
    void aMissingPathIsRefusedNextToTheFieldAndNobodyElseMayImport() {
        Visitor curator = curator();
        curator.get("/curate/datasets");
        Response refused = curator.request().multiPart("csrf", curator.csrfToken()).multiPart("dataset", "soviet-cinema")
                .multiPart("path", "no/such/folder").post("/curate/datasets");
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.asString()).contains("no/such/folder").contains("aria-invalid=\"true\"");

        Visitor member = Visitor.signedUp(Visitor.uniqueName("member"));
        assertThat(member.get("/curate/datasets").statusCode()).isEqualTo(403);
        assertThat(new Visitor().get("/curate/datasets").statusCode()).isEqualTo(303);
        given().post("/api/datasets/imports?dataset=movielens&path=" + Imports.MOVIELENS_NAME).then().statusCode(401);
    }

    @Test
    void theApiStartsAnImportAnswers202AndReportsProgress() {
        Response started = given().auth().preemptive().basic(TestCurator.USERNAME, TestCurator.PASSWORD)
                .post("/api/datasets/imports?dataset=movielens&path=" + Imports.MOVIELENS_NAME);
        started.then().statusCode(202).header("Location", containsString("/api/datasets/imports/")).body("id", notNullValue());
        long id = started.jsonPath().getLong("id");
        Imports.await(job, id);
        given().auth().preemptive().basic(TestCurator.USERNAME, TestCurator.PASSWORD).get("/api/datasets/imports/" + id)
                .then().statusCode(200).body("status", equalTo("done")).body("dataset", equalTo("movielens"));
        given().auth().preemptive().basic(TestCurator.USERNAME, TestCurator.PASSWORD).post("/api/datasets/imports?dataset=films&path=x")
                .then().statusCode(400).body("error", containsString("soviet-cinema or movielens"));
        given().auth().preemptive().basic(TestCurator.USERNAME, TestCurator.PASSWORD).get("/api/datasets/imports/999999999").then().statusCode(404);
    }
}
