package org.kinopanorama.database;

import org.jboss.logging.Logger;

/**
 * One embedded server per JVM: dev-mode live reload and test restarts re-read the configuration,
 * and must find the server they started before instead of starting another.
 */
final class SharedEmbeddedPostgres {

    private static final Logger LOG = Logger.getLogger(SharedEmbeddedPostgres.class);

    private static EmbeddedPostgresServer server;

    private SharedEmbeddedPostgres() {
    }

    static synchronized EmbeddedPostgresServer obtain(EmbeddedPostgresSettings settings) {
        if (server == null) {
            server = EmbeddedPostgresServer.start(settings);
        } else if (!server.settings().equals(settings)) {
            LOG.warnf("Embedded PostgreSQL settings changed to %s; keeping the running server (%s) until restart",
                    settings, server.settings());
        }
        return server;
    }

    /** The server this JVM started, if any (none when the app uses a PostgreSQL of its own). */
    static synchronized java.util.Optional<EmbeddedPostgresServer> current() {
        return java.util.Optional.ofNullable(server);
    }
}
