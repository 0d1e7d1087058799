package org.kinopanorama.similarity;

import io.agroal.api.AgroalDataSource;
import org.kinopanorama.Sql;
import org.kinopanorama.catalog.SeededFilms;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Reads the database as tests need it: films by heading, and their stored neighbours in rank order. */
final class StoredNeighbours {

    private final AgroalDataSource db;

    StoredNeighbours(AgroalDataSource db) {
        this.db = db;
    }

    /** The film a list heads {@code heading} (e.g. "The Ascent"). */
    long film(String heading) throws SQLException {
        return new SeededFilms(db).id(heading);
    }

    /** Neighbour ids of a film, best first. */
    List<Long> of(long film) throws SQLException {
        List<Long> out = new ArrayList<>();
        try (Connection c = db.getConnection();
             PreparedStatement q = c.prepareStatement("SELECT neighbour_id FROM film_neighbour WHERE film_id = ? ORDER BY rank")) {
            q.setLong(1, film);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getLong(1));
                }
            }
        }
        return out;
    }

    String reasons(long film, long neighbour) throws SQLException {
        try (Connection c = db.getConnection();
             PreparedStatement q = c.prepareStatement("SELECT reasons::text FROM film_neighbour WHERE film_id = ? AND neighbour_id = ?")) {
            q.setLong(1, film);
            q.setLong(2, neighbour);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    long scalar(String sql) throws SQLException {
        return Sql.count(db, sql);
    }
}
