package org.kinopanorama.database;

import io.quarkus.runtime.ExecutionMode;
import io.quarkus.runtime.LaunchMode;
import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;
import org.eclipse.microprofile.config.spi.ConfigSource;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/**
 * Starts the embedded PostgreSQL when no JDBC URL is configured, and supplies its URL and credentials.
 *
 * <p>Its ordinal (275) is above {@code application.properties} and below environment variables, so
 * {@code QUARKUS_DATASOURCE_JDBC_URL} always wins: when it is set, this source is empty and nothing starts.
 * Registered in {@code META-INF/services/io.smallrye.config.ConfigSourceFactory}.
 */
public class EmbeddedPostgresConfigSourceFactory implements ConfigSourceFactory {

    static final int ORDINAL = 275;
    static final String NAME = "kinopanorama-embedded-postgres";

    private final BooleanSupplier building;
    private final Function<EmbeddedPostgresSettings, String> starter;

    public EmbeddedPostgresConfigSourceFactory() {
        this(() -> ExecutionMode.current() == ExecutionMode.UNSET,
                settings -> SharedEmbeddedPostgres.obtain(settings).jdbcUrl());
    }

    /**
     * @param building true while Quarkus builds the application rather than runs it
     * @param starter  starts (or reuses) a server for the settings and returns its JDBC URL
     */
    EmbeddedPostgresConfigSourceFactory(BooleanSupplier building, Function<EmbeddedPostgresSettings, String> starter) {
        this.building = building;
        this.starter = starter;
    }

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        if (!Boolean.parseBoolean(value(context, "enabled").orElse("true"))) {
            return List.of();
        }
        if (building.getAsBoolean()) {
            // Building (augmentation) reads the configuration too: start nothing, and record no URL
            // that the packaged application would then take for a configured one.
            return List.of();
        }
        if (configured(context, "quarkus.datasource.jdbc.url").isPresent()) {
            return List.of();
        }
        String jdbcUrl;
        try {
            jdbcUrl = starter.apply(settings(context));
        } catch (EmbeddedPostgresUnavailableException e) {
            if (LaunchMode.current() == LaunchMode.NORMAL) {
                // The packaged app: one clear message for the person starting it, not a page of stack trace.
                // halt, not exit: exit would wait on shutdown hooks that wait on this very start-up.
                System.err.println("ERROR " + e.getMessage());
                System.err.flush();
                Runtime.getRuntime().halt(1);
            }
            throw e;
        }
        return List.of(new PropertiesConfigSource(Map.of(
                "quarkus.datasource.db-kind", "postgresql",
                "quarkus.datasource.jdbc.url", jdbcUrl,
                "quarkus.datasource.username", EmbeddedPostgresServer.USER,
                "quarkus.datasource.password", EmbeddedPostgresServer.USER), NAME, ORDINAL));
    }

    @Override
    public OptionalInt getPriority() {
        return OptionalInt.of(ORDINAL);
    }

    static EmbeddedPostgresSettings settings(ConfigSourceContext context) {
        boolean ephemeral = Boolean.parseBoolean(value(context, "ephemeral").orElse("false"));
        Optional<Path> dataDirectory = ephemeral
                ? Optional.empty()
                : Optional.of(Path.of(value(context, "data-dir").orElse("data/postgres")));
        return new EmbeddedPostgresSettings(
                dataDirectory,
                Integer.parseInt(value(context, "port").orElse("0").trim()),
                Boolean.parseBoolean(value(context, "durable").orElse("true")),
                value(context, "database").orElse("kinopanorama"));
    }

    private static Optional<String> value(ConfigSourceContext context, String key) {
        return configured(context, EmbeddedPostgresConfig.PREFIX + "." + key);
    }

    private static Optional<String> configured(ConfigSourceContext context, String name) {
        ConfigValue value = context.getValue(name);
        return Optional.ofNullable(value == null ? null : value.getValue()).map(String::strip).filter(v -> !v.isEmpty());
    }
}
