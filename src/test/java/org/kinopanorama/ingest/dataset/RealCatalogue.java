package org.kinopanorama.ingest.dataset;

import org.junit.jupiter.api.Assumptions;
import org.kinopanorama.Sql;

import javax.sql.DataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real catalogue of the {@link RealCatalogueProfile} tests: the seed lists, then Soviet Bloc Cinema Data
 * (Soviet films) and MovieLens ml-latest-small from ../shared/data, as a new user imports them. Imported by the
 * first test that asks in a boot and reused by the others (an import already done in this database is not run
 * again). Skips the calling test with a message when ../shared/data is absent.
 */
public final class RealCatalogue {

    /** The two imports as they ended, and the number of films before them (-1 if they ran before this class knew). */
    public record Imported(ImportView soviet, ImportView movielens, long filmsBefore) {
    }

    private static Imported imported;

    private RealCatalogue() {
    }

    /** Imports both datasets unless this database has them already; skips the test without ../shared/data. */
    public static synchronized Imported ensureImported(DatasetImportJob job, DataSource dataSource) throws Exception {
        Assumptions.assumeTrue(Imports.sharedData(), "../shared/data is absent: the real datasets are not on this machine");
        if (imported != null) {
            return imported;
        }
        Long soviet = doneImport(dataSource, DatasetImportJob.SOVIET_CINEMA);
        Long movielens = doneImport(dataSource, DatasetImportJob.MOVIELENS);
        if (soviet != null && movielens != null) {
            imported = new Imported(job.find(soviet, 500).orElseThrow(), job.find(movielens, 500).orElseThrow(), -1);
            return imported;
        }
        long filmsBefore = Sql.count(dataSource, "SELECT count(*) FROM film");
        Path tarball;
        try (var s = Files.list(Imports.SHARED.resolve("soviet-bloc-cinema-data"))) {
            tarball = s.filter(p -> p.toString().endsWith(".tar.gz")).findFirst().orElseThrow();
        }
        ImportView sovietView = soviet != null ? job.find(soviet, 500).orElseThrow()
                : Imports.run(job, DatasetImportJob.SOVIET_CINEMA, Imports.SHARED, tarball, false);
        assertThat(sovietView.status()).as("Soviet Bloc Cinema Data import").isEqualTo("done");
        ImportView movielensView = Imports.run(job, DatasetImportJob.MOVIELENS, Imports.SHARED,
                Imports.SHARED.resolve("movielens-ml-latest-small"), false);
        assertThat(movielensView.status()).as("MovieLens import").isEqualTo("done");
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            // as autovacuum does after an import: the planner costs the GIN indexes by these statistics
            s.execute("VACUUM ANALYZE film_title");
            s.execute("VACUUM ANALYZE person");
            s.execute("VACUUM ANALYZE studio");
        }
        System.out.printf("[real catalogue] Soviet Bloc Cinema Data imported in %,d ms, MovieLens in %,d ms (load average %.1f)%n",
                sovietView.elapsedMillis(), movielensView.elapsedMillis(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        imported = new Imported(sovietView, movielensView, soviet != null ? -1 : filmsBefore);
        return imported;
    }

    private static Long doneImport(DataSource dataSource, String dataset) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT max(id) FROM dataset_import WHERE dataset = ? AND status = 'done'")) {
            ps.setString(1, dataset);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                long id = rs.getLong(1);
                return rs.wasNull() ? null : id;
            }
        }
    }

}
