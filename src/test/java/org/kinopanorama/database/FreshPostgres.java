package org.kinopanorama.database;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;
import java.util.Optional;

/**
 * A PostgreSQL of its own for one test profile: the application migrates an empty database, as on a
 * first start. Stands also for an operator's own PostgreSQL, reached through the JDBC URL.
 */
public class FreshPostgres implements QuarkusTestResourceLifecycleManager {

    static EmbeddedPostgresServer server;

    public static EmbeddedPostgresServer server() {
        return server;
    }

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
            server = null;
        }
    }
}
