package org.kinopanorama.watchlist;

import jakarta.enterprise.context.ApplicationScoped;
import org.kinopanorama.catalog.identity.FilmMergeParticipant;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import static org.kinopanorama.catalog.identity.FilmMergeParticipant.FilmColumn.all;
import static org.kinopanorama.catalog.identity.FilmMergeParticipant.FilmColumn.filmIds;

/**
 * Watchlists on a merge: a list that held both films keeps one entry, at the earlier position, with both notes
 * (earlier first), and its positions stay 1..n; an undo puts the kept film's entries back where they were.
 */
@ApplicationScoped
class WatchlistRowsOnMerge implements FilmMergeParticipant {

    @Override
    public List<FilmColumn> filmColumns() {
        return all(filmIds("watchlist_entries", "watchlist_entry"), filmIds("other", "suggestion_dismissal"));
    }

    @Override
    public int joinedOnMerge(Connection c, long keep, long gone) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT count(*) FROM watchlist_entry g JOIN watchlist_entry k ON k.watchlist_id = g.watchlist_id AND k.film_id = ?
                WHERE g.film_id = ?""")) {
            ps.setLong(1, keep);
            ps.setLong(2, gone);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    /** Entries of one list holding both films. */
    private record Pair(long keptEntry, long goneEntry, long watchlist, int keptPosition, int gonePosition) {
    }

    @Override
    public void beforeMove(Connection c, long keep, long gone) throws SQLException {
        // the kept film's entry takes the earlier position and both notes; the other entry goes, and the entries
        // after the position it left move up
        List<Pair> pairs = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT k.id AS kept_id, g.id AS gone_id, k.watchlist_id, k.position AS kept_position, g.position AS gone_position
                FROM watchlist_entry k
                JOIN watchlist_entry g ON g.watchlist_id = k.watchlist_id AND g.film_id = ? WHERE k.film_id = ?""")) {
            ps.setLong(1, gone);
            ps.setLong(2, keep);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    pairs.add(new Pair(rs.getLong("kept_id"), rs.getLong("gone_id"), rs.getLong("watchlist_id"),
                            rs.getInt("kept_position"), rs.getInt("gone_position")));
                }
            }
        }
        for (Pair p : pairs) {
            update(c, """
                    UPDATE watchlist_entry k SET position = least(k.position, g.position),
                        note = left(nullif(CASE WHEN g.position < k.position THEN concat_ws(E'\\n\\n', g.note, k.note)
                                                ELSE concat_ws(E'\\n\\n', k.note, g.note) END, ''), 2000),
                        added_at = least(k.added_at, g.added_at)
                    FROM watchlist_entry g WHERE k.id = ? AND g.id = ?""", p.keptEntry(), p.goneEntry());
            update(c, "DELETE FROM watchlist_entry WHERE id = ?", p.goneEntry());
            update(c, "UPDATE watchlist_entry SET position = position - 1 WHERE watchlist_id = ? AND position > ?",
                    p.watchlist(), Math.max(p.keptPosition(), p.gonePosition()));
        }
    }

    @Override
    public void restoreKept(Connection c, long mergeId) throws SQLException {
        // the kept film's entries as they were: the entries after the vacated position move back down
        update(c, """
                WITH snap AS (SELECT snapshot FROM film_merge WHERE id = ?),
                kept AS (SELECT (k->>'id')::bigint AS id, (k->>'watchlist_id')::bigint AS watchlist_id, (k->>'position')::int AS position,
                                k->>'note' AS note, (k->>'added_at')::timestamptz AS added_at
                         FROM snap, jsonb_array_elements(snap.snapshot #> '{kept,watchlist_entry.film_id}') k),
                gone AS (SELECT (g->>'watchlist_id')::bigint AS watchlist_id, (g->>'position')::int AS position
                         FROM snap, jsonb_array_elements(snap.snapshot #> '{gone,watchlist_entry.film_id}') g),
                pair AS (SELECT kept.*, greatest(kept.position, gone.position) AS vacated FROM kept JOIN gone USING (watchlist_id)),
                shifted AS (UPDATE watchlist_entry e SET position = e.position + 1 FROM pair p
                            WHERE e.watchlist_id = p.watchlist_id AND e.position >= p.vacated AND e.id <> p.id RETURNING e.id)
                UPDATE watchlist_entry e SET position = p.position, note = p.note, added_at = p.added_at
                FROM pair p WHERE e.id = p.id""", mergeId);
    }

    private static void update(Connection c, String sql, long... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setLong(i + 1, params[i]);
            }
            ps.executeUpdate();
        }
    }
}
