package org.kinopanorama.ingest.dataset;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kinopanorama.RebuildsDone;
import org.kinopanorama.ingest.IngestService;
import org.kinopanorama.ingest.document.ListDocumentParser;
import org.kinopanorama.similarity.SimilarityRebuild;

import javax.sql.DataSource;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;

/**
 * Full rebuilds of every film's neighbours on the catalogue people browse: the seeds, then Soviet Bloc Cinema Data
 * and MovieLens imported from ../shared/data as the README does; then one new list document on top. Prints times
 * and peak heap, asserts nothing. On demand:
 * {@code ./mvnw verify -Pbenchmark -Dtest=RealCatalogueRebuildBenchmarkTest -Dsurefire.failIfNoSpecifiedTests=false}
 */
@QuarkusTest
@TestProfile(RealCatalogueProfile.class)
@Tag("benchmark")
class RealCatalogueRebuildBenchmarkTest {

    @Inject
    DatasetImportJob job;

    @Inject
    SimilarityRebuild rebuild;

    @Inject
    IngestService ingest;

    @Inject
    DataSource db;

    @Test
    void fullRebuildOfTheRealCatalogue() throws Exception {
        Assumptions.assumeTrue(Imports.sharedData(), "../shared/data is absent: the real datasets are not on this machine");
        RealCatalogue.ensureImported(job, db);
        for (int run = 1; run <= 3; run++) {
            System.gc();
            ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
            long start = System.nanoTime();
            SimilarityRebuild.Outcome o = rebuild.rebuildAll("benchmark");
            long millis = (System.nanoTime() - start) / 1_000_000;
            long peak = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                    .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
            System.out.printf("BENCHMARK real catalogue (seeds + Soviet Bloc Cinema Data + MovieLens), run %d: full rebuild of "
                            + "%,d films, %,d neighbours, %,d ms; peak heap %,d MiB of max %,d MiB%n", run, o.films(),
                    o.neighbours(), millis, peak >> 20, Runtime.getRuntime().maxMemory() >> 20);
        }
        String document = """
                Betrayal behind enemy lines: three more films about trust broken in wartime.

                The Benchmark Pact (1966)
                Description: Two partisans during WWII cross the winter forest; one betrays the other to save his own life.

                The Ascent (1977)
                Description: Two partisans in the winter forest; one betrays the other.

                Come and See (1985)
                Description: A boy joins the partisans in Belarus.
                """;
        long start = System.nanoTime();
        ingest.ingest(new ListDocumentParser().parse("bench-real.txt", document.getBytes(StandardCharsets.UTF_8)), "benchmark");
        RebuildsDone.await(); // the rebuild runs after the ingest, off its thread: timed together as before
        long millis = (System.nanoTime() - start) / 1_000_000;
        try (Connection c = db.getConnection(); ResultSet rs = c.createStatement().executeQuery(
                "SELECT films, neighbours, millis FROM similarity_build ORDER BY id DESC LIMIT 1")) {
            rs.next();
            System.out.printf("BENCHMARK real catalogue, one new list document (1 new film, 2 known): ingest + rebuild around it "
                    + "%,d ms; the rebuild recomputed %,d films (%,d neighbours) in %,d ms%n", millis, rs.getInt(1), rs.getInt(2), rs.getLong(3));
        }
    }
}
