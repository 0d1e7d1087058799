package org.kinopanorama.database;

import java.nio.file.Path;

/** The embedded PostgreSQL could not start; the message says why and how to use another PostgreSQL. */
public class EmbeddedPostgresUnavailableException extends RuntimeException {

    public EmbeddedPostgresUnavailableException(Path dataDirectory, Throwable cause) {
        super(message(dataDirectory, cause), cause);
    }

    private EmbeddedPostgresUnavailableException(String message) {
        super(message);
    }

    /** A second instance on the data directory of a running one: the embedded server is for one instance. */
    static EmbeddedPostgresUnavailableException inUse(Path dataDirectory) {
        return new EmbeddedPostgresUnavailableException(
                "The embedded PostgreSQL in " + dataDirectory + " is in use by another running Kinopanorama.\n"
                + "The embedded database is for one instance. To run several instances, start one PostgreSQL (13 or later)\n"
                + "and point every instance at it; nothing embedded starts then:\n"
                + "  QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://HOST:5432/kinopanorama\n"
                + "  QUARKUS_DATASOURCE_USERNAME=...\n"
                + "  QUARKUS_DATASOURCE_PASSWORD=...\n"
                + "(README, \"Run several instances\").");
    }

    static String message(Path dataDirectory, Throwable cause) {
        return "Kinopanorama could not start its embedded PostgreSQL"
                + (dataDirectory == null ? "" : " (data directory " + dataDirectory + ")")
                + ": " + rootMessage(cause) + "\n"
                + "Either fix that (a data directory you may write, user namespaces for root: `unshare -U true` must work),\n"
                + "or point Kinopanorama at a PostgreSQL of your own (version 13 or later) and nothing embedded will start:\n"
                + "  QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://HOST:5432/kinopanorama\n"
                + "  QUARKUS_DATASOURCE_USERNAME=...\n"
                + "  QUARKUS_DATASOURCE_PASSWORD=...";
    }

    private static String rootMessage(Throwable t) {
        Throwable root = t;
        StringBuilder chain = new StringBuilder();
        while (root != null) {
            if (root.getMessage() != null && !root.getMessage().isBlank()) {
                if (!chain.isEmpty()) {
                    chain.append(": ");
                }
                chain.append(root.getMessage().strip());
            }
            if (root.getCause() == root) {
                break;
            }
            root = root.getCause();
        }
        return chain.isEmpty() ? t.getClass().getSimpleName() : chain.toString();
    }
}
