package org.kinopanorama.web;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTestProfile;
import org.kinopanorama.database.EmbeddedPostgresServer;
import org.kinopanorama.database.EmbeddedPostgresSettings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A PostgreSQL a test may stop and start again underneath the running application, on the same port and data
 * directory, as an operator's database restarted or an outage would.
 */
public class StoppablePostgres implements QuarkusTestResourceLifecycleManager {

    private static EmbeddedPostgresSettings settings;
    private static EmbeddedPostgresServer server;

    /**
     * The application on a database of its own that {@link #stop()} and {@link #restart()} control; also the
     * {@link RouteFuzzTest}'s, whose hostile sign-ins trip the throttle: a test added here must not sign in.
     */
    public static class Profile implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(StoppablePostgres.class));
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            // no seeds: the outage is what is tested, not the catalogue
            return Map.of("kinopanorama.ingest.seeds-dir", "");
        }
    }

    @Override
    public Map<String, String> start() {
        try {
            Path directory = Files.createTempDirectory("kinopanorama-outage-pg");
            settings = new EmbeddedPostgresSettings(Optional.of(directory), freePort(), false, "outage_db");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server = EmbeddedPostgresServer.start(settings);
        return Map.of(
                "quarkus.datasource.jdbc.url", server.jdbcUrl(),
                "quarkus.datasource.username", EmbeddedPostgresServer.USER,
                "quarkus.datasource.password", "unused-with-trust-auth");
    }

    /** The database goes away: open connections break, new ones are refused. */
    public static synchronized void stopServer() {
        if (server != null) {
            server.close();
            server = null;
        }
    }

    /** The same cluster back on the same port, with everything committed before. */
    public static synchronized void restart() {
        if (server == null) {
            server = EmbeddedPostgresServer.start(settings);
        }
    }

    @Override
    public void stop() {
        stopServer();
        // a cluster of its own in a temporary directory: gone with the test
        Optional<Path> directory = settings == null ? Optional.empty() : settings.dataDirectory();
        if (directory.isPresent()) {
            try (var files = Files.walk(directory.get())) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
            } catch (IOException e) {
                // a leftover temporary directory is no failure of the test
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
