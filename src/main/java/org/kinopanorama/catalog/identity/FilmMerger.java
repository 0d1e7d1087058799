package org.kinopanorama.catalog.identity;

import io.quarkus.arc.Arc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Two films that are one: everything that refers to the film merged away moves onto the film kept, on one
 * JDBC connection inside the caller's transaction. Each feature says which of its tables refer to a film and
 * how their rows move ({@link FilmMergeParticipant}, a CDI bean per feature); this class does the common part for
 * them: a row that would duplicate one of the kept film's under a unique index is dropped, the others are moved.
 * The old address redirects to the film kept.
 *
 * <p>Every merge is recorded in {@code film_merge} with a snapshot of every kept row of both films before it,
 * from which {@link #undo} puts the film merged away back: its rows return to it, the kept film's rows
 * are as they were, and the pair is remembered as "not the same film" so that nothing merges it again.
 */
public final class FilmMerger {

    /** @param counts rows by kind ("titles", "watchlist_entries"...); joined: watchlists that held both */
    public record Moves(Map<String, Integer> counts, int joinedWatchlistEntries) {
        public int total() {
            return counts.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    private FilmMerger() {
    }

    // ------------------------------------------------------------------ preview

    /** What merging {@code gone} into {@code keep} would move, without moving anything. */
    public static Moves preview(Connection c, long keep, long gone) throws SQLException {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Ref ref : references()) {
            if (ref.kind() != null) {
                counts.put(ref.kind(), 0);
            }
        }
        for (Ref ref : kept()) {
            if (ref.kind() == null) {
                continue;
            }
            int n = count(c, "SELECT count(*) FROM " + ref.table() + " WHERE " + ref.column() + " = ?", gone);
            counts.merge(ref.kind(), n, Integer::sum);
        }
        int joined = 0;
        for (FilmMergeParticipant p : participants()) {
            joined += p.joinedOnMerge(c, keep, gone);
        }
        return new Moves(counts, joined);
    }

    // ------------------------------------------------------------------ merge

    /**
     * Merges {@code gone} into {@code keep} and records it.
     *
     * @param origin "curator", "dataset:sbc", "list:slug", "duplicates"...
     * @return the merge's id (its record), or empty when there was nothing to merge (same film, or one is gone)
     */
    public static Optional<Long> merge(Connection c, long keep, long gone, String actor, String origin, boolean automatic,
                                       String reason) throws SQLException {
        if (keep == gone || !exists(c, keep) || !exists(c, gone)) {
            return Optional.empty();
        }
        Moves moves = preview(c, keep, gone);
        long id;
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO film_merge (id, kept_id, gone_id, kept_title, kept_year, gone_title, gone_year, actor, origin,
                                        automatic, reason, moved, snapshot)
                SELECT nextval('film_merge_seq'), k.id, g.id, k.title, k.year, g.title, g.year, ?, ?, ?, ?, ?::jsonb,
                       jsonb_build_object('film', to_jsonb(g), 'gone', '{}'::jsonb, 'kept', '{}'::jsonb)
                FROM film k, film g WHERE k.id = ? AND g.id = ? RETURNING id""")) {
            ps.setString(1, actor);
            ps.setString(2, origin);
            ps.setBoolean(3, automatic);
            ps.setString(4, reason.length() > 2000 ? reason.substring(0, 2000) : reason);
            ps.setString(5, movesJson(moves));
            ps.setLong(6, keep);
            ps.setLong(7, gone);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                id = rs.getLong(1);
            }
        }
        for (Ref ref : kept()) {
            for (String[] side : new String[][] {{"gone", Long.toString(gone)}, {"kept", Long.toString(keep)}}) {
                try (PreparedStatement ps = c.prepareStatement("UPDATE film_merge SET snapshot = jsonb_set(snapshot, ?::text[], "
                        + "(SELECT coalesce(jsonb_agg(to_jsonb(t)), '[]'::jsonb) FROM " + ref.table + " t WHERE t." + ref.column
                        + " = ?)) WHERE id = ?")) {
                    ps.setString(1, "{" + side[0] + "," + ref.key() + "}");
                    ps.setLong(2, Long.parseLong(side[1]));
                    ps.setLong(3, id);
                    ps.executeUpdate();
                }
            }
        }
        move(c, keep, gone);
        return Optional.of(id);
    }

    /** The surgery itself (no record): see the class comment. */
    static void move(Connection c, long keep, long gone) throws SQLException {
        for (FilmMergeParticipant p : participants()) {
            p.beforeMove(c, keep, gone);
        }
        for (Ref ref : references()) {
            if (ref.handling() == FilmMergeParticipant.Handling.OWN) {
                continue;
            }
            for (List<String> unique : uniqueIndexes(c, ref.table, ref.column)) {
                StringBuilder same = new StringBuilder();
                for (String col : unique) {
                    if (!col.equals(ref.column)) {
                        same.append(" AND k.").append(col).append(" IS NOT DISTINCT FROM g.").append(col);
                    }
                }
                update(c, "DELETE FROM " + ref.table + " g WHERE g." + ref.column + " = ? AND EXISTS (SELECT 1 FROM "
                        + ref.table + " k WHERE k." + ref.column + " = ?" + same + ")", gone, keep);
            }
            update(c, "UPDATE " + ref.table + " SET " + ref.column + " = ? WHERE " + ref.column + " = ?", keep, gone);
        }
        // marks of "not the same" follow the film they were about
        update(c, """
                INSERT INTO film_distinct (film_a, film_b, actor, reason)
                SELECT least(?, o), greatest(?, o), actor, reason FROM (
                    SELECT CASE WHEN film_a = ? THEN film_b ELSE film_a END AS o, actor, reason FROM film_distinct
                    WHERE film_a = ? OR film_b = ?) x WHERE o <> ?
                ON CONFLICT DO NOTHING""", keep, keep, gone, gone, gone, keep);
        update(c, "DELETE FROM film WHERE id = ?", gone);
        // the address of the film merged away now leads to the one it became (its own redirects were moved above)
        update(c, """
                INSERT INTO film_redirect (old_id, film_id) VALUES (?, ?)
                ON CONFLICT (old_id) DO UPDATE SET film_id = EXCLUDED.film_id""", gone, keep);
    }

    // ------------------------------------------------------------------ undo

    public enum UndoOutcome { UNDONE, ALREADY_UNDONE, KEPT_FILM_GONE, NOT_FOUND }

    public record Undo(UndoOutcome outcome, long kept, long gone) {
    }

    /**
     * Puts the film merged away back as it was: its film row, every row that referred to it, the kept film's
     * watchlist entries as they were; the redirect is removed; the pair is marked "not the same film". Refused
     * when the kept film was itself merged away since (undo that merge first).
     */
    public static Undo undo(Connection c, long mergeId, String actor) throws SQLException {
        long kept;
        long gone;
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT kept_id, gone_id, undone_at IS NOT NULL AS undone FROM film_merge WHERE id = ? FOR UPDATE")) {
            ps.setLong(1, mergeId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return new Undo(UndoOutcome.NOT_FOUND, 0, 0);
                }
                kept = rs.getLong("kept_id");
                gone = rs.getLong("gone_id");
                if (rs.getBoolean("undone")) {
                    return new Undo(UndoOutcome.ALREADY_UNDONE, kept, gone);
                }
            }
        }
        if (!exists(c, kept) || exists(c, gone)) {
            return new Undo(UndoOutcome.KEPT_FILM_GONE, kept, gone);
        }
        update(c, "DELETE FROM film_redirect WHERE old_id = ?", gone);
        for (FilmMergeParticipant p : participants()) {
            p.beforeUndo(c, kept, gone);
        }
        insertRows(c, "film", "(SELECT snapshot->'film' FROM film_merge WHERE id = " + mergeId + ")", false);
        List<Ref> refs = kept();
        // rows that moved to the kept film go back: by primary key (with the kept film's id where the key holds it),
        // unless the kept film had that row before the merge (then only the film merged away's copy comes back)
        for (Ref ref : reversed(insertOrder(c, refs))) {
            List<String> pk = primaryKey(c, ref.table);
            if (pk.isEmpty()) {
                continue;
            }
            String goneRows = "jsonb_populate_recordset(null::" + ref.table + ", (SELECT snapshot #> '{gone," + ref.key()
                    + "}' FROM film_merge WHERE id = " + mergeId + "))";
            String keptRows = "jsonb_populate_recordset(null::" + ref.table + ", (SELECT snapshot #> '{kept," + ref.key()
                    + "}' FROM film_merge WHERE id = " + mergeId + "))";
            StringBuilder match = new StringBuilder();
            StringBuilder keptMatch = new StringBuilder();
            for (String col : pk) {
                String value = col.equals(ref.column) ? kept + "::bigint" : "g." + col;
                match.append(" AND x.").append(col).append(" = ").append(value);
                keptMatch.append(" AND k.").append(col).append(" = ").append(value);
            }
            String sql = "DELETE FROM " + ref.table + " x USING " + goneRows + " g WHERE true" + match
                    + (pk.contains(ref.column) ? " AND NOT EXISTS (SELECT 1 FROM " + keptRows + " k WHERE true" + keptMatch + ")" : "");
            update(c, sql);
        }
        // each feature's rows of the kept film as they were (e.g. watchlist positions)
        for (FilmMergeParticipant p : participants()) {
            p.restoreKept(c, mergeId);
        }
        for (Ref ref : insertOrder(c, refs)) {
            insertRows(c, ref.table, "(SELECT snapshot #> '{gone," + ref.key() + "}' FROM film_merge WHERE id = " + mergeId + ")", true);
        }
        update(c, """
                INSERT INTO film_distinct (film_a, film_b, actor, reason) VALUES (least(?, ?), greatest(?, ?), ?, 'merge undone')
                ON CONFLICT DO NOTHING""", kept, gone, kept, gone, actor);
        // keys come from titles: both films' again
        FilmTitles.rebuildKeys(c, kept);
        FilmTitles.rebuildKeys(c, gone);
        try (PreparedStatement ps = c.prepareStatement("UPDATE film_merge SET undone_at = now(), undone_by = ? WHERE id = ?")) {
            ps.setString(1, actor);
            ps.setLong(2, mergeId);
            ps.executeUpdate();
        }
        return new Undo(UndoOutcome.UNDONE, kept, gone);
    }

    private static void insertRows(Connection c, String table, String jsonExpression, boolean many) throws SQLException {
        List<String> cols = insertableColumns(c, table);
        String list = String.join(", ", cols);
        String source = many ? "jsonb_populate_recordset(null::" + table + ", coalesce(" + jsonExpression + ", '[]'::jsonb))"
                : "jsonb_populate_record(null::" + table + ", " + jsonExpression + ")";
        update(c, "INSERT INTO " + table + " (" + list + ") SELECT " + list + " FROM " + source + " ON CONFLICT DO NOTHING");
    }

    // ------------------------------------------------------------------ the database's catalogue

    private record Ref(String table, String column, FilmMergeParticipant.Handling handling, String kind) {
        String key() {
            return table + "." + column;
        }
    }

    private static final Map<String, List<String>> PRIMARY = new java.util.concurrent.ConcurrentHashMap<>();
    private static final Map<String, List<List<String>>> UNIQUE = new java.util.concurrent.ConcurrentHashMap<>();
    private static final Map<String, List<String>> COLUMNS = new java.util.concurrent.ConcurrentHashMap<>();
    private static volatile Map<String, Set<String>> dependsOn;

    /** Every feature's part in a merge (CDI beans). */
    static List<FilmMergeParticipant> participants() {
        return Arc.container().instance(FilmMergeParticipants.class).get().all();
    }

    /** Every column that refers to a film, as the features declare them, in a stable order. */
    private static List<Ref> references() {
        return participants().stream().flatMap(p -> p.filmColumns().stream())
                .map(f -> new Ref(f.table(), f.column(), f.handling(), f.kind()))
                .sorted(java.util.Comparator.comparing(Ref::table).thenComparing(Ref::column)).toList();
    }

    /** The columns whose rows a merge snapshots and an undo puts back. */
    private static List<Ref> kept() {
        return references().stream().filter(r -> r.handling() == FilmMergeParticipant.Handling.KEPT).toList();
    }

    /** Tables referred to by others first (list_entry before film_theme_evidence), so that rows can be put back. */
    private static List<Ref> insertOrder(Connection c, List<Ref> refs) throws SQLException {
        Map<String, Set<String>> deps = dependsOn;
        if (deps == null) {
            deps = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT DISTINCT a.relname, b.relname FROM pg_constraint k
                    JOIN pg_class a ON a.oid = k.conrelid JOIN pg_class b ON b.oid = k.confrelid
                    WHERE k.contype = 'f' AND a.oid <> b.oid""");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    deps.computeIfAbsent(rs.getString(1), x -> new java.util.HashSet<>()).add(rs.getString(2));
                }
            }
            dependsOn = deps;
        }
        List<Ref> out = new ArrayList<>();
        List<Ref> left = new ArrayList<>(refs);
        while (!left.isEmpty()) {
            boolean progress = false;
            for (var it = left.iterator(); it.hasNext(); ) {
                Ref r = it.next();
                Set<String> d = deps.getOrDefault(r.table, Set.of());
                if (left.stream().noneMatch(o -> o != r && !o.table.equals(r.table) && d.contains(o.table))) {
                    out.add(r);
                    it.remove();
                    progress = true;
                }
            }
            if (!progress) {
                out.addAll(left);
                break;
            }
        }
        return out;
    }

    private static List<Ref> reversed(List<Ref> refs) {
        List<Ref> out = new ArrayList<>(refs);
        java.util.Collections.reverse(out);
        return out;
    }

    /** The primary key's columns of a table, in the key's order. */
    private static List<String> primaryKey(Connection c, String table) throws SQLException {
        return columnNames(c, PRIMARY, table, """
                SELECT a.attname FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid
                JOIN unnest(i.indkey::int2[]) WITH ORDINALITY AS k(attnum, ord) ON true
                JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum
                WHERE t.relname = ? AND i.indisprimary ORDER BY k.ord""");
    }

    /** Columns one may insert into (generated columns left out). */
    private static List<String> insertableColumns(Connection c, String table) throws SQLException {
        return columnNames(c, COLUMNS, table, """
                SELECT a.attname FROM pg_attribute a JOIN pg_class t ON t.oid = a.attrelid
                WHERE t.relname = ? AND t.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
                ORDER BY a.attnum""");
    }

    /** The column names {@code sql} lists for {@code table} (its one parameter), read once and kept in {@code cache}. */
    private static List<String> columnNames(Connection c, Map<String, List<String>> cache, String table, String sql)
            throws SQLException {
        List<String> cached = cache.get(table);
        if (cached != null) {
            return cached;
        }
        List<String> cols = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    cols.add(rs.getString("attname"));
                }
            }
        }
        List<String> names = List.copyOf(cols);
        cache.put(table, names);
        return names;
    }

    /** The columns of each unique index of the table that contains the column (expression indexes left out). */
    private static List<List<String>> uniqueIndexes(Connection c, String table, String column) throws SQLException {
        String cacheKey = table + "." + column;
        List<List<String>> cached = UNIQUE.get(cacheKey);
        if (cached != null) {
            return cached;
        }
        List<List<String>> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT ARRAY(SELECT a.attname FROM unnest(i.indkey::int2[]) WITH ORDINALITY AS k(attnum, ord)
                             JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum ORDER BY k.ord)
                FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid
                WHERE t.relname = ? AND i.indisunique AND i.indexprs IS NULL""")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    List<String> cols = new ArrayList<>();
                    for (Object o : (Object[]) rs.getArray(1).getArray()) {
                        cols.add(o.toString());
                    }
                    if (cols.contains(column)) {
                        out.add(cols);
                    }
                }
            }
        }
        UNIQUE.put(cacheKey, List.copyOf(out));
        return out;
    }

    // ------------------------------------------------------------------ plumbing

    static boolean exists(Connection c, long film) throws SQLException {
        return count(c, "SELECT count(*) FROM film WHERE id = ?", film) > 0;
    }

    private static int count(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private static void update(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            ps.executeUpdate();
        }
    }

    private static void bind(PreparedStatement ps, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            ps.setObject(i + 1, params[i]);
        }
    }

    private static String movesJson(Moves m) {
        StringBuilder sb = new StringBuilder("{");
        m.counts().forEach((k, v) -> sb.append('"').append(k).append("\":").append(v).append(','));
        return sb.append("\"joined_watchlist_entries\":").append(m.joinedWatchlistEntries()).append('}').toString();
    }
}
