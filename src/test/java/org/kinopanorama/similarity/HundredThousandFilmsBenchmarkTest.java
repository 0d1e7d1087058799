package org.kinopanorama.similarity;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kinopanorama.RebuildsDone;
import org.kinopanorama.database.FreshDatabaseProfile;
import org.kinopanorama.ingest.IngestService;
import org.kinopanorama.ingest.document.ListDocumentParser;

import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The similarity at the scale of 100,000 films, through the app: 100,000 generated films with the metadata the
 * real datasets give (themes, lists with descriptions and facts, directors, screenwriters, cast, a studio, genres,
 * topics, a year; 20,000 baskets) written by COPY into the embedded PostgreSQL; full rebuilds (time, peak heap);
 * then new curated list documents through the real ingest path, each followed by the rebuild around it, timed.
 * Prints the figures and the machine's load; asserts nothing. On demand only:
 * <pre>./mvnw -q verify -Pbenchmark -Dtest=HundredThousandFilmsBenchmarkTest -Dsurefire.failIfNoSpecifiedTests=false</pre>
 * ({@code -DargLine="-Xmx256m -XX:+UseSerialGC"} for the heap the README promises; add {@code -Dbenchmark.fullRebuilds=1}
 * to it for one full rebuild instead of two; {@code -Dbenchmark.films=30000} for a smaller catalogue, lists and baskets
 * in proportion; {@code -Dbenchmark.documents=2} for fewer documents than six).
 */
@Tag("benchmark")
@QuarkusTest
@TestProfile(HundredThousandFilmsBenchmarkTest.Profile.class)
class HundredThousandFilmsBenchmarkTest {

