package org.kinopanorama.catalog;

import io.agroal.api.AgroalDataSource;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Films of the seed lists, found by the heading a curator gave them, e.g. {@code "The Unsent Letter"}. */
public final class SeededFilms {

    public static final String BETRAYAL = "betrayal-in-soviet-cinema";
    public static final String TRUE_LOVE = "true-love-in-soviet-cinema";
    public static final String UNREQUITED_LOVE = "unrequited-love-in-soviet-cinema";

    private final AgroalDataSource db;

    public SeededFilms(AgroalDataSource db) {
        this.db = db;
    }

    public long id(String heading) throws SQLException {
        try (Connection c = db.getConnection();
             PreparedStatement q = c.prepareStatement("SELECT DISTINCT film_id FROM list_entry WHERE heading LIKE ? || ' (%'")) {
            q.setString(1, heading);
            try (ResultSet rs = q.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("No seeded film is headed " + heading);
                }
                long id = rs.getLong(1);
                if (rs.next()) {
                    throw new IllegalStateException("Several films are headed " + heading);
                }
                return id;
            }
        }
    }
}
