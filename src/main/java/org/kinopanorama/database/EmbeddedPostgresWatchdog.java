package org.kinopanorama.database;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Starts the embedded PostgreSQL again, on its port, when it has died under the running app (a kill, the
 * out-of-memory killer): the connection pool then reconnects by itself. Nothing to do with a PostgreSQL of one's own.
 */
@ApplicationScoped
public class EmbeddedPostgresWatchdog {

    private static final Logger LOG = Logger.getLogger(EmbeddedPostgresWatchdog.class);

    @Scheduled(every = "{kinopanorama.embedded-postgres.watch-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void watch() {
        SharedEmbeddedPostgres.current().ifPresent(server -> {
            try {
                server.restartIfStopped();
            } catch (RuntimeException e) {
                LOG.error("The embedded PostgreSQL has stopped and could not be started again; retrying", e);
            }
        });
    }
}
