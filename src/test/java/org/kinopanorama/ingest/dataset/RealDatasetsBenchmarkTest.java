package org.kinopanorama.ingest.dataset;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The full Soviet Bloc Cinema Data (Soviet films) and MovieLens imported as the README does it, on a database
 * with the seed lists: prints the time, the heap's peak and the process's peak RSS of each import, and which
 * seed films each dataset matched. Run: ./mvnw verify -Pbenchmark -Dtest=RealDatasetsBenchmarkTest
 */
@QuarkusTest
@TestProfile(RealDatasetsBenchmarkTest.SharedImportFolder.class)
@Tag("benchmark")
class RealDatasetsBenchmarkTest {

    /** The dataset tests' database, with the shared data folder as the import folder. */
    public static class SharedImportFolder extends DatasetProfile {
        @Override
        public java.util.Map<String, String> getConfigOverrides() {
            return java.util.Map.of("kinopanorama.datasets.import-dir", Imports.SHARED.toString());
        }
    }

    @Inject
    DatasetImportJob job;

    @Inject
    DataSource dataSource;

    @Test
    void importsBothRealDatasets() throws Exception {
        Assumptions.assumeTrue(Imports.sharedData(), "../shared/data is absent: the real datasets are not on this machine");
        Path tarball;
        try (var s = Files.list(Imports.SHARED.resolve("soviet-bloc-cinema-data"))) {
            tarball = s.filter(p -> p.toString().endsWith(".tar.gz")).findFirst().orElseThrow();
        }
        ImportView soviet = measure("Soviet Bloc Cinema Data (Soviet films)", DatasetImportJob.SOVIET_CINEMA, tarball);
        ImportView movielens = measure("MovieLens ml-latest-small (enrich)", DatasetImportJob.MOVIELENS,
                Imports.SHARED.resolve("movielens-ml-latest-small"));
        assertThat(soviet.status()).isEqualTo("done");
        assertThat(movielens.status()).isEqualTo("done");

        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("""
                     SELECT f.id, f.title, f.year,
                            (SELECT string_agg(record_id, ', ') FROM dataset_record d WHERE d.film_id = f.id AND d.source = 'sbc'),
                            (SELECT string_agg(record_id, ', ') FROM dataset_record d WHERE d.film_id = f.id AND d.source = 'movielens'),
                            (SELECT string_agg(p.name, ', ') FROM film_person fp JOIN person p ON p.id = fp.person_id
                             WHERE fp.film_id = f.id AND fp.role = 'director'),
                            (SELECT min(title) FROM film_title t WHERE t.film_id = f.id AND t.source = 'sbc')
                     FROM film f WHERE EXISTS (SELECT 1 FROM list_entry e WHERE e.film_id = f.id) ORDER BY f.title""");
             ResultSet rs = ps.executeQuery()) {
            int seed = 0;
            int sbc = 0;
            int ml = 0;
            while (rs.next()) {
                seed++;
                sbc += rs.getString(4) == null ? 0 : 1;
                ml += rs.getString(5) == null ? 0 : 1;
                System.out.printf("SEED %-45s %s | sbc=%s | ml=%s | ru=%s | directors=%s%n", rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(7), rs.getString(6));
            }
            System.out.printf("SEED FILMS %d: matched to Soviet Bloc Cinema %d, to MovieLens %d%n", seed, sbc, ml);
        }
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("""
                     SELECT (SELECT count(*) FROM film), (SELECT count(*) FROM person), (SELECT count(*) FROM studio),
                            (SELECT count(*) FROM film_title), (SELECT count(*) FROM behaviour_signal), (SELECT count(*) FROM film_claim_conflict)""");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            System.out.printf("CATALOGUE films=%d people=%d studios=%d titles=%d signals=%d conflicts=%d%n", rs.getLong(1),
                    rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6));
        }
    }

    private ImportView measure(String name, String dataset, Path path) throws Exception {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        long start = System.nanoTime();
        ImportView v = Imports.run(job, dataset, Imports.SHARED.relativize(path).toString(), false);
        long millis = (System.nanoTime() - start) / 1_000_000;
        long heapPeak = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        String hwm = Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmHWM"))
                .findFirst().orElse("VmHWM: ?").replaceAll("\\s+", " ");
        System.out.printf("IMPORT %s: %s in %d ms (job's own elapsed %s); created=%d matched=%d merged=%d unchanged=%d left-out=%d "
                        + "skipped=%d signals=%d; heap peak (sum of pools) %d MiB; process %s; max heap %d MiB%n",
                name, v.status(), millis, v.elapsed(), v.filmsCreated(), v.filmsMatched(), v.filmsMerged(), v.filmsUnchanged(),
                v.notInCatalogue(), v.skipped(), v.signals(), heapPeak >> 20, hwm, Runtime.getRuntime().maxMemory() >> 20);
        v.log().stream().limit(40).forEach(l -> System.out.println("LOG " + l.level() + " " + l.file() + ": " + l.message()));
        return v;
    }
}
