package org.kinopanorama.ingest.dataset;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kinopanorama.Sql;
import org.kinopanorama.account.TestCurator;
import org.kinopanorama.account.Visitor;

import javax.sql.DataSource;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile datasets and paths against the running app (limits lowered by {@link DatasetProfile}): archive
 * bombs, too many entries, a huge file and an Error inside an import each end that import failed with its
 * reason while the next one in the queue runs; a path that leaves the import folder is refused with a 4xx;
 * no answer names a server path; a finished import's uploaded archive is dropped after the configured time.
 */
@QuarkusTest
@TestProfile(DatasetProfile.class)
class DatasetLimitsTest {

    private static final long MIB = 1 << 20;

    @Inject
    DatasetImportJob job;

    @Inject
    DataSource dataSource;

    private static final String[] SERVER_PATHS = {Path.of("").toAbsolutePath().toString(), System.getProperty("java.io.tmpdir"),
            "target/test-classes", "/work/"};

    private static Response upload(String dataset, String fileName, byte[] archive) {
        return given().auth().preemptive().basic(TestCurator.USERNAME, TestCurator.PASSWORD)
                .multiPart("dataset", dataset).multiPart("archive", fileName, archive, "application/octet-stream")
                .post("/api/datasets/imports");
    }

    private static Response startFrom(String dataset, String path) {
        return given().auth().preemptive().basic(TestCurator.USERNAME, TestCurator.PASSWORD)
                .queryParam("dataset", dataset).queryParam("path", path).post("/api/datasets/imports");
    }

    private static long accepted(Response r) {
        assertThat(r.statusCode()).as(r.asString()).isEqualTo(202);
        return r.jsonPath().getLong("id");
    }

    private ImportView failedWith(long id, String reason) {
        ImportView v = Imports.await(job, id);
        assertThat(v.status()).isEqualTo("failed");
        assertThat(v.error()).isEqualTo(reason);
        assertThat(v.log()).anySatisfy(l -> assertThat(l.message()).isEqualTo(reason));
        assertNoServerPath(v.error());
        return v;
    }

    private static void assertNoServerPath(String text) {
        for (String p : SERVER_PATHS) {
            assertThat(text).doesNotContain(p);
        }
    }

    /** What a test put in the import folder, removed after it (links themselves, never what they point to). */
    private final List<Path> created = new java.util.ArrayList<>();

    @AfterEach
    void removeWhatWasCreated() throws Exception {
        for (Path p : created) {
            try (Stream<Path> s = Files.walk(p)) {
                for (Path q : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(q);
                }
            }
        }
    }

    /** A folder of its own in the import folder, named as a curator would give it. */
    private Path datasetFolder(String prefix) throws Exception {
        Path folder = Files.createDirectories(Imports.IMPORT_DIR.resolve(prefix + "-" + UUID.randomUUID()));
        created.add(folder);
        return folder;
    }

    @Test
    void anArchiveBombFailsWithItsReasonAndTheNextImportRuns() throws Exception {
        byte[] bomb = Bombs.tarGzWithZeroFiles(150, 500 * 1024); // 73 MiB unpacked, every file under the file limit
        assertThat(bomb.length).isLessThan(200_000);
        long bombed = accepted(upload("soviet-cinema", "bomb.tar.gz", bomb));
        long next = accepted(startFrom("movielens", Imports.MOVIELENS_NAME));
        failedWith(bombed, "bomb.tar.gz unpacks to more than 1048576 bytes (KINOPANORAMA_DATASETS_MAX_UNPACKED_BYTES)");
        assertThat(Imports.await(job, next).status()).isEqualTo("done");
    }

