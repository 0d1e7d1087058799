package org.kinopanorama.database;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmbeddedPostgresServerTest {

    @TempDir
    Path temp;

    @Test
    void rowsWrittenBeforeAStopAreThereAfterTheNextStart() throws Exception {
        Path dataDir = temp.resolve("postgres");
        EmbeddedPostgresSettings settings = new EmbeddedPostgresSettings(Optional.of(dataDir), 0, true, "kinopanorama");

        try (EmbeddedPostgresServer first = EmbeddedPostgresServer.start(settings);
             Connection c = first.connect();
             Statement s = c.createStatement()) {
            s.execute("CREATE TABLE remembered (title text)");
            s.execute("INSERT INTO remembered VALUES ('Летят журавли')");
        }

        try (EmbeddedPostgresServer second = EmbeddedPostgresServer.start(settings);
             Connection c = second.connect()) {
            assertThat(single(c, "SELECT title FROM remembered")).isEqualTo("Летят журавли");
            assertThat(second.dataDirectory()).isEqualTo(dataDir.toAbsolutePath());
        }
    }

    @Test
    void aUsersDataIsWrittenDurably() throws Exception {
        var settings = new EmbeddedPostgresSettings(Optional.of(temp.resolve("durable")), 0, true, "kinopanorama");
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(settings); Connection c = server.connect()) {
            assertThat(single(c, "SHOW fsync")).isEqualTo("on");
            assertThat(single(c, "SHOW synchronous_commit")).isEqualTo("on");
            assertThat(single(c, "SHOW full_page_writes")).isEqualTo("on");
            assertThat(single(c, "SELECT current_database()")).isEqualTo("kinopanorama");
            assertThat(single(c, "SHOW server_encoding")).isEqualTo("UTF8");
            assertThat(single(c, "SHOW listen_addresses")).isEqualTo("localhost");
        }
        assertThat(temp.resolve("durable/log")).isDirectory();
    }

    @Test
    void anEphemeralServerLeavesNothingBehind() throws Exception {
        var settings = new EmbeddedPostgresSettings(Optional.empty(), 0, false, "scratch");
        Path dir;
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(settings); Connection c = server.connect()) {
            dir = server.dataDirectory();
            assertThat(single(c, "SHOW fsync")).isEqualTo("off");
        }
        assertThat(dir).doesNotExist();
    }

    @Test
    void aDataDirectoryThatCannotBeUsedGivesAMessageThatSaysWhatToDo() throws Exception {
        Path file = Files.writeString(temp.resolve("not-a-directory"), "x");
        var settings = new EmbeddedPostgresSettings(Optional.of(file.resolve("postgres")), 0, true, "kinopanorama");

        assertThatThrownBy(() -> EmbeddedPostgresServer.start(settings))
                .isInstanceOf(EmbeddedPostgresUnavailableException.class)
                .hasMessageContaining(file.resolve("postgres").toString())
                .hasMessageContaining("QUARKUS_DATASOURCE_JDBC_URL");
    }

    @Test
    void aSecondInstanceOnTheSameDataDirectoryIsToldToUseItsOwnPostgresqlAndTheFirstKeepsRunning() throws Exception {
        var settings = new EmbeddedPostgresSettings(Optional.of(temp.resolve("shared")), 0, true, "kinopanorama");
        try (EmbeddedPostgresServer first = EmbeddedPostgresServer.start(settings)) {
            assertThatThrownBy(() -> EmbeddedPostgresServer.start(settings))
                    .isInstanceOf(EmbeddedPostgresUnavailableException.class)
                    .hasMessageContaining("in use by another running Kinopanorama")
                    .hasMessageContaining("for one instance")
                    .hasMessageContaining("QUARKUS_DATASOURCE_JDBC_URL")
                    .hasMessageContaining("Run several instances");
            try (Connection c = first.connect()) {
                assertThat(single(c, "SELECT 'still here'")).isEqualTo("still here");
            }
        }
    }

    @Test
    void aServerKeepsItsPortAcrossRestartsSoConnectionUrlsStayValid() throws Exception {
        var settings = new EmbeddedPostgresSettings(Optional.of(temp.resolve("port")), 0, true, "kinopanorama");
        int port;
        try (EmbeddedPostgresServer first = EmbeddedPostgresServer.start(settings)) {
            port = first.port();
        }
        try (EmbeddedPostgresServer second = EmbeddedPostgresServer.start(settings)) {
            assertThat(second.port()).isEqualTo(port);
            assertThat(second.jdbcUrl()).contains(":" + port + "/");
        }
    }

    @Test
    void aServerThatDiesUnderTheAppIsStartedAgainOnItsPortWithItsData() throws Exception {
        var settings = new EmbeddedPostgresSettings(Optional.of(temp.resolve("dies")), 0, true, "kinopanorama");
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(settings)) {
            int port = server.port();
            try (Connection c = server.connect(); Statement s = c.createStatement()) {
                s.execute("CREATE TABLE kept (title text)");
                s.execute("INSERT INTO kept VALUES ('Солярис')");
            }
            assertThat(server.restartIfStopped()).as("nothing to do while it runs").isFalse();

            long pid = Long.parseLong(Files.readAllLines(server.dataDirectory().resolve("postmaster.pid")).get(0).trim());
            ProcessHandle postmaster = ProcessHandle.of(pid).orElseThrow();
            postmaster.destroyForcibly(); // kill -9
            postmaster.onExit().get(10, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(server.running()).isFalse();

            assertThat(server.restartIfStopped()).isTrue();
            assertThat(server.running()).isTrue();
            assertThat(server.port()).isEqualTo(port);
            try (Connection c = java.sql.DriverManager.getConnection(
                    "jdbc:postgresql://localhost:" + port + "/kinopanorama", EmbeddedPostgresServer.USER, "")) {
                assertThat(single(c, "SELECT title FROM kept")).isEqualTo("Солярис");
            }
        }
    }

    @Test
    void settingsRefuseANameThatIsNotAPlainIdentifier() {
        assertThatThrownBy(() -> new EmbeddedPostgresSettings(Optional.empty(), 0, true, "x; DROP DATABASE postgres"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EmbeddedPostgresSettings(Optional.empty(), 70000, true, "ok"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static String single(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            assertThat(rs.next()).isTrue();
            return rs.getString(1);
        }
    }
}
