package org.kinopanorama.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
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
 *
 * <p>It is for one instance of the app: a second one started on the same data directory stops with one message
 * saying to use a PostgreSQL of its own. It keeps the port it was given first (remembered in the data directory),
 * so that a restart, by the app ({@link #restartIfStopped()}) or by the operator, leaves every connection URL valid.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(EmbeddedPostgresServer.class);

    /** Superuser that zonky's initdb creates, with trust authentication on the loopback interface only. */
    public static final String USER = "postgres";

    /** The port of the last start, kept in the data directory so that the next start takes it again if free. */
    static final String PORT_FILE = "kinopanorama.port";

    private volatile EmbeddedPostgres postgres;
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
                if (isLockedByAnotherServer(directory)) {
                    throw EmbeddedPostgresUnavailableException.inUse(directory);
                }
                stopOrphanedPostmaster(directory);
            }
            EmbeddedPostgres postgres = launch(settings, directory, portFor(settings, directory));
            EmbeddedPostgresServer server = new EmbeddedPostgresServer(postgres, settings, directory);
            try {
                server.createDatabaseIfMissing();
            } catch (SQLException e) {
                server.close();
                throw e;
            }
            server.rememberPort();
            LOG.infof("Embedded PostgreSQL %s on port %d, data in %s%s", server.serverVersion(), postgres.getPort(),
                    settings.ephemeral() ? "a temporary directory" : directory,
                    settings.durable() ? "" : " (not durable: fsync off)");
            return server;
        } catch (EmbeddedPostgresUnavailableException e) {
            throw e;
        } catch (Exception | LinkageError e) {
            if (directory != null && !settings.ephemeral() && String.valueOf(e.getMessage()).startsWith("could not lock")) {
                // zonky's own lock: another instance took the directory between our check and its start
                throw EmbeddedPostgresUnavailableException.inUse(directory);
            }
            throw new EmbeddedPostgresUnavailableException(directory, e);
        }
    }

    private static EmbeddedPostgres launch(EmbeddedPostgresSettings settings, Path directory, int port) throws IOException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(directory)
                .setCleanDataDirectory(settings.ephemeral())
                .setPort(port)
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
        return builder.start();
    }

    /**
     * The configured port; else the one this data directory had last time, when it is free, so that connection
     * URLs stay valid across restarts; else any free one.
     */
    private static int portFor(EmbeddedPostgresSettings settings, Path directory) {
        if (settings.port() != 0 || settings.ephemeral()) {
            return settings.port();
        }
        try {
            int remembered = Integer.parseInt(Files.readString(directory.resolve(PORT_FILE)).strip());
            if (remembered > 0 && remembered < 65536 && free(remembered)) {
                return remembered;
            }
        } catch (IOException | NumberFormatException e) {
            // first start, or an unreadable note: any free port
        }
        return 0;
    }

    private static boolean free(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private void rememberPort() {
        if (settings.ephemeral()) {
            return;
        }
        try {
            Files.writeString(dataDirectory.resolve(PORT_FILE), port() + "\n");
        } catch (IOException e) {
            LOG.warnf("Could not note the embedded PostgreSQL's port in %s: %s", dataDirectory, e.getMessage());
        }
    }

    /** True while the server's postmaster process is alive. */
    public boolean running() {
        return postmasterPid(dataDirectory).flatMap(ProcessHandle::of).map(ProcessHandle::isAlive).orElse(false);
    }

    /**
     * Starts the server again, on the same port, if its postmaster has died (killed, out of memory); the pool's
     * connections then find it where they left it. A throwaway (ephemeral) server is not restarted: its data went
     * with it.
     *
     * @return true when it was restarted
     */
    public synchronized boolean restartIfStopped() {
        if (running() || settings.ephemeral()) {
            return false;
        }
        int port = port();
        LOG.warnf("The embedded PostgreSQL (port %d) has stopped; starting it again", port);
        try {
            postgres.close(); // releases the data directory's lock; pg_ctl finds nothing to stop
        } catch (IOException e) {
            LOG.debug("Closing the stopped embedded PostgreSQL", e);
        }
        RuntimeException last = null;
        // backends orphaned by a killed postmaster keep its shared memory for a moment: try a few times
        for (int attempt = 0; attempt < 10; attempt++) {
            try {
                postgres = launch(settings, dataDirectory, port);
                LOG.infof("Embedded PostgreSQL running again on port %d", port);
                return true;
            } catch (IOException | RuntimeException e) {
                last = e instanceof RuntimeException re ? re : new IllegalStateException(e);
                try {
                    Thread.sleep(500);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        throw new IllegalStateException("The embedded PostgreSQL could not be started again on port " + port, last);
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
     * data directory locked. The directory is ours (checked unlocked by any other instance), so stop it, with a
     * fast shutdown: connections other processes still hold to it must not keep it alive.
     */
    private static void stopOrphanedPostmaster(Path directory) throws Exception {
        Optional<ProcessHandle> postmaster = postmasterPid(directory).flatMap(ProcessHandle::of)
                .filter(p -> p.info().command().map(cmd -> cmd.endsWith("/postgres")).orElse(false));
        if (postmaster.isEmpty()) {
            return;
        }
        ProcessHandle process = postmaster.get();
        LOG.warnf("Stopping PostgreSQL (pid %d) left running on %s by an earlier run that did not stop cleanly",
                process.pid(), directory);
        // SIGINT: PostgreSQL's fast shutdown (SIGTERM, a smart shutdown, would wait for every client to leave)
        Process kill = new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).redirectErrorStream(true).start();
        kill.waitFor(10, TimeUnit.SECONDS);
        if (!process.onExit().completeOnTimeout(null, 60, TimeUnit.SECONDS).thenApply(p -> p != null).get()) {
            process.destroy();
            process.onExit().get(30, TimeUnit.SECONDS);
        }
    }

    private static Optional<Long> postmasterPid(Path directory) {
        try {
            List<String> lines = Files.readAllLines(directory.resolve("postmaster.pid"), StandardCharsets.UTF_8);
            return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Another instance (another JVM, or another server of this one) holds the data directory's lock. */
    private static boolean isLockedByAnotherServer(Path directory) throws IOException {
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