    /** A database of its own; a rebuild of 100,000 films on a loaded machine may outlast the default timeout. */
    public static class Profile extends FreshDatabaseProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("kinopanorama.similarity.rebuild-timeout-seconds", "3600",
                    // where a rebuild around a change spends its time (Neighbourhood, SimilarityRebuild)
                    "quarkus.log.category.\"org.kinopanorama.similarity\".level", "DEBUG");
        }
    }

    /** 100,000 films unless {@code -Dbenchmark.films} says otherwise (lists and baskets in proportion), to try a change smaller first. */
    private static final int FILMS = Integer.getInteger("benchmark.films", 100_000);

    private static final GeneratedCatalogue CATALOGUE =
            new GeneratedCatalogue(FILMS, FILMS * 3 / 100, FILMS / 5, true, 10_000_000, 100_000);

    @Inject
    SimilarityRebuild rebuild;

    @Inject
    IngestService ingest;

    @Inject
    AgroalDataSource db;

    @Test
    void oneHundredThousandFilms() throws Exception {
        HeapWatch heap = new HeapWatch();
        long start = System.nanoTime();
        CATALOGUE.write(db);
        CATALOGUE.writeMoreMetadata(db);
        try (Connection c = db.getConnection()) {
            c.createStatement().execute("ANALYZE");
        }
        System.out.printf("BENCHMARK 100k: %s generated and written by COPY in %,d ms (%s)%n", CATALOGUE,
                (System.nanoTime() - start) / 1_000_000, load());

        for (int run = 1; run <= Integer.getInteger("benchmark.fullRebuilds", 2); run++) {
            heap.reset();
            start = System.nanoTime();
            SimilarityRebuild.Outcome o = rebuild.rebuildAll("benchmark");
            long millis = (System.nanoTime() - start) / 1_000_000;
            System.out.printf("BENCHMARK 100k: full rebuild %d of %,d films, %,d neighbours, %,d ms; %s; %s%n", run,
                    o.films(), o.neighbours(), millis, heap, load());
        }

        List<Long> known = ids("SELECT id FROM film WHERE id >= 10000000 ORDER BY id");
        for (int d = 1; d <= Integer.getInteger("benchmark.documents", 6); d++) {
            StringBuilder document = new StringBuilder("Benchmark list " + d + ": films about trust broken in wartime.\n\n");
            document.append("The Benchmark Pact ").append(d).append(" (").append(1960 + d).append(")\n")
                    .append("Description: Two partisans during WWII cross the winter forest; one betrays the other.\n")
                    .append("Fact: Shot in Belarus in deep snow.\n\n");
            try (Connection c = db.getConnection(); ResultSet rs = c.createStatement().executeQuery(
                    "SELECT title, year FROM film WHERE id IN (" + known.get(d * 37) + ", " + known.get(d * 9_001 % FILMS)
                            + ", " + known.get(d * 15_013 % FILMS) + ", " + known.get(FILMS - 1_000 - d * 7) + ") ORDER BY id")) {
                while (rs.next()) {
                    document.append(rs.getString(1)).append(" (").append(rs.getInt(2)).append(")\n")
                            .append("Description: A partisan crosses the winter forest to warn the village.\n\n");
                }
            }
            heap.reset();
            start = System.nanoTime();
            ingest.ingest(new ListDocumentParser().parse("bench-100k-" + d + ".txt",
                    document.toString().getBytes(StandardCharsets.UTF_8)), "benchmark");
            RebuildsDone.await(); // the rebuild runs after the ingest, off its thread: timed together as before
            long millis = (System.nanoTime() - start) / 1_000_000;
            System.out.printf("BENCHMARK 100k: list document %d (1 new film, 4 known): ingest + rebuild around it %,d ms; "
                    + "%s; read %s; %s; %s%n", d, millis, lastRebuild(),
                    rebuild.lastReading().map(Object::toString).orElse("(exact path)"), heap, load());
        }
    }

    private List<Long> ids(String sql) throws SQLException {
        List<Long> out = new ArrayList<>();
        try (Connection c = db.getConnection(); ResultSet rs = c.createStatement().executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getLong(1));
            }
        }
        return out;
    }

    private String lastRebuild() throws SQLException {
        try (Connection c = db.getConnection(); ResultSet rs = c.createStatement().executeQuery(
                "SELECT scope, films, neighbours, millis FROM similarity_build ORDER BY id DESC LIMIT 1")) {
            rs.next();
            return "the rebuild (" + rs.getString(1) + ") recomputed " + rs.getInt(2) + " films, " + rs.getInt(3)
                    + " neighbours, in " + rs.getLong(4) + " ms";
        }
    }

    static String load() {
        try {
            return "load average " + Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (java.io.IOException e) {
            return "load average " + ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        }
    }

    /**
     * Peak heap two ways: the largest heap in use after any collection (the live data at its peak, what a smaller
     * {@code -Xmx} must hold) and the sum of the heap pools' peaks (an upper bound, garbage included).
     */
    static final class HeapWatch {
        private final AtomicLong liveAfterGc = new AtomicLong();

        HeapWatch() {
            for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                ((NotificationEmitter) gc).addNotificationListener((n, h) -> {
                    CompositeData info = (CompositeData) ((CompositeData) n.getUserData()).get("gcInfo");
                    long used = 0;
                    for (Object v : ((javax.management.openmbean.TabularData) info.get("memoryUsageAfterGc")).values()) {
                        CompositeData row = (CompositeData) v;
                        String pool = (String) row.get("key");
                        if (isHeap(pool)) {
                            used += MemoryUsage.from((CompositeData) row.get("value")).getUsed();
                        }
                    }
                    liveAfterGc.accumulateAndGet(used, Math::max);
                }, n -> n.getType().equals("com.sun.management.gc.notification"), null);
            }
        }

        private static boolean isHeap(String pool) {
            return ManagementFactory.getMemoryPoolMXBeans().stream()
                    .anyMatch(p -> p.getName().equals(pool) && p.getType() == MemoryType.HEAP);
        }

        void reset() {
            System.gc();
            ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
            liveAfterGc.set(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }

        @Override
        public String toString() {
            long pools = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                    .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
            return String.format("peak heap: %,d MiB live after a collection, %,d MiB sum of pool peaks, max %,d MiB",
                    liveAfterGc.get() >> 20, pools >> 20, Runtime.getRuntime().maxMemory() >> 20);
        }
    }
}
