package org.kinopanorama.catalog;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;

/**
 * Films whose related films must be recomputed because they changed ({@code similarity_owed}). Written in the
 * transaction that changes them, so that a crash between that commit and the rebuild that follows it loses
 * nothing: the similarity module rebuilds what is owed at start-up and on its schedule, and clears it.
 */
public final class RelatedFilmsOwed {

    private RelatedFilmsOwed() {
    }

    /** Records these films as owed a rebuild; a film already owed gets a newer mark, so a rebuild running now keeps it owed. */
    public static void record(Connection c, Collection<Long> films) throws SQLException {
        if (films.isEmpty()) {
            return;
        }
        try (PreparedStatement st = c.prepareStatement("""
                INSERT INTO similarity_owed (film_id)
                SELECT DISTINCT f FROM unnest(?::bigint[]) f ORDER BY f
                ON CONFLICT (film_id) DO UPDATE SET owed_seq = nextval('similarity_owed_seq'), owed_at = now()""")) {
            st.setArray(1, c.createArrayOf("bigint", films.toArray()));
            st.executeUpdate();
        }
    }
}
