package org.kinopanorama.database;

import java.nio.file.Path;
import java.util.Optional;

/**
 * How the embedded PostgreSQL is run.
 *
 * @param dataDirectory where the cluster lives; empty means a temporary directory deleted at exit
 * @param port          the port on the loopback interface; 0 picks a free one
 * @param durable       fsync and synchronous commit on: a user's real data. Off only for throwaway test databases.
 * @param database      the database created in the cluster for the application
 */
public record EmbeddedPostgresSettings(Optional<Path> dataDirectory, int port, boolean durable, String database) {

    public EmbeddedPostgresSettings {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be between 0 and 65535, was " + port);
        }
        if (database == null || !database.matches("[a-z_][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("database must be a lower-case SQL identifier, was " + database);
        }
    }

    public boolean ephemeral() {
        return dataDirectory.isEmpty();
    }
}
