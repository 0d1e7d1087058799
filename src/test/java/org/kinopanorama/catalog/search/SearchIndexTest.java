package org.kinopanorama.catalog.search;

import org.kinopanorama.catalog.identity.TitleMatcher;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The search columns the database keeps (V4__search.sql), on the real PostgreSQL. */
@QuarkusTest
class SearchIndexTest {

    @Inject
    AgroalDataSource db;

    @Test
    void theDatabaseGivesEveryTitleTheKeyTheTitleMatcherGivesIt() throws Exception {
        List<String> titles = fixtureTitles();
        assertThat(titles).hasSizeGreaterThan(50);
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement("SELECT f_search_key(?)")) {
            for (String title : titles) {
                s.setString(1, title);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    assertThat(rs.getString(1)).as(title).isEqualTo(TitleMatcher.normalize(title));
                }
            }
        }
    }

    @Test
    void aTitleGetsItsKeyAndWordsWhenItIsInsertedAndLosesThemWithIt() throws Exception {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            try {
                s.executeUpdate("INSERT INTO film (id, title) VALUES (-1, 'Test film')");
                s.executeUpdate("INSERT INTO film_title (id, film_id, title, source) VALUES (-1, -1, 'Ёжик в тумане', 'test')");
                assertThat(string(s, "SELECT search_key FROM film_title WHERE id = -1")).isEqualTo("yezhik v tumane");
                assertThat(string(s, "SELECT search_vector::text FROM film_title WHERE id = -1"))
                        .contains("'yezhik'").contains("'туман'");
                s.executeUpdate("UPDATE film_title SET title = 'Hedgehog in the Fog' WHERE id = -1");
                assertThat(string(s, "SELECT search_key FROM film_title WHERE id = -1")).isEqualTo("hedgehog in the fog");
            } finally {
                c.rollback();
            }
        }
    }

    /**
     * Committed and vacuumed, because the planner costs a GIN index by the statistics VACUUM keeps in it
     * (as autovacuum does after an ingest); the film and its titles are deleted afterwards.
     */
    @Test
    void onABigCatalogueTitleSearchesUseTheTrigramIndex() throws Exception {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            try {
                s.executeUpdate("INSERT INTO film (id, title) VALUES (-1, 'Test film')");
                // titles of three words from the seeds' descriptions and a number, like a dataset's
                s.executeUpdate("""
                        INSERT INTO film_title (id, film_id, title, source)
                        SELECT -g, -1, initcap(w.a[1 + (g * 7919) % w.n] || ' ' || w.a[1 + (g * 104729) % w.n] || ' '
                                             || w.a[1 + (g * 31) % w.n]) || ' ' || g, 'test'
                        FROM generate_series(1::bigint, 20000) g,
                             (SELECT array_agg(DISTINCT x) AS a, count(DISTINCT x) AS n
                              FROM (SELECT regexp_split_to_table(lower(coalesce(description, '') || ' ' || coalesce(fact, '')), '[^a-z]+') AS x
                                    FROM list_entry) words
                              WHERE length(x) > 2) w""");
                s.execute("VACUUM ANALYZE film_title");
                String similar = string(s, """
                        EXPLAIN SELECT film_id FROM film_title
                        WHERE search_key % 'cranes are fyling' OR 'cranes are fyling' <% search_key""");
                assertThat(similar).contains("Bitmap Index Scan on film_title_search_key_trgm_idx");
                String prefix = string(s, "EXPLAIN SELECT film_id FROM film_title WHERE search_key LIKE 'cranes%' OR search_key LIKE '% cranes%'");
                assertThat(prefix).contains("Bitmap Index Scan on film_title_search_key_trgm_idx");
            } finally {
                s.executeUpdate("DELETE FROM film WHERE id = -1");
                s.execute("VACUUM ANALYZE film_title");
            }
        }
    }

    /** All rows of the first column, one per line. */
    private static String string(Statement s, String sql) throws Exception {
        StringBuilder out = new StringBuilder();
        try (ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.append(rs.getString(1)).append('\n');
            }
        }
        return out.toString().strip();
    }

    private static List<String> fixtureTitles() throws IOException {
        try (InputStream in = SearchIndexTest.class.getResourceAsStream("/search/titles.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
        }
    }
}
