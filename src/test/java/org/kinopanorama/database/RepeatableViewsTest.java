package org.kinopanorama.database;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.kinopanorama.Sql;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every plain view is defined, as it is now, in the one repeatable migration (R__views.sql), and that ran. */
@QuarkusTest
class RepeatableViewsTest {

    @Inject
    AgroalDataSource db;

    @Test
    void everyViewOfTheSchemaIsInRViewsAndItWasApplied() throws Exception {
        String views = Files.readString(Path.of("db-migrations/R__views.sql"));
        List<String> inSchema = Sql.strings(db, "SELECT viewname FROM pg_views WHERE schemaname = current_schema() ORDER BY 1");
        assertThat(inSchema).isNotEmpty()
                .allSatisfy(v -> assertThat(views).as("R__views.sql defines %s", v).contains("CREATE OR REPLACE VIEW " + v + " ("));
        assertThat(Sql.count(db, """
                SELECT count(*) FROM flyway_schema_history
                WHERE version IS NULL AND success""")).as("the repeatable migration was applied").isPositive();
    }
}
