package org.kinopanorama.database;

import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Which database the application uses, decided from configuration alone: no server is started here. */
class EmbeddedPostgresConfigSourceFactoryTest {

    private final List<EmbeddedPostgresSettings> started = new ArrayList<>();

    private SmallRyeConfig config(Map<String, String> environment, Map<String, String> properties, boolean building) {
        var factory = new EmbeddedPostgresConfigSourceFactory(() -> building, settings -> {
            started.add(settings);
            return "jdbc:postgresql://localhost:5999/" + settings.database();
        });
        return new SmallRyeConfigBuilder()
                .withSources(new EnvConfigSource(environment, 300))
                .withSources(new PropertiesConfigSource(properties, "application.properties", 250))
                .withSources(factory)
                .build();
    }

    @Test
    void withNoJdbcUrlTheEmbeddedServerStartsAndSuppliesItsUrl() {
        SmallRyeConfig config = config(Map.of(), Map.of(), false);

        assertThat(config.getValue("quarkus.datasource.jdbc.url", String.class))
                .isEqualTo("jdbc:postgresql://localhost:5999/kinopanorama");
        assertThat(config.getValue("quarkus.datasource.username", String.class)).isEqualTo("postgres");
        assertThat(started).containsExactly(
                new EmbeddedPostgresSettings(Optional.of(Path.of("data/postgres")), 0, true, "kinopanorama"));
    }

    @Test
    void theJdbcUrlFromTheEnvironmentWinsAndNothingEmbeddedStarts() {
        SmallRyeConfig config = config(Map.of(
                "QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://db.example:5432/films",
                "QUARKUS_DATASOURCE_USERNAME", "kino",
                "QUARKUS_DATASOURCE_PASSWORD", "secret"), Map.of(), false);

        assertThat(config.getValue("quarkus.datasource.jdbc.url", String.class))
                .isEqualTo("jdbc:postgresql://db.example:5432/films");
        assertThat(config.getValue("quarkus.datasource.username", String.class)).isEqualTo("kino");
        assertThat(started).isEmpty();
    }

    @Test
    void environmentVariablesChooseTheDataDirectoryAndPort() {
        config(Map.of(
                "KINOPANORAMA_EMBEDDED_POSTGRES_DATA_DIR", "/var/lib/kinopanorama",
                "KINOPANORAMA_EMBEDDED_POSTGRES_PORT", "15432"), Map.of(
                "kinopanorama.embedded-postgres.data-dir", "data/postgres"), false)
                .getValue("quarkus.datasource.jdbc.url", String.class);

        assertThat(started).containsExactly(
                new EmbeddedPostgresSettings(Optional.of(Path.of("/var/lib/kinopanorama")), 15432, true, "kinopanorama"));
    }

    @Test
    void anEphemeralServerHasNoDataDirectory() {
        config(Map.of(), Map.of("kinopanorama.embedded-postgres.ephemeral", "true",
                "kinopanorama.embedded-postgres.durable", "false"), false);

        assertThat(started).singleElement().satisfies(s -> {
            assertThat(s.ephemeral()).isTrue();
            assertThat(s.durable()).isFalse();
        });
    }

    @Test
    void disabledMeansNoServerAndNoUrl() {
        SmallRyeConfig config = config(Map.of("KINOPANORAMA_EMBEDDED_POSTGRES_ENABLED", "false"), Map.of(), false);

        assertThat(config.getOptionalValue("quarkus.datasource.jdbc.url", String.class)).isEmpty();
        assertThat(started).isEmpty();
    }

    @Test
    void buildingTheApplicationStartsNothingAndRecordsNoUrl() {
        SmallRyeConfig config = config(Map.of(), Map.of(), true);

        assertThat(config.getOptionalValue("quarkus.datasource.jdbc.url", String.class)).isEmpty();
        assertThat(started).isEmpty();
    }
}
