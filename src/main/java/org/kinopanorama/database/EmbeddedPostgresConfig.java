package org.kinopanorama.database;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Settings of the embedded PostgreSQL. They are read by {@link EmbeddedPostgresConfigSourceFactory}
 * before the application starts (a config source cannot inject a mapping); this mapping documents
 * and validates them, and lets pages show what is in use.
 */
@ConfigMapping(prefix = "kinopanorama.embedded-postgres")
public interface EmbeddedPostgresConfig {

    String PREFIX = "kinopanorama.embedded-postgres";

    /** Start an embedded PostgreSQL when no {@code quarkus.datasource.jdbc.url} is configured. */
    @WithDefault("true")
    boolean enabled();

    /** Directory of the database cluster; relative paths are resolved against the working directory. */
    @WithDefault("data/postgres")
    String dataDir();

    /** Use a temporary directory, deleted when the JVM exits, instead of {@link #dataDir()}. */
    @WithDefault("false")
    boolean ephemeral();

    /** Port on the loopback interface; 0 picks a free port. */
    @WithDefault("0")
    int port();

    /** fsync and synchronous commit on. Turn off only for throwaway databases. */
    @WithDefault("true")
    boolean durable();

    /** How often the app checks that the embedded server still runs, and starts it again if not. */
    @WithDefault("5s")
    String watchEvery();

    /** Name of the database created for Kinopanorama inside the cluster. */
    @WithDefault("kinopanorama")
    String database();
}