    @Test
    void tooManyEntriesOrOneFileTooLargeFailTheImportAndNothingElse() throws Exception {
        long many = accepted(upload("soviet-cinema", "many.tar.gz", Bombs.tarGzWithManyFiles(1_000)));
        long big = accepted(upload("soviet-cinema", "big.tar.gz", Bombs.tarGzWithOneHugeFile(600 * 1024)));
        Path folder = datasetFolder("sparse");
        Files.writeString(Files.createDirectories(folder.resolve("films")).resolve("a.yaml"), "id: a\n");
        Bombs.sparse(folder.resolve("films/huge.yaml"), 3L << 30); // a 3 GB film file that takes no disk
        long sparse = accepted(startFrom("soviet-cinema", folder.getFileName().toString()));
        long next = accepted(startFrom("movielens", Imports.MOVIELENS_NAME));

        failedWith(many, "many.tar.gz has more than 200 entries (files and folders; KINOPANORAMA_DATASETS_MAX_ENTRIES)");
        failedWith(big, "bomb/films/zeros.yaml in big.tar.gz is larger than 524288 bytes (KINOPANORAMA_DATASETS_MAX_FILE_BYTES)");
        failedWith(sparse, folder.getFileName() + "/films/huge.yaml is larger than 524288 bytes (KINOPANORAMA_DATASETS_MAX_FILE_BYTES)");
        assertThat(Imports.await(job, next).status()).isEqualTo("done");
    }

    @Test
    void anErrorThrownInsideAnImportMarksItFailedAndFreesTheQueue() throws Exception {
        Path folder = datasetFolder("error");
        Files.createDirectories(folder.resolve("films"));
        Files.writeString(folder.resolve(FaultyImporters.MARKER), "");
        long thrown = accepted(startFrom("soviet-cinema", folder.getFileName().toString()));
        long next = accepted(startFrom("movielens", Imports.MOVIELENS_NAME));
        failedWith(thrown, "the server ran out of memory during the import (give it more heap, or lower the dataset limits)");
        assertThat(Imports.await(job, next).status()).isEqualTo("done");
        assertThat(job.find(thrown, 0).orElseThrow().resumable()).isTrue();
    }

    @Test
    void pathsThatLeaveTheImportFolderAreRefusedWithoutNamingServerPaths() throws Exception {
        Path link = Imports.IMPORT_DIR.resolve("link-out-" + UUID.randomUUID());
        Files.createSymbolicLink(link, Path.of("/etc"));
        created.add(link);
        Path fileLink = Imports.IMPORT_DIR.resolve("passwd-" + UUID.randomUUID());
        Files.createSymbolicLink(fileLink, Path.of("/etc/passwd"));
        created.add(fileLink);
        long imports = count();
        record Case(String path, int status, String error) {
        }
        List<Case> cases = List.of(
                new Case("../../../../../../etc/passwd", 400, "../../../../../../etc/passwd: a path may not leave the import folder (no '..')."),
                new Case("../datasets/" + Imports.SOVIET_NAME, 400, "../datasets/soviet: a path may not leave the import folder (no '..')."),
                new Case("/etc/passwd", 400, "Give a path relative to the import folder, not an absolute one."),
                new Case("/etc/shadow", 400, "Give a path relative to the import folder, not an absolute one."),
                new Case("/", 400, "Give a path relative to the import folder, not an absolute one."),
                new Case(Imports.IMPORT_DIR.toAbsolutePath().resolve(Imports.SOVIET_NAME).toString(), 400,
                        "Give a path relative to the import folder, not an absolute one."),
                new Case(link.getFileName() + "/passwd", 400, link.getFileName() + "/passwd leads outside the import folder."),
                new Case(fileLink.getFileName().toString(), 400, fileLink.getFileName() + " leads outside the import folder."),
                new Case("no/such/dataset", 422, "Nothing readable named no/such/dataset in the import folder."));
        for (Case c : cases) {
            Response r = startFrom("soviet-cinema", c.path());
            assertThat(r.statusCode()).as(c.path()).isEqualTo(c.status());
            assertThat(r.jsonPath().getString("error")).as(c.path()).isEqualTo(c.error());
            if (!c.path().startsWith("/")) {
                assertNoServerPath(r.asString());
            }
        }
        assertThat(count()).as("nothing queued").isEqualTo(imports);

        // the curator's page: the same refusals next to the field, and a help text about the import folder
        Visitor curator = new Visitor();
        assertThat(curator.signIn(TestCurator.USERNAME, TestCurator.PASSWORD).statusCode()).isEqualTo(303);
        assertThat(curator.get("/curate/datasets").asString()).contains("inside the server&#39;s import folder")
                .doesNotContain("../shared");
        for (String path : new String[] {"/etc/shadow", "/", "../../../etc", link.getFileName() + "/passwd"}) {
            Response page = curator.request().multiPart("csrf", curator.csrfToken()).multiPart("dataset", "soviet-cinema")
                    .multiPart("path", path).post("/curate/datasets");
            assertThat(page.statusCode()).as(path).isEqualTo(400);
            String body = page.asString();
            assertThat(body).as(path).contains("aria-invalid=\"true\"").containsAnyOf("import folder");
            String error = body.replaceAll("(?s).*id=\"path-error\"[^>]*>([^<]*)<.*", "$1");
            assertNoServerPath(error);
        }
        assertThat(count()).isEqualTo(imports);
    }

