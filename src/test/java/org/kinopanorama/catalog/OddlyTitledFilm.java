package org.kinopanorama.catalog;

import io.agroal.api.AgroalDataSource;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * A film whose title and text need escaping, inserted with JDBC as a dataset might: it carries the theme
 * betrayal more strongly than any seeded film and is the last entry of the betrayal list. {@link #close()}
 * removes it and everything that names it.
 */
 public final class OddlyTitledFilm implements AutoCloseable {

    public static final String TITLE = "Tom & Jerry <1>";
    static final String HEADING = "Tom & Jerry <1> (1963)";
    public static final String DESCRIPTION = "Cat & mouse <b>not bold</b>";
    public static final String FACT = "Drawn \"by hand\" & <script>alert(1)</script>";
    static final int POSITION = 999;

    private final AgroalDataSource db;
    public final long id;

    private OddlyTitledFilm(AgroalDataSource db, long id) {
        this.db = db;
        this.id = id;
    }

    public static OddlyTitledFilm insert(AgroalDataSource db) throws SQLException {
        try (Connection c = db.getConnection()) {
            long id;
            // the whole block up to nextval belongs to us: Hibernate's pooled ids never reach it
            try (var q = c.prepareStatement("SELECT nextval('film_seq')"); var rs = q.executeQuery()) {
                rs.next();
                id = rs.getLong(1);
            }
            run(c, "INSERT INTO film (id, title, year) VALUES (?, ?, 1963)", id, TITLE);
            run(c, """
                    INSERT INTO film_theme (film_id, theme_id, weight)
                    SELECT ?, id, 0.999 FROM theme WHERE slug = 'betrayal'""", id);
            run(c, """
                    INSERT INTO list_entry (id, list_id, position, film_id, heading, year, description, fact, line)
                    SELECT nextval('list_entry_seq'), l.id, ?, ?, ?, 1963, ?, ?, 1
                    FROM curated_list l WHERE l.slug = ?""", POSITION, id, HEADING, DESCRIPTION, FACT, SeededFilms.BETRAYAL);
            return new OddlyTitledFilm(db, id);
        }
    }

    @Override
    public void close() throws SQLException {
        try (Connection c = db.getConnection()) {
            run(c, "DELETE FROM list_entry WHERE film_id = ?", id);
            run(c, "DELETE FROM film WHERE id = ?", id);
        }
    }

    private static void run(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement q = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                q.setObject(i + 1, parameters[i]);
            }
            q.executeUpdate();
        }
    }
}
