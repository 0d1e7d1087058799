package org.kinopanorama.database;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.kinopanorama.Sql;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The schema comes from db-migrations/ through Flyway, on a real PostgreSQL. */
@QuarkusTest
class MigrationsTest {

    private static final Path MIGRATIONS = Path.of("db-migrations");

    @Inject
    AgroalDataSource dataSource;

    @Test
    void theDatabaseIsARealPostgresql() throws Exception {
        assertThat(strings("SELECT version()")).singleElement().asString().startsWith("PostgreSQL 17");
    }

    @Test
    void everyFileOfDbMigrationsIsAppliedAndNothingElse() throws Exception {
        // Flyway silently skips a file whose name it does not read as a migration (one underscore, a lower-case v)
        List<String> files = new ArrayList<>();
        try (Stream<Path> all = Files.list(MIGRATIONS)) {
            all.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".sql")).forEach(files::add);
        }
        assertThat(files).allSatisfy(f -> assertThat(f).matches("(V[1-9][0-9]*|R)__[a-z0-9_]+\\.sql"));
        List<String> versions = files.stream().filter(f -> f.startsWith("V"))
                .map(f -> f.substring(1, f.indexOf("__"))).sorted(Comparator.comparingInt(Integer::parseInt)).toList();
        assertThat(strings("SELECT version FROM flyway_schema_history WHERE version IS NOT NULL AND success ORDER BY installed_rank"))
                .containsExactlyElementsOf(versions);
    }

    /**
     * A migration, once on the main branch, is applied to people's databases: editing it afterwards makes Flyway refuse
     * to start on them ("checksum mismatch"). Each one's digest is written in released-migrations.txt when it lands;
     * a change of schema is a new migration.
     */
    @Test
    void releasedMigrationsAreNeverEdited() throws Exception {
        Map<String, String> released = new TreeMap<>();
        for (String line : Files.readAllLines(Path.of("src/test/resources/released-migrations.txt"))) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String[] parts = line.trim().split("\\s+");
                released.put(parts[0], parts[1]);
            }
        }
        List<String> files = new ArrayList<>();
        try (Stream<Path> all = Files.list(MIGRATIONS)) {
            all.map(f -> f.getFileName().toString()).filter(f -> f.startsWith("V")).forEach(files::add);
        }
        assertThat(released.keySet()).as("every released migration is still there").isSubsetOf(files);
        assertThat(files).as("every migration's digest is in released-migrations.txt").isSubsetOf(released.keySet());
        for (Map.Entry<String, String> m : released.entrySet()) {
            assertThat(sha256(MIGRATIONS.resolve(m.getKey()))).as(m.getKey() + " as released").isEqualTo(m.getValue());
        }
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    @Test
    void theSearchExtensionsAndTheCatalogueTablesExist() throws Exception {
        assertThat(strings("SELECT extname FROM pg_extension")).contains("pg_trgm", "unaccent");
        assertThat(strings("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"))
                .contains("film", "flyway_schema_history");
    }

    private List<String> strings(String sql) throws Exception {
        return Sql.strings(dataSource, sql);
    }
}
