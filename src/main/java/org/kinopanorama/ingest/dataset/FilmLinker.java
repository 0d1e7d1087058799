package org.kinopanorama.ingest.dataset;

import org.kinopanorama.catalog.TitleMatcher;
import org.kinopanorama.ingest.FilmConsolidation;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes dataset records into the catalogue on one JDBC connection, inside the caller's transaction (one
 * batch): finds the film each record is ({@link MatchRules}), merges films a record shows to be one, and
 * writes every title, id and field with the source that gave it. Not thread-safe; one per batch.
 */
public final class FilmLinker implements AutoCloseable {

    public enum Outcome { CREATED, MATCHED, UPDATED, UNCHANGED, NOT_IN_CATALOGUE }

    /** @param filmId null for NOT_IN_CATALOGUE */
    public record Result(Outcome outcome, Long filmId, int merged, List<String> doubts) {
    }

    /** Names of the people and studios a record refers to by key (null when the dataset does not know it). */
    public interface References {
        SovietCinemaReference.PersonInfo person(String key);

        SovietCinemaReference.StudioInfo studio(String key);

        Long topicId(String key);
    }

    private final Connection c;
    private final Map<String, PreparedStatement> statements = new HashMap<>();
    private final Map<String, Long> personIds;
    private final Map<String, Long> studioIds;
    /** Films whose title, year or themes must be worked out again at the end of the batch. */
    private final Set<Long> touched = new LinkedHashSet<>();
    private final Set<Long> deleted = new HashSet<>();
    /** Films changed in ways that need no recomputation here, only an announcement. */
    private final Set<Long> announced = new HashSet<>();
    private static volatile List<String[]> filmReferences;

    /** @param personIds, studioIds caches of ids by dataset key, kept across batches by the caller */
    public FilmLinker(Connection c, Map<String, Long> personIds, Map<String, Long> studioIds) {
        this.c = c;
        this.personIds = personIds;
        this.studioIds = studioIds;
    }

    /**
     * @param create whether a record the catalogue does not have becomes a new film (else NOT_IN_CATALOGUE)
     */
    public Result link(FilmRecord r, boolean create, References refs) throws SQLException {
        Long existing = null;
        String checksum = null;
        PreparedStatement find = statement("SELECT film_id, checksum FROM dataset_record WHERE source = ? AND record_id = ?");
        find.setString(1, r.source());
        find.setString(2, r.recordId());
        try (ResultSet rs = find.executeQuery()) {
            if (rs.next()) {
                existing = rs.getLong(1);
                checksum = rs.getString(2);
            }
        }
        if (existing != null && checksum.equals(r.checksum())) {
            return new Result(Outcome.UNCHANGED, existing, 0, List.of());
        }
        if (existing != null) {
            clearSource(existing, r.source());
            write(existing, r, refs);
            return new Result(Outcome.UPDATED, existing, 0, List.of());
        }

        Set<String> keys = TitleMatcher.keys(r.allTitles());
        MatchRules.Decision decision = MatchRules.decide(r.source(), r.year(), r.externalIds(), candidates(r, keys));
        Long film = decision.film();
        Outcome outcome = Outcome.MATCHED;
        if (film == null) {
            if (!create) {
                return new Result(Outcome.NOT_IN_CATALOGUE, null, 0, decision.doubts());
            }
            film = insertFilm(r);
            outcome = Outcome.CREATED;
        }
        for (Long other : decision.merge()) {
            merge(film, other);
        }
        write(film, r, refs);
        return new Result(outcome, film, decision.merge().size(), decision.doubts());
    }

    /** A film changed by other means (tags, behaviour signals): announced with the others. */
    public void touch(long film) {
        announced.add(film);
    }

    /** Title, year and themes of every film this batch touched; call once before committing. */
    public Set<Long> finish() throws SQLException {
        touched.removeAll(deleted);
        FilmConsolidation.apply(c, touched);
        Set<Long> all = new HashSet<>(touched);
        all.addAll(announced);
        all.removeAll(deleted);
        return all;
    }

