package org.kinopanorama.catalog;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Properties;

/**
 * The catalogue's version, shared by every instance: a number in PostgreSQL ({@code catalogue_version}) that each
 * change of the catalogue raises in its own transaction ({@link #bump(Connection)}: ingests, dataset batches and
 * merges, renames, rebuilds of related films), with a {@code NOTIFY} that PostgreSQL sends when it commits.
 *
 * <p>Each instance listens on a dedicated connection (not from the pool) and knows the version within moments
 * of a commit anywhere. While that connection is lost the version is <em>unknown</em> ({@link #current()} is
 * empty): anything derived from the catalogue must count as stale until the connection is back and the version
 * re-read. Every change of {@link #current()}, to unknown included, fires {@link Changed}.
 */
@ApplicationScoped
public class CatalogueVersion {

    /** The channel of {@code bump_catalogue_version()}'s NOTIFY (migration V12). */
    public static final String CHANNEL = "kinopanorama_catalogue";

    private static final Logger LOG = Logger.getLogger(CatalogueVersion.class);
    /** How long the listener waits for a notification before it re-reads the version (also its liveness check). */
    private static final int POLL_MILLIS = 2000;
    private static final long RECONNECT_MILLIS = 1000;

    /** The version known now; empty while this instance cannot know it. */
    public record Changed(OptionalLong version) {
    }

    @Inject
    Event<Changed> changed;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @ConfigProperty(name = "quarkus.datasource.username")
    Optional<String> username;

    @ConfigProperty(name = "quarkus.datasource.password")
    Optional<String> password;

    private final Object lock = new Object();
    private volatile OptionalLong current = OptionalLong.empty();
    private volatile boolean running;
    private Thread listener;

    /** The catalogue's version as this instance last learnt it; empty while it cannot know it (database lost). */
    public OptionalLong current() {
        return current;
    }

    /**
     * Raises the version; call it last in the transaction that changes the catalogue (it holds the version's row
     * until the commit, when every instance is notified). A rolled-back transaction notifies nobody.
     */
    public static long bump(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT bump_catalogue_version()")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    void onStart(@Observes StartupEvent start) {
        synchronized (lock) {
            running = true;
            listener = new Thread(this::listen, "catalogue-version");
            listener.setDaemon(true);
            listener.start();
        }
    }

    void onStop(@Observes ShutdownEvent stop) {
        stop();
    }

    @PreDestroy
    void stop() {
        synchronized (lock) {
            running = false;
            if (listener != null) {
                listener.interrupt();
                listener = null;
            }
        }
    }

    private void listen() {
        boolean lostLogged = false;
        while (running) {
            try (Connection c = connect()) {
                try (Statement s = c.createStatement()) {
                    s.execute("LISTEN " + CHANNEL);
                }
                // read after LISTEN: a commit in between is then either in the value read or notified
                learn(read(c));
                if (lostLogged) {
                    LOG.info("Catalogue change notifications are back");
                    lostLogged = false;
                }
                PGConnection pg = c.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] notes = pg.getNotifications(POLL_MILLIS);
                    if (notes != null && notes.length > 0) {
                        long newest = current.orElse(Long.MIN_VALUE);
                        for (PGNotification note : notes) {
                            newest = Math.max(newest, parse(note.getParameter()));
                        }
                        learn(newest);
                    } else {
                        learn(read(c)); // nothing notified: the connection is alive and the value right
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (!running) {
                    return; // the app is stopping: nobody to tell
                }
                forget();
                if (!lostLogged) {
                    LOG.warnf("Catalogue change notifications lost (%s); the catalogue counts as changed until they are back",
                            e.getMessage());
                    lostLogged = true;
                }
                try {
                    Thread.sleep(RECONNECT_MILLIS);
                } catch (InterruptedException interrupted) {
                    return;
                }
            }
        }
    }

    private Connection connect() throws SQLException {
        Properties props = new Properties();
        username.ifPresent(u -> props.setProperty("user", u));
        password.ifPresent(p -> props.setProperty("password", p));
        // a connection dropped without a word (a network partition) must not leave the listener waiting forever
        props.setProperty("socketTimeout", "30");
        props.setProperty("connectTimeout", "10");
        props.setProperty("tcpKeepAlive", "true");
        props.setProperty("ApplicationName", "kinopanorama catalogue listener");
        return DriverManager.getConnection(url, props);
    }

    private static long read(Connection c) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT version FROM catalogue_version");
             ResultSet rs = st.executeQuery()) {
            if (!rs.next()) {
                throw new SQLException("catalogue_version has no row");
            }
            return rs.getLong(1);
        }
    }

    private static long parse(String payload) {
        try {
            return Long.parseLong(payload.strip());
        } catch (RuntimeException e) {
            return Long.MIN_VALUE;
        }
    }

    private void learn(long version) {
        OptionalLong before = current;
        if (before.isPresent() && before.getAsLong() >= version) {
            return;
        }
        current = OptionalLong.of(version);
        changed.fire(new Changed(current));
    }

    private void forget() {
        if (current.isPresent()) {
            current = OptionalLong.empty();
            try {
                changed.fire(new Changed(current));
            } catch (RuntimeException e) {
                LOG.debug("An observer of the lost catalogue version failed", e);
            }
        }
    }
}
