package org.kinopanorama.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A PostgreSQL server started from the binaries in the zonky jars, with the policy Kinopanorama needs:
 * a data directory that survives restarts, durable settings for real data, a database of its own,
 * and a clean ("fast") shutdown. {@link #close()} stops it; a JVM shutdown hook does too.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(EmbeddedPostgresServer.class);

    /** Superuser that zonky's initdb creates, with trust authentication on the loopback interface only. */
    public static final String USER = "postgres";

    private final EmbeddedPostgres postgres;
    private final EmbeddedPostgresSettings settings;
    private final Path dataDirectory;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, EmbeddedPostgresSettings settings, Path dataDirectory) {
        this.postgres = postgres;
        this.settings = settings;
        this.dataDirectory = dataDirectory;
    }

    /**
     * Starts a server, creating its cluster on first use, and the application database in it.
     *
     * @throws EmbeddedPostgresUnavailableException with a message a person can act on
     */
    public static EmbeddedPostgresServer start(EmbeddedPostgresSettings settings) {
        Path directory = null;
        try {
            directory = settings.dataDirectory().map(d -> d.toAbsolutePath().normalize()).orElse(null);
            if (directory == null) {
                directory = Files.createTempDirectory("kinopanorama-pg");
            } else {
                Files.createDirectories(directory);
                stopOrphanedPostmaster(directory);
            }
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(settings.ephemeral())
                    .setPort(settings.port())
                    .setServerConfig("listen_addresses", "localhost")
                    .setServerConfig("max_connections", "100");
            if (settings.durable()) {
                // zonky starts postgres with -F (fsync off) and synchronous_commit=off; -c options given
                // after -F win, so a user's data gets the durable defaults back.
                builder.setServerConfig("fsync", "on")
                        .setServerConfig("synchronous_commit", "on")
                        .setServerConfig("full_page_writes", "on");
            }
            if (!settings.ephemeral()) {
                // The server's own log stays with its data, for the operator: <data-dir>/log/
                builder.setServerConfig("logging_collector", "on")
                        .setServerConfig("log_directory", "log")
                        .setServerConfig("log_rotation_age", "1d")
                        .setServerConfig("log_rotation_size", "10MB");
            }
            EmbeddedPostgres postgres = builder.start();
            EmbeddedPostgresServer server = new EmbeddedPostgresServer(postgres, settings, directory);
            try {
                server.createDatabaseIfMissing();
            } catch (SQLException e) {
                server.close();
                throw e;
            }
            LOG.infof("Embedded PostgreSQL %s on port %d, data in %s%s", server.serverVersion(), postgres.getPort(),
                    settings.ephemeral() ? "a temporary directory" : directory,
                    settings.durable() ? "" : " (not durable: fsync off)");
            return server;
        } catch (EmbeddedPostgresUnavailableException e) {
            throw e;
        } catch (Exception | LinkageError e) {
            throw new EmbeddedPostgresUnavailableException(directory, e);
        }
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + settings.database();
    }

    public int port() {
        return postgres.getPort();
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    public EmbeddedPostgresSettings settings() {
        return settings;
    }

    public Connection connect() throws SQLException {
        return postgres.getDatabase(USER, settings.database()).getConnection();
    }

    /** Stops the server with a fast shutdown: open transactions roll back, everything committed is on disk. */
    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            LOG.warn("Could not stop the embedded PostgreSQL cleanly", e);
        }
    }

    private void createDatabaseIfMissing() throws SQLException {
        try (Connection c = postgres.getPostgresDatabase().getConnection()) {
            boolean exists;
            try (PreparedStatement q = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
                q.setString(1, settings.database());
                try (ResultSet rs = q.executeQuery()) {
                    exists = rs.next();
                }
            }
            if (!exists) {
                try (Statement s = c.createStatement()) {
                    // the name is checked to be a plain identifier in EmbeddedPostgresSettings
                    s.execute("CREATE DATABASE " + settings.database() + " ENCODING 'UTF8' TEMPLATE template0");
                }
            }
        }
    }

    private String serverVersion() {
        try (Connection c = postgres.getPostgresDatabase().getConnection();
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SHOW server_version")) {
            return rs.next() ? rs.getString(1) : "?";
        } catch (SQLException e) {
            return "?";
        }
    }

    /**
     * A JVM killed without its shutdown hooks (kill -9, a crash) leaves its postmaster running with the
     * data directory locked. The directory is ours (zonky's lock file is taken after this), so stop it.
     */
    private static void stopOrphanedPostmaster(Path directory) throws Exception {
        Path pidFile = directory.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
        if (lines.isEmpty()) {
            return;
        }
        long pid;
        try {
            pid = Long.parseLong(lines.get(0).trim());
        } catch (NumberFormatException e) {
            return;
        }
        Optional<ProcessHandle> postmaster = ProcessHandle.of(pid)
                .filter(p -> p.info().command().map(cmd -> cmd.endsWith("/postgres")).orElse(false));
        if (postmaster.isEmpty()) {
            return;
        }
        if (isLockedByAnotherJvm(directory)) {
            throw new IllegalStateException("the data directory is in use by another running Kinopanorama");
        }
        LOG.warnf("Stopping PostgreSQL (pid %d) left running on %s by an earlier run that did not stop cleanly",
                pid, directory);
        ProcessHandle process = postmaster.get();
        process.destroy(); // SIGTERM: PostgreSQL's smart shutdown; the dead JVM holds no connections
        process.onExit().get(60, TimeUnit.SECONDS);
    }

    private static boolean isLockedByAnotherJvm(Path directory) throws IOException {
        Path lock = directory.resolve("epg-lock");
        if (!Files.exists(lock)) {
            return false;
        }
        try (var channel = java.nio.channels.FileChannel.open(lock, java.nio.file.StandardOpenOption.WRITE)) {
            var taken = channel.tryLock();
            if (taken == null) {
                return true;
            }
            taken.release();
            return false;
        } catch (java.nio.channels.OverlappingFileLockException e) {
            return true; // held by this JVM
        }
    }
}