    // ------------------------------------------------------------------ matching

    private List<MatchRules.Candidate> candidates(FilmRecord r, Set<String> keys) throws SQLException {
        Map<Long, Integer> shared = new LinkedHashMap<>();
        Set<Long> byId = new HashSet<>();
        for (String kind : List.of("imdb", "wikidata")) {
            String value = r.externalIds().get(kind);
            if (value == null) {
                continue;
            }
            PreparedStatement ps = statement("SELECT film_id FROM film_external_id WHERE kind = ? AND value = ?");
            ps.setString(1, kind);
            ps.setString(2, value);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    byId.add(rs.getLong(1));
                    shared.putIfAbsent(rs.getLong(1), 0);
                }
            }
        }
        if (!keys.isEmpty()) {
            PreparedStatement ps = statement("SELECT film_id, count(*) FROM film_match_key WHERE match_key = ANY(?) GROUP BY film_id");
            ps.setArray(1, c.createArrayOf("text", keys.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    shared.put(rs.getLong(1), rs.getInt(2));
                }
            }
        }
        if (shared.isEmpty()) {
            return List.of();
        }
        PreparedStatement facts = statement("""
                SELECT f.id, f.year,
                       ARRAY(SELECT y.year FROM film_year_claim y WHERE y.film_id = f.id),
                       ARRAY(SELECT cl.value FROM film_claim cl WHERE cl.film_id = f.id AND cl.field = 'year'),
                       ARRAY(SELECT DISTINCT d.source FROM dataset_record d WHERE d.film_id = f.id),
                       ARRAY(SELECT e.kind || ':' || e.value FROM film_external_id e
                             WHERE e.film_id = f.id AND e.kind IN ('imdb', 'wikidata'))
                FROM film f WHERE f.id = ANY(?)""");
        facts.setArray(1, c.createArrayOf("bigint", shared.keySet().toArray()));
        List<MatchRules.Candidate> out = new ArrayList<>();
        try (ResultSet rs = facts.executeQuery()) {
            while (rs.next()) {
                long id = rs.getLong(1);
                Set<Integer> years = new HashSet<>();
                int y = rs.getInt(2);
                if (!rs.wasNull()) {
                    years.add(y);
                }
                for (Object o : (Object[]) rs.getArray(3).getArray()) {
                    years.add(((Number) o).intValue());
                }
                for (Object o : (Object[]) rs.getArray(4).getArray()) {
                    try {
                        years.add(Integer.parseInt(o.toString()));
                    } catch (NumberFormatException ignored) {
                        // a claim that is not a year takes no part in matching
                    }
                }
                Map<String, Set<String>> ids = new HashMap<>();
                for (Object o : (Object[]) rs.getArray(6).getArray()) {
                    String[] kv = o.toString().split(":", 2);
                    ids.computeIfAbsent(kv[0], k -> new HashSet<>()).add(kv[1]);
                }
                Set<String> sources = new HashSet<>();
                for (Object o : (Object[]) rs.getArray(5).getArray()) {
                    sources.add(o.toString());
                }
                out.add(new MatchRules.Candidate(id, shared.get(id), byId.contains(id), years, sources, ids));
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ writing

    private long insertFilm(FilmRecord r) throws SQLException {
        String title = r.firstTitle("title_en") != null ? r.firstTitle("title_en")
                : r.firstTitle("title_ru") != null ? r.firstTitle("title_ru") : r.allTitles().get(0);
        PreparedStatement ps = statement("INSERT INTO film (id, title, year) VALUES (nextval('film_seq'), ?, ?) RETURNING id");
        ps.setString(1, title);
        setInteger(ps, 2, r.year());
        try (ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private void write(long film, FilmRecord r, References refs) throws SQLException {
        String s = r.source();
        touched.add(film);
        PreparedStatement title = statement("""
                INSERT INTO film_title (id, film_id, title, source) VALUES (nextval('film_title_seq'), ?, ?, ?)
                ON CONFLICT (film_id, title) DO NOTHING""");
        for (String t : r.allTitles()) {
            title.setLong(1, film);
            title.setString(2, t);
            title.setString(3, s);
            title.addBatch();
        }
        title.executeBatch();
        PreparedStatement key = statement("INSERT INTO film_match_key (match_key, film_id) VALUES (?, ?) ON CONFLICT DO NOTHING");
        for (String k : TitleMatcher.keys(r.allTitles())) {
            key.setString(1, k);
            key.setLong(2, film);
            key.addBatch();
        }
        key.executeBatch();

        Map<String, List<String>> claims = new LinkedHashMap<>(r.titles());
        if (r.year() != null) {
            claims.put("year", List.of(r.year().toString()));
        }
        r.externalIds().forEach((k, v) -> claims.put(k, List.of(v)));
        claims.putAll(r.claims());

        PreparedStatement ext = statement("""
                INSERT INTO film_external_id (kind, value, film_id, source) VALUES (?, ?, ?, ?) ON CONFLICT (kind, value) DO NOTHING""");
        for (Map.Entry<String, String> e : r.externalIds().entrySet()) {
            ext.setString(1, e.getKey());
            ext.setString(2, e.getValue());
            ext.setLong(3, film);
            ext.setString(4, s);
            ext.addBatch();
        }
        ext.executeBatch();

        PreparedStatement person = statement("""
                INSERT INTO film_person (film_id, person_id, role, position, source) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT DO NOTHING""");
        int position = 0;
        for (FilmRecord.Credit credit : r.people()) {
            SovietCinemaReference.PersonInfo info = refs == null ? null : refs.person(credit.key());
            long pid = personId(s, credit.key(), info);
            person.setLong(1, film);
            person.setLong(2, pid);
            person.setString(3, credit.role());
            person.setInt(4, ++position);
            person.setString(5, s);
            person.addBatch();
            if (!credit.role().equals("cast")) {
                claims.computeIfAbsent(credit.role(), k -> new ArrayList<>()).add(info == null ? credit.key() : info.name());
            }
        }
        person.executeBatch();

        PreparedStatement studio = statement("""
                INSERT INTO film_studio (film_id, studio_id, position, source) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING""");
        position = 0;
        for (FilmRecord.StudioRef ref : r.studios()) {
            SovietCinemaReference.StudioInfo info = refs == null ? null : refs.studio(ref.key());
            studio.setLong(1, film);
            studio.setLong(2, studioId(s, ref.key(), info));
            studio.setInt(3, ++position);
            studio.setString(4, s);
            studio.addBatch();
            claims.computeIfAbsent("studio", k -> new ArrayList<>()).add(info == null ? ref.key() : info.name());
        }
        studio.executeBatch();

        PreparedStatement genre = statement("""
                INSERT INTO film_genre (film_id, genre, label, source) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING""");
        for (FilmRecord.Genre g : r.genres()) {
            genre.setLong(1, film);
            genre.setString(2, g.code());
            genre.setString(3, g.label());
            genre.setString(4, s);
            genre.addBatch();
            claims.computeIfAbsent("genre", k -> new ArrayList<>()).add(g.label());
        }
        genre.executeBatch();

        PreparedStatement topic = statement("INSERT INTO film_topic (film_id, topic_id) VALUES (?, ?) ON CONFLICT DO NOTHING");
        for (String t : r.topics()) {
            Long id = refs == null ? null : refs.topicId(t);
            if (id != null) {
                topic.setLong(1, film);
                topic.setLong(2, id);
                topic.addBatch();
            }
        }
        topic.executeBatch();

        PreparedStatement claim = statement("""
                INSERT INTO film_claim (film_id, field, value, source) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING""");
        for (Map.Entry<String, List<String>> e : claims.entrySet()) {
            for (String v : e.getValue()) {
                claim.setLong(1, film);
                claim.setString(2, e.getKey());
                claim.setString(3, v);
                claim.setString(4, s);
                claim.addBatch();
            }
        }
        claim.executeBatch();

        PreparedStatement record = statement("""
                INSERT INTO dataset_record (source, record_id, film_id, checksum) VALUES (?, ?, ?, ?)
                ON CONFLICT (source, record_id) DO UPDATE SET film_id = excluded.film_id, checksum = excluded.checksum""");
        record.setString(1, s);
        record.setString(2, r.recordId());
        record.setLong(3, film);
        record.setString(4, r.checksum());
        record.executeUpdate();
    }

    /** Everything one source said about a film, before its changed record is written again. */
    private void clearSource(long film, String source) throws SQLException {
        for (String sql : List.of(
                "DELETE FROM film_claim WHERE film_id = ? AND source = ?",
                "DELETE FROM film_person WHERE film_id = ? AND source = ?",
                "DELETE FROM film_studio WHERE film_id = ? AND source = ?",
                "DELETE FROM film_genre WHERE film_id = ? AND source = ?",
                "DELETE FROM film_title WHERE film_id = ? AND source = ?",
                "DELETE FROM film_external_id WHERE film_id = ? AND source = ?",
                "DELETE FROM film_topic WHERE film_id = ? AND topic_id IN (SELECT id FROM topic WHERE source = ?)")) {
            PreparedStatement ps = statement(sql);
            ps.setLong(1, film);
            ps.setString(2, source);
            ps.executeUpdate();
        }
        // keys come from titles: those of the titles that remain
        PreparedStatement del = statement("DELETE FROM film_match_key WHERE film_id = ?");
        del.setLong(1, film);
        del.executeUpdate();
        List<String> titles = new ArrayList<>();
        PreparedStatement q = statement("SELECT title FROM film_title WHERE film_id = ? ORDER BY id");
        q.setLong(1, film);
        try (ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                titles.add(rs.getString(1));
            }
        }
        PreparedStatement key = statement("INSERT INTO film_match_key (match_key, film_id) VALUES (?, ?) ON CONFLICT DO NOTHING");
        for (String k : TitleMatcher.keys(titles)) {
            key.setString(1, k);
            key.setLong(2, film);
            key.addBatch();
        }
        key.executeBatch();
    }

    private long personId(String source, String key, SovietCinemaReference.PersonInfo info) throws SQLException {
        Long id = personIds.get(key);
        if (id != null) {
            return id;
        }
        PreparedStatement ps = statement("""
                INSERT INTO person (id, source, source_key, name, name_original, born, died, wikidata)
                VALUES (nextval('person_seq'), ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (source, source_key) DO UPDATE SET name = excluded.name, name_original = excluded.name_original,
                    born = excluded.born, died = excluded.died, wikidata = excluded.wikidata
                RETURNING id""");
        ps.setString(1, source);
        ps.setString(2, key);
        ps.setString(3, info == null ? key : info.name());
        ps.setString(4, info == null ? null : info.nameOriginal());
        ps.setString(5, info == null ? null : info.born());
        ps.setString(6, info == null ? null : info.died());
        ps.setString(7, info == null ? null : info.wikidata());
        try (ResultSet rs = ps.executeQuery()) {
            rs.next();
            id = rs.getLong(1);
        }
        personIds.put(key, id);
        return id;
    }

    private long studioId(String source, String key, SovietCinemaReference.StudioInfo info) throws SQLException {
        Long id = studioIds.get(key);
        if (id != null) {
            return id;
        }
        PreparedStatement ps = statement("""
                INSERT INTO studio (id, source, source_key, name, name_original, country, wikidata)
                VALUES (nextval('studio_seq'), ?, ?, ?, ?, ?, ?)
                ON CONFLICT (source, source_key) DO UPDATE SET name = excluded.name, name_original = excluded.name_original,
                    country = excluded.country, wikidata = excluded.wikidata
                RETURNING id""");
        ps.setString(1, source);
        ps.setString(2, key);
        ps.setString(3, info == null ? key : info.name());
        ps.setString(4, info == null ? null : info.nameOriginal());
        ps.setString(5, info == null ? null : info.country());
        ps.setString(6, info == null ? null : info.wikidata());
        try (ResultSet rs = ps.executeQuery()) {
            rs.next();
            id = rs.getLong(1);
        }
        studioIds.put(key, id);
        return id;
    }

    // ------------------------------------------------------------------ merging

    /**
     * Moves everything that refers to film {@code gone} onto film {@code keep} and deletes {@code gone}. Works
     * on every table with a foreign key to film (also those of other features), found in the catalogue of the
     * database: a row that would duplicate one of {@code keep}'s under a unique index is dropped, the others
     * are moved. Precomputed neighbours of both films are dropped (they are rebuilt on CatalogueChanged).
     */
    void merge(long keep, long gone) throws SQLException {
        if (keep == gone) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(
                "DELETE FROM film_neighbour WHERE film_id IN (?, ?) OR neighbour_id IN (?, ?)")) {
            ps.setLong(1, keep);
            ps.setLong(2, gone);
            ps.setLong(3, keep);
            ps.setLong(4, gone);
            ps.executeUpdate();
        }
        for (String[] ref : filmReferences(c)) {
            String table = ref[0];
            String column = ref[1];
            if (table.equals("film_neighbour")) {
                continue;
            }
            for (List<String> unique : uniqueIndexes(table, column)) {
                StringBuilder same = new StringBuilder();
                for (String col : unique) {
                    if (!col.equals(column)) {
                        same.append(" AND k.").append(col).append(" IS NOT DISTINCT FROM g.").append(col);
                    }
                }
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " g WHERE g." + column + " = ? AND EXISTS (SELECT 1 FROM "
                        + table + " k WHERE k." + column + " = ?" + same + ")")) {
                    ps.setLong(1, gone);
                    ps.setLong(2, keep);
                    ps.executeUpdate();
                }
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE " + table + " SET " + column + " = ? WHERE " + column + " = ?")) {
                ps.setLong(1, keep);
                ps.setLong(2, gone);
                ps.executeUpdate();
            }
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM film WHERE id = ?")) {
            ps.setLong(1, gone);
            ps.executeUpdate();
        }
        // the address of the film merged away now leads to the one it became (its own redirects were moved above)
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO film_redirect (old_id, film_id) VALUES (?, ?)
                ON CONFLICT (old_id) DO UPDATE SET film_id = EXCLUDED.film_id""")) {
            ps.setLong(1, gone);
            ps.setLong(2, keep);
            ps.executeUpdate();
        }
        deleted.add(gone);
        touched.add(keep);
    }

    /** (table, column) of every foreign key to film(id), read once per JVM (the schema changes only with a migration). */
    private static List<String[]> filmReferences(Connection c) throws SQLException {
        List<String[]> refs = filmReferences;
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
                refs.add(new String[] {rs.getString(1), rs.getString(2)});
            }
        }
        filmReferences = refs;
        return refs;
    }

    private final Map<String, List<List<String>>> uniqueCache = new HashMap<>();

    /** The columns of each unique index of the table that contains the column (expression indexes left out). */
    private List<List<String>> uniqueIndexes(String table, String column) throws SQLException {
        String cacheKey = table + "." + column;
        List<List<String>> cached = uniqueCache.get(cacheKey);
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
        uniqueCache.put(cacheKey, out);
        return out;
    }

    // ------------------------------------------------------------------ plumbing

    private PreparedStatement statement(String sql) throws SQLException {
        PreparedStatement ps = statements.get(sql);
        if (ps == null) {
            ps = c.prepareStatement(sql);
            statements.put(sql, ps);
        }
        return ps;
    }

    private static void setInteger(PreparedStatement ps, int i, Integer v) throws SQLException {
        if (v == null) {
            ps.setNull(i, java.sql.Types.INTEGER);
        } else {
            ps.setInt(i, v);
        }
    }

    Array array(String type, Object[] values) throws SQLException {
        return c.createArrayOf(type, values);
    }

    @Override
    public void close() throws SQLException {
        for (PreparedStatement ps : statements.values()) {
            ps.close();
        }
        statements.clear();
    }
}
