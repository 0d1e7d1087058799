package org.kinopanorama;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Plain SQL for tests' fixtures and checks, straight on the database: one statement with its parameters, each on a
 * connection of its own (committed at once). Failures come out as {@link IllegalStateException}.
 */
public final class Sql {

    private Sql() {
    }

    /** Runs one statement (set-up, or a change behind the application's back); returns the rows it changed. */
    public static int update(DataSource db, String statement, Object... parameters) {
        try (Connection c = db.getConnection(); PreparedStatement q = prepared(c, statement, parameters)) {
            return q.execute() ? 0 : q.getUpdateCount();
        } catch (SQLException e) {
            throw new IllegalStateException(statement, e);
        }
    }

    /** The first column of the first row as a number (a count, an id; 0 for NULL); fails when there is no row. */
    public static long count(DataSource db, String query, Object... parameters) {
        List<Long> column = longs(db, query, parameters);
        if (column.isEmpty()) {
            throw new IllegalStateException("no row: " + query);
        }
        return column.get(0);
    }

    /** The first column of the first row, or null when there is no row. */
    public static String one(DataSource db, String query, Object... parameters) {
        List<String> column = strings(db, query, parameters);
        return column.isEmpty() ? null : column.get(0);
    }

    /** The first column of every row, as text. */
    public static List<String> strings(DataSource db, String query, Object... parameters) {
        return column(db, query, parameters, rs -> rs.getString(1));
    }

    /** The first column of every row, as numbers (0 for NULL). */
    public static List<Long> longs(DataSource db, String query, Object... parameters) {
        return column(db, query, parameters, rs -> rs.getLong(1));
    }

    private interface Cell<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private static <T> List<T> column(DataSource db, String query, Object[] parameters, Cell<T> cell) {
        try (Connection c = db.getConnection(); PreparedStatement q = prepared(c, query, parameters); ResultSet rs = q.executeQuery()) {
            List<T> out = new ArrayList<>();
            while (rs.next()) {
                out.add(cell.read(rs));
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(query, e);
        }
    }

    private static PreparedStatement prepared(Connection c, String sql, Object... parameters) throws SQLException {
        PreparedStatement q = c.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            q.setObject(i + 1, parameters[i]);
        }
        return q;
    }
}
