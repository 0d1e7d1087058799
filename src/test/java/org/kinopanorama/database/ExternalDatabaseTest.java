package org.kinopanorama.database;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A configured JDBC URL takes precedence over the embedded server: here a second PostgreSQL plays the
 * operator's own database, and the application migrates and uses that one.
 */
@QuarkusTest
@TestProfile(SeedCatalogueProfile.class)
class ExternalDatabaseTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void theApplicationUsesTheConfiguredDatabase() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT current_setting('port'), current_database(), current_user")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).isEqualTo(FreshPostgres.port());
            assertThat(rs.getString(2)).isEqualTo(FreshPostgres.database()).startsWith("operators_db");
        }
    }

    @Test
    void theSchemaWasMigratedThere() throws Exception {
        try (Connection c = FreshPostgres.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM flyway_schema_history WHERE success")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).isPositive();
        }
    }
}
