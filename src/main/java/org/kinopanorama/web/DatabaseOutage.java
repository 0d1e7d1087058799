package org.kinopanorama.web;

import java.sql.SQLException;

/**
 * Whether an error means the database cannot be reached at the moment (down, restarting, refusing connections)
 * rather than a fault of the request or of our code: such errors are answered with 503, and the site recovers
 * by itself when the database is back.
 */
public final class DatabaseOutage {

    private DatabaseOutage() {
    }

    public static boolean isCause(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && outage(sql)) {
                return true;
            }
            if (t instanceof org.hibernate.exception.JDBCConnectionException) {
                return true;
            }
        }
        return false;
    }

    private static boolean outage(SQLException sql) {
        String state = sql.getSQLState();
        if (state != null && (state.startsWith("08") // connection exception
                || state.startsWith("57P"))) { // the server shutting down, crashed or starting
            return true;
        }
        // Agroal, when no connection could be made or borrowed in time
        String message = sql.getMessage();
        return message != null && message.startsWith("Acquisition timeout");
    }
}
