package org.kinopanorama.similarity;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.kinopanorama.RebuildsDone;
import org.kinopanorama.database.FreshDatabaseProfile;
import org.kinopanorama.ingest.IngestService;
import org.kinopanorama.ingest.document.ListDocumentParser;
import org.postgresql.PGConnection;

import java.io.BufferedReader;
import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Full rebuilds of every film's neighbours, through the app (read from PostgreSQL, computed, written back with
 * COPY), on growing catalogues: the seeds, MovieLens' 9,742 films with its ratings as baskets, then 100,000
 * generated films; then one new list document on top. Prints times and peak heap. On demand:
 * {@code ./mvnw verify -Pbenchmark -Dtest=SimilarityBenchmarkTest -DargLine=-Xmx2g}
 */
@Tag("benchmark")
@QuarkusTest
@TestProfile(FreshDatabaseProfile.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SimilarityBenchmarkTest {

    private static final Path MOVIELENS = Path.of("../shared/data/movielens-ml-latest-small");

    @Inject
    SimilarityRebuild rebuild;

    @Inject
    IngestService ingest;

    @Inject
    AgroalDataSource db;

    @Test
    @Order(1)
    void seeds() {
        measure("seeds");
    }

    @Test
    @Order(2)
    void movieLens() throws Exception {
        if (!Files.isDirectory(MOVIELENS)) {
            System.out.println("BENCHMARK movielens skipped: " + MOVIELENS.toAbsolutePath() + " is absent");
            return;
        }
        StringBuilder films = new StringBuilder();
        for (String line : Files.readAllLines(MOVIELENS.resolve("movies.csv"), StandardCharsets.UTF_8).subList(1, 9743)) {
            int comma = line.indexOf(',');
            films.append(2_000_000 + Long.parseLong(line.substring(0, comma))).append(",\"movie ")
                    .append(line, 0, comma).append("\"\n");
        }
        StringBuilder signals = new StringBuilder();
        for (String line : Files.readAllLines(MOVIELENS.resolve("ratings.csv"), StandardCharsets.UTF_8).subList(1, 100_837)) {
            String[] f = line.split(",");
            if (Double.parseDouble(f[2]) >= 3.5) {
                signals.append("movielens,").append(f[0]).append(',').append(2_000_000 + Long.parseLong(f[1])).append('\n');
            }
        }
        copy("COPY film (id, title) FROM STDIN (FORMAT csv)", films);
        copy("COPY behaviour_signal (source, basket, film_id) FROM STDIN (FORMAT csv)", signals);
        measure("seeds + MovieLens (9,742 films, ratings >= 3.5 as baskets)");
    }

    @Test
    @Order(3)
    void oneHundredThousandGeneratedFilms() throws Exception {
        GeneratedCatalogue.benchmark().write(db);
        measure("seeds + MovieLens + 100,000 generated films (3-8 themes, 3,000 lists of 10-50 with texts, 20,000 baskets)");

        String document = """
                Betrayal behind enemy lines: three more films about trust broken in wartime.

                The Benchmark Pact (1966)
                Description: Two partisans during WWII cross the winter forest; one betrays the other to save his own life.
                Fact: Shot in Belarus in deep snow.

                The Benchmark Forest (1968)
                Description: Soviet scouts behind enemy lines face a traitor within their ranks.
                Fact: The cast trained with real veterans.

                The Benchmark Bridge (1971)
                Description: A partisan unit must blow up a bridge while a betrayal threatens the mission.
                Fact: The bridge was built for the film.
                """;
        long start = System.nanoTime();
        ingest.ingest(new ListDocumentParser().parse("bench-new.txt", document.getBytes(StandardCharsets.UTF_8)), "benchmark");
        RebuildsDone.await(); // the rebuild runs after the ingest, off its thread: timed together as before
        System.out.printf("BENCHMARK one new list document (3 new films) on top: ingest + neighbours rebuilt around it in %d ms; %s%n",
                (System.nanoTime() - start) / 1_000_000, lastRebuild());

        // the same on films the catalogue has, with lists, texts and baskets of their own
        StringBuilder known = new StringBuilder("Five generated films a curator put together.\n\n");
        try (Connection c = db.getConnection(); var rs = c.createStatement().executeQuery(
                "SELECT title, year FROM film WHERE id IN (10000011, 10000500, 10020000, 10050000, 10099999) ORDER BY id")) {
            while (rs.next()) {
                known.append(rs.getString(1)).append(" (").append(rs.getInt(2)).append(")\nDescription: A partisan crosses "
                        + "the winter forest.\n\n");
            }
        }
        start = System.nanoTime();
        ingest.ingest(new ListDocumentParser().parse("bench-known.txt", known.toString().getBytes(StandardCharsets.UTF_8)), "benchmark");
        RebuildsDone.await();
        System.out.printf("BENCHMARK one new list document (5 generated films) on top: ingest + neighbours rebuilt around it in %d ms; %s%n",
                (System.nanoTime() - start) / 1_000_000, lastRebuild());
    }

    private String lastRebuild() throws SQLException {
        try (Connection c = db.getConnection(); var rs = c.createStatement().executeQuery(
                "SELECT scope, films, neighbours, millis FROM similarity_build ORDER BY id DESC LIMIT 1")) {
            rs.next();
            return "the rebuild (" + rs.getString(1) + ") recomputed " + rs.getInt(2) + " films, " + rs.getInt(3)
                    + " neighbours, in " + rs.getLong(4) + " ms";
        }
    }

    private void measure(String what) {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        long start = System.nanoTime();
        SimilarityRebuild.Outcome outcome = rebuild.rebuildAll("benchmark");
        long millis = (System.nanoTime() - start) / 1_000_000;
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        System.out.printf("BENCHMARK %s: full rebuild of %,d films, %,d neighbours stored, %,d ms (%,d ms inside); "
                        + "peak heap %,d MiB of max %,d MiB%n", what, outcome.films(), outcome.neighbours(), millis,
                outcome.millis(), peak >> 20, Runtime.getRuntime().maxMemory() >> 20);
    }

    private void copy(String sql, CharSequence rows) throws Exception {
        try (Connection c = db.getConnection()) {
            c.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, new BufferedReader(new StringReader(rows.toString())));
        }
    }
}
