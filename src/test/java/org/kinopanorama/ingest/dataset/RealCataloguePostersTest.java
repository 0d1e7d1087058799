package org.kinopanorama.ingest.dataset;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Poster paths of the real Soviet Bloc Cinema Data: 4,945 of its Soviet films have a {@code poster_tmdb_path}, all of the
 * one allowed shape (counted from the archive's YAML), and each becomes its film's poster. Skipped without ../shared/data.
 */
@QuarkusTest
@TestProfile(RealCatalogueProfile.class)
class RealCataloguePostersTest {

    @Inject
    DatasetImportJob job;

    @Inject
    DataSource dataSource;

    @BeforeEach
    void theRealCatalogueIsImportedOnce() throws Exception {
        RealCatalogue.ensureImported(job, dataSource);
    }

    @Test
    void everySovietFilmWithAPosterPathHasItsPoster() throws SQLException {
        assertThat(count("SELECT count(*) FROM film_claim WHERE field = 'poster_tmdb_path' AND source = 'sbc'")).isEqualTo(4945);
        long films = count("SELECT count(DISTINCT film_id) FROM film_claim WHERE field = 'poster_tmdb_path'");
        assertThat(count("SELECT count(*) FROM film WHERE poster_path IS NOT NULL")).isEqualTo(films);
        assertThat(count("""
                SELECT count(*) FROM film f JOIN dataset_record r ON r.film_id = f.id AND r.source = 'sbc'
                WHERE r.record_id = 'stalker-1979' AND f.poster_path ~ '^/[A-Za-z0-9]+\\.jpg$'""")).isEqualTo(1);
    }

    private long count(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
