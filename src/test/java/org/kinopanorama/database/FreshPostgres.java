package org.kinopanorama.database;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.postgresql.ds.PGSimpleDataSource;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;

/**
 * A PostgreSQL database of its own for one test profile: the application migrates an empty database, as on a
 * first start. Stands also for an operator's own PostgreSQL, reached through the JDBC URL.
 *
 * <p>Every profile gets a new database, created empty from {@code template0}, in one PostgreSQL server that the test
 * JVM starts once (not the application's embedded one): a server's start, with its {@code initdb}, costs seconds;
 * a database, a few milliseconds. Profiles are loaded by class loaders of their own, so the server is found again
 * through a system property, never a static field; it stops when the JVM exits.
 */
public class FreshPostgres implements QuarkusTestResourceLifecycleManager {

    /** The port of the JVM's one server for fresh databases, once it runs. */
    private static final String PORT = "kinopanorama.test.fresh-postgres.port";

    /** The databases created so far in this JVM, across class loaders: each profile's name is new. */
    private static final String CREATED = "kinopanorama.test.fresh-postgres.created";

    private static int port;
    private static String database;

    /** The port of the server holding the current profile's database. */
    public static int port() {
        return port;
    }

    /** The name of the current profile's database. */
    public static String database() {
        return database;
    }

    /** A connection to the current profile's database, past the application. */
    public static Connection connect() throws SQLException {
        return connect(port, database);
    }

    @Override
    public Map<String, String> start() {
        // an interned string is one object for every class loader of the JVM
        synchronized (PORT.intern()) {
            String running = System.getProperty(PORT);
            if (running == null) {
                EmbeddedPostgresServer server = EmbeddedPostgresServer.start(
                        new EmbeddedPostgresSettings(Optional.empty(), 0, false, "fresh_databases"));
                running = String.valueOf(server.port());
                System.setProperty(PORT, running);
            }
            port = Integer.parseInt(running);
            long created = Long.getLong(CREATED, 0) + 1;
            System.setProperty(CREATED, String.valueOf(created));
            database = "operators_db_" + created;
        }
        try (Connection c = connect(port, "postgres");
             Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + database + " ENCODING 'UTF8' TEMPLATE template0");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the test database " + database + ": " + e.getMessage(), e);
        }
        return Map.of(
                "quarkus.datasource.jdbc.url", url(port, database),
                "quarkus.datasource.username", EmbeddedPostgresServer.USER,
                "quarkus.datasource.password", "unused-with-trust-auth");
    }

    @Override
    public void stop() {
        if (database == null) {
            return;
        }
        try (Connection c = connect(port, "postgres");
             Statement s = c.createStatement()) {
            // the profile's application has stopped; a connection it left behind must not keep the database
            s.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        } catch (SQLException e) {
            // a database left behind in a throwaway server is no failure of the tests
        }
        database = null;
    }

    private static Connection connect(int port, String database) throws SQLException {
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setURL(url(port, database));
        source.setUser(EmbeddedPostgresServer.USER);
        return source.getConnection();
    }

    private static String url(int port, String database) {
        return "jdbc:postgresql://localhost:" + port + "/" + database;
    }
}
