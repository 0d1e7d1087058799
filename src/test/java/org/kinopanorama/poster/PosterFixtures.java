package org.kinopanorama.poster;

import org.kinopanorama.ingest.dataset.DatasetImportJob;
import org.kinopanorama.ingest.dataset.ImportView;
import org.kinopanorama.ingest.dataset.Imports;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The poster fixtures (src/test/resources/datasets/soviet-posters: one film with a real-shaped TMDb path, one without,
 * and a dozen with hostile paths) and the small Soviet fixture (people, for a person page), imported as a curator would.
 */
final class PosterFixtures {

    static final String GOOD_PATH = "/beB35H9cn0jTBZeU2NZsOB1RVVV.jpg";

    private PosterFixtures() {
    }

    static synchronized void ensureImported(DatasetImportJob job) {
        for (String name : new String[] {"soviet", "soviet-posters"}) {
            ImportView v = Imports.await(job, job.start(DatasetImportJob.SOVIET_CINEMA, name, null, false, "test"));
            assertThat(v.status()).as(name).isEqualTo("done");
        }
    }

    /** The film of a Soviet Bloc Cinema record. */
    static long film(DataSource dataSource, String recordId) throws SQLException {
        return longOf(dataSource, "SELECT film_id FROM dataset_record WHERE source = 'sbc' AND record_id = ?", recordId);
    }

    static long longOf(DataSource dataSource, String sql, Object... params) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                assertThat(rs.next()).as(sql).isTrue();
                return rs.getLong(1);
            }
        }
    }

    static String stringOf(DataSource dataSource, String sql, Object... params) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }
}
