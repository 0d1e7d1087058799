package org.kinopanorama.diary;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kinopanorama.database.EmbeddedPostgresServer;
import org.kinopanorama.database.EmbeddedPostgresSettings;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * V19 makes "watched" the person's: a database at V18 with films marked watched on list entries keeps them, now as
 * the person's watched films, on the latest day any of their lists said; films no list marked stay unwatched.
 */
class WatchedFlagsMigrationTest {

    static EmbeddedPostgresServer server;

    @BeforeAll
    static void start() {
        server = EmbeddedPostgresServer.start(new EmbeddedPostgresSettings(Optional.empty(), 0, false, "v18_with_watched"));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void watchedListEntriesBecomeThePersonsWatchedFilms() throws SQLException {
        flyway("18").migrate();
        try (Connection c = server.connect(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO account (id, username, email, password_hash) VALUES (1, 'anna', 'anna@example.org', '$2a$x'),"
                    + " (2, 'boris', 'boris@example.org', '$2a$x')");
            s.execute("INSERT INTO film (id, title, year) VALUES (10, 'Stalker', 1979), (11, 'Solaris', 1972), (12, 'Mirror', 1975)");
            s.execute("INSERT INTO watchlist (id, owner_id, name, secret) VALUES (100, 1, 'Tarkovsky', watchlist_new_secret())");
            // anna's default Watchlist and her second list both hold Stalker, watched on different days
            s.execute("INSERT INTO watchlist_entry (id, watchlist_id, film_id, position, watched_on) VALUES"
                    + " (1000, (SELECT id FROM watchlist WHERE owner_id = 1 AND is_default), 10, 1, DATE '2020-05-01'),"
                    + " (1001, 100, 10, 1, DATE '2024-02-03'),"
                    + " (1002, 100, 11, 2, NULL),"
                    + " (1003, (SELECT id FROM watchlist WHERE owner_id = 2 AND is_default), 11, 1, DATE '2019-01-01'),"
                    + " (1004, (SELECT id FROM watchlist WHERE owner_id = 2 AND is_default), 12, 2, NULL)");
        }

        flyway("19").migrate();

        try (Connection c = server.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT account_id || ':' || film_id || ':' || watched_on FROM film_watched ORDER BY 1")) {
            List<String> watched = new ArrayList<>();
            while (rs.next()) {
                watched.add(rs.getString(1));
            }
            assertThat(watched).containsExactly("1:10:2024-02-03", "2:11:2019-01-01");
        }
    }

    /**
     * The released migrations up to {@code target}, without the repeatable ones: {@code R__views.sql} describes the
     * latest schema (its views read tables of later versions), so it has no place at an old version.
     */
    private static Flyway flyway(String target) {
        return Flyway.configure().dataSource(server.jdbcUrl(), EmbeddedPostgresServer.USER, "unused")
                .locations("filesystem:db-migrations").target(target)
                .repeatableSqlMigrationPrefix("not-at-an-old-version").load();
    }
}
