package org.kinopanorama.database;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A configured JDBC URL takes precedence over the embedded server: here a second PostgreSQL plays the
 * operator's own database, and the application migrates and uses that one.
 */
@QuarkusTest
@TestProfile(ExternalDatabaseTest.ExternalDatabase.class)
class ExternalDatabaseTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void theApplicationUsesTheConfiguredDatabase() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT current_setting('port'), current_database(), current_user")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).isEqualTo(OperatorsPostgres.server.port());
            assertThat(rs.getString(2)).isEqualTo("operators_db");
        }
    }

    @Test
    void theSchemaWasMigratedThere() throws Exception {
        try (Connection c = OperatorsPostgres.server.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM flyway_schema_history WHERE success")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).isPositive();
        }
    }

    public static class ExternalDatabase implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(OperatorsPostgres.class));
        }
    }

    /** Stands for a PostgreSQL the operator runs: started apart from the application. */
    public static class OperatorsPostgres implements QuarkusTestResourceLifecycleManager {
        static EmbeddedPostgresServer server;

        @Override
        public Map<String, String> start() {
            server = EmbeddedPostgresServer.start(new EmbeddedPostgresSettings(Optional.empty(), 0, false, "operators_db"));
            return Map.of(
                    "quarkus.datasource.jdbc.url", server.jdbcUrl(),
                    "quarkus.datasource.username", EmbeddedPostgresServer.USER,
                    "quarkus.datasource.password", "unused-with-trust-auth");
        }

        @Override
        public void stop() {
            if (server != null) {
                server.close();
            }
        }
    }
}