    @Test
    void aQueuedPathIsCheckedAgainWhenItRuns() {
        long id = job.start(DatasetImportJob.SOVIET_CINEMA, "../../../etc", null, false, "test");
        failedWith(id, "../../../etc: a path may not leave the import folder (no '..').");
    }

    @Test
    void aFinishedImportDropsItsUploadedArchiveAfterTheConfiguredTime() throws Exception {
        long kept = accepted(upload("movielens", "ml-kept.zip", movieLensZip()));
        long old = accepted(upload("movielens", "ml-old.zip", movieLensZip()));
        long oldFailed = accepted(upload("soviet-cinema", "bomb-old.tar.gz", Bombs.tarGzWithOneHugeFile(2 * MIB)));
        assertThat(Imports.await(job, kept).status()).isEqualTo("done");
        assertThat(Imports.await(job, old).status()).isEqualTo("done");
        assertThat(Imports.await(job, oldFailed).status()).isEqualTo("failed");
        job.dropFinishedUploads();
        assertThat(uploadKept(kept)).isTrue();
        assertThat(uploadKept(old)).isTrue();

        // eleven minutes later (kept ten): the scheduled clean-up, every second here, drops the two old ones
        execute("UPDATE dataset_import SET finished_at = now() - interval '11 minutes' WHERE id IN (" + old + ", " + oldFailed + ")");
        Instant end = Instant.now().plus(Duration.ofSeconds(30));
        while ((uploadKept(old) || uploadKept(oldFailed)) && Instant.now().isBefore(end)) {
            Thread.sleep(200);
        }
        assertThat(uploadKept(old)).isFalse();
        assertThat(uploadKept(oldFailed)).isFalse();
        assertThat(uploadKept(kept)).isTrue();

        // resuming an import whose archive is gone says so
        assertThat(job.resume(oldFailed)).isTrue();
        ImportView resumed = Imports.await(job, oldFailed);
        assertThat(resumed.status()).isEqualTo("failed");
        assertThat(resumed.error()).isEqualTo("the uploaded archive bomb-old.tar.gz was dropped after the import finished (kept PT10M); upload it again");
    }

    private static byte[] movieLensZip() throws Exception {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip); Stream<Path> files = Files.list(Imports.MOVIELENS)) {
            for (Path f : files.sorted().toList()) {
                out.putNextEntry(new ZipEntry("ml-test/" + f.getFileName()));
                out.write(Files.readAllBytes(f));
                out.closeEntry();
            }
        }
        return zip.toByteArray();
    }

    private boolean uploadKept(long id) throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT upload IS NOT NULL, upload_dropped_at IS NULL FROM dataset_import WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                assertThat(rs.getBoolean(1)).isEqualTo(rs.getBoolean(2));
                return rs.getBoolean(1);
            }
        }
    }

    private long count() throws Exception {
        return Sql.count(dataSource, "SELECT count(*) FROM dataset_import");
    }

    private void execute(String sql) throws Exception {
        Sql.update(dataSource, sql);
    }
}
