package org.kinopanorama.database;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The schema comes from db-migrations/ through Flyway, on a real PostgreSQL. */
@QuarkusTest
class MigrationsTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void theDatabaseIsARealPostgresql() throws Exception {
        assertThat(strings("SELECT version()")).singleElement().asString().startsWith("PostgreSQL 17");
    }

    @Test
    void everyMigrationWasAppliedSuccessfully() throws Exception {
        assertThat(strings("SELECT version || ':' || success FROM flyway_schema_history WHERE version IS NOT NULL ORDER BY installed_rank"))
                .startsWith("1:true")
                .allSatisfy(row -> assertThat(row).endsWith(":true"));
    }

    @Test
    void theSearchExtensionsAndTheCatalogueTablesExist() throws Exception {
        assertThat(strings("SELECT extname FROM pg_extension")).contains("pg_trgm", "unaccent");
        assertThat(strings("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"))
                .contains("film", "flyway_schema_history");
    }

    private List<String> strings(String sql) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
        }
        return rows;
    }
}
