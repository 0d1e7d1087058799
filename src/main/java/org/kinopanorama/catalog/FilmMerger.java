package org.kinopanorama.catalog;

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
 * JDBC connection inside the caller's transaction. Works on every table with a foreign key to film (also
 * those of other features), found in the database's catalogue: a row that would duplicate one of the kept
 * film's under a unique index is dropped, the others are moved. Watchlists that held both keep one entry,
 * at the earlier position, with both notes. The old address redirects to the film kept.
 *
 * <p>Every merge is recorded in {@code film_merge} with a snapshot of every row of both films before it,
 * from which {@link #undo} puts the film merged away back: its rows return to it, the kept film's rows
 * are as they were, and the pair is remembered as "not the same film" so that nothing merges it again.
 */
public final class FilmMerger {

    /** Kinds of things a merge moves, as a curator reads them, by table. */
    private static final Map<String, String> KIND_OF_TABLE = new LinkedHashMap<>();

    static {
        KIND_OF_TABLE.put("film_title", "titles");
        KIND_OF_TABLE.put("film_year_claim", "claims");
        KIND_OF_TABLE.put("film_claim", "claims");
        KIND_OF_TABLE.put("list_entry", "list_entries");
        KIND_OF_TABLE.put("film_theme_evidence", "themes");
        KIND_OF_TABLE.put("film_theme", "themes");
        KIND_OF_TABLE.put("film_person", "people");
        KIND_OF_TABLE.put("film_studio", "people");
        KIND_OF_TABLE.put("watchlist_entry", "watchlist_entries");
        KIND_OF_TABLE.put("behaviour_signal", "ratings");
        KIND_OF_TABLE.put("film_external_id", "ids");
        KIND_OF_TABLE.put("dataset_record", "ids");
        KIND_OF_TABLE.put("film_genre", "genres");
        KIND_OF_TABLE.put("film_tag", "genres");
        KIND_OF_TABLE.put("film_topic", "genres");
    }

    /** Tables whose rows are derived (rebuilt after the merge) or bookkeeping: not counted, not snapshotted. */
    private static final Set<String> NOT_KEPT = Set.of("film_neighbour", "film_match_key");

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
        for (String kind : new LinkedHashSet<>(KIND_OF_TABLE.values())) {
            counts.put(kind, 0);
        }
        for (Ref ref : references(c)) {
            if (NOT_KEPT.contains(ref.table) || ref.table.equals("film_redirect")) {
                continue;
            }
            int n = count(c, "SELECT count(*) FROM " + ref.table + " WHERE " + ref.column + " = ?", gone);
            counts.merge(KIND_OF_TABLE.getOrDefault(ref.table, "other"), n, Integer::sum);
        }
        int joined = count(c, """
                SELECT count(*) FROM watchlist_entry g JOIN watchlist_entry k ON k.watchlist_id = g.watchlist_id AND k.film_id = ?
                WHERE g.film_id = ?""", keep, gone);
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
        for (Ref ref : references(c)) {
            if (NOT_KEPT.contains(ref.table)) {
                continue;
            }
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
        update(c, "DELETE FROM film_neighbour WHERE film_id IN (?, ?) OR neighbour_id IN (?, ?)", keep, gone, keep, gone);
        // watchlists holding both: the kept film's entry takes the earlier position and both notes (earlier first);
        // the other entry goes, and the entries after the position it left move up, so positions stay 1..n
        List<long[]> pairs = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT k.id, g.id, k.watchlist_id, k.position, g.position FROM watchlist_entry k
                JOIN watchlist_entry g ON g.watchlist_id = k.watchlist_id AND g.film_id = ? WHERE k.film_id = ?""")) {
            ps.setLong(1, gone);
            ps.setLong(2, keep);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    pairs.add(new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)});
                }
            }
        }
        for (long[] p : pairs) {
            update(c, """
                    UPDATE watchlist_entry k SET position = least(k.position, g.position),
                        note = left(nullif(CASE WHEN g.position < k.position THEN concat_ws(E'\\n\\n', g.note, k.note)
                                                ELSE concat_ws(E'\\n\\n', k.note, g.note) END, ''), 2000),
                        added_at = least(k.added_at, g.added_at)
                    FROM watchlist_entry g WHERE k.id = ? AND g.id = ?""", p[0], p[1]);
            update(c, "DELETE FROM watchlist_entry WHERE id = ?", p[1]);
            update(c, "UPDATE watchlist_entry SET position = position - 1 WHERE watchlist_id = ? AND position > ?", p[2], Math.max(p[3], p[4]));
        }
        for (Ref ref : references(c)) {
            if (ref.table.equals("film_neighbour")) {
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
        try (PreparedStatement ps = c.prepareStatement("SELECT kept_id, gone_id, undone_at IS NOT NULL FROM film_merge WHERE id = ? FOR UPDATE")) {
            ps.setLong(1, mergeId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return new Undo(UndoOutcome.NOT_FOUND, 0, 0);
                }
                kept = rs.getLong(1);
                gone = rs.getLong(2);
                if (rs.getBoolean(3)) {
                    return new Undo(UndoOutcome.ALREADY_UNDONE, kept, gone);
                }
            }
        }
        if (!exists(c, kept) || exists(c, gone)) {
            return new Undo(UndoOutcome.KEPT_FILM_GONE, kept, gone);
        }
        update(c, "DELETE FROM film_redirect WHERE old_id = ?", gone);
        update(c, "DELETE FROM film_neighbour WHERE film_id = ? OR neighbour_id = ?", kept, kept);
        insertRows(c, "film", "(SELECT snapshot->'film' FROM film_merge WHERE id = " + mergeId + ")", false);
        List<Ref> refs = new ArrayList<>(references(c));
        refs.removeIf(r -> NOT_KEPT.contains(r.table));
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
        // the kept film's watchlist entries as they were: the entries after the vacated position move back down
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

    private record Ref(String table, String column) {
        String key() {
            return table + "." + column;
        }
    }

    private static volatile List<Ref> references;
    private static final Map<String, List<List<String>>> UNIQUE = new java.util.concurrent.ConcurrentHashMap<>();
    private static final Map<String, List<String>> PRIMARY = new java.util.concurrent.ConcurrentHashMap<>();
    private static final Map<String, List<String>> COLUMNS = new java.util.concurrent.ConcurrentHashMap<>();
    private static volatile Map<String, Set<String>> dependsOn;

    /** (table, column) of every foreign key to film(id), read once per JVM (the schema changes only with a migration). */
    private static List<Ref> references(Connection c) throws SQLException {
        List<Ref> refs = references;
        if (refs != null) {
            return refs;
        }
        refs = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT cl.relname, a.attname
                FROM pg_constraint k
                JOIN pg_class cl ON cl.oid = k.conrelid
                JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = k.conkey[1]
                WHERE k.contype = 'f' AND k.confrelid = 'film'::regclass AND array_length(k.conkey, 1) = 1
                ORDER BY cl.relname, a.attname""");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                refs.add(new Ref(rs.getString(1), rs.getString(2)));
            }
        }
        references = List.copyOf(refs);
        return references;
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

    private static List<String> primaryKey(Connection c, String table) throws SQLException {
        List<String> cached = PRIMARY.get(table);
        if (cached != null) {
            return cached;
        }
        List<String> cols = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT a.attname FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid
                JOIN unnest(i.indkey::int2[]) WITH ORDINALITY AS k(attnum, ord) ON true
                JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum
                WHERE t.relname = ? AND i.indisprimary ORDER BY k.ord""")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    cols.add(rs.getString(1));
                }
            }
        }
        PRIMARY.put(table, List.copyOf(cols));
        return cols;
    }

    /** Columns one may insert into (generated columns left out). */
    private static List<String> insertableColumns(Connection c, String table) throws SQLException {
        List<String> cached = COLUMNS.get(table);
        if (cached != null) {
            return cached;
        }
        List<String> cols = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT a.attname FROM pg_attribute a JOIN pg_class t ON t.oid = a.attrelid
                WHERE t.relname = ? AND t.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
                ORDER BY a.attnum""")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    cols.add(rs.getString(1));
                }
            }
        }
        COLUMNS.put(table, List.copyOf(cols));
        return cols;
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
