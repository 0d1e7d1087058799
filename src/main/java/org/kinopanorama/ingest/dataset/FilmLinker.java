package org.kinopanorama.ingest.dataset;

import org.kinopanorama.catalog.identity.FilmLookup;
import org.kinopanorama.catalog.identity.FilmMerger;
import org.kinopanorama.catalog.identity.FilmTitles;
import org.kinopanorama.catalog.identity.FilmConsolidation;

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
 * batch): finds the film each record is ({@link FilmLookup}), merges films a record shows to be one, and
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
    /** Records of {@link #expectedSource} the catalogue did not have when the batch began, until they are linked. */
    private Set<String> expected = Set.of();
    private String expectedSource;

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
        if (absent(r)) {
            return linkNew(r, create, refs);
        }
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
        return linkNew(r, create, refs);
    }

    /**
     * Reads, in one query, which of the records a batch is about to link the catalogue has already: {@link #link}
     * then looks up only those (the others cannot appear meanwhile but by being linked here).
     */
    public void expect(String source, List<String> recordIds) throws SQLException {
        expectedSource = source;
        expected = new HashSet<>(recordIds);
        if (recordIds.isEmpty()) {
            return;
        }
        PreparedStatement ps = statement("SELECT record_id FROM dataset_record WHERE source = ? AND record_id = ANY(?)");
        ps.setString(1, source);
        ps.setArray(2, c.createArrayOf("text", recordIds.toArray()));
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                expected.remove(rs.getString("record_id"));
            }
        }
    }

    /** A record {@link #expect} found absent and not linked since. */
    private boolean absent(FilmRecord r) {
        return r.source().equals(expectedSource) && expected.contains(r.recordId());
    }

    private Result linkNew(FilmRecord r, boolean create, References refs) throws SQLException {
        FilmLookup.Decision decision = FilmLookup.find(c, r.source(), r.allTitles(), r.year(), r.externalIds());
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
            merge(film, other, "a record of " + r.source() + " (" + r.recordId() + ") names both");
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
        List<FilmTitles.Named> titles = new ArrayList<>();
        r.titles().forEach((field, values) -> values.forEach(v -> titles.add(new FilmTitles.Named(v, FilmTitles.languageOfField(field)))));
        FilmTitles.addAll(c, film, titles, s);

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

        newPeople(s, r, refs);
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

        PreparedStatement work = statement("""
                INSERT INTO film_literary_source (film_id, source, work_key, author_position, author_id, title, title_original,
                                                  year, position)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""");
        position = 0;
        for (FilmRecord.LiterarySource w : r.literarySources()) {
            position++;
            // one row per author (authors are people, like the cast), or one without when the work names none
            List<String> authors = w.authors().isEmpty() ? java.util.Collections.singletonList(null) : w.authors();
            for (int a = 0; a < authors.size(); a++) {
                String key = authors.get(a);
                work.setLong(1, film);
                work.setString(2, s);
                work.setString(3, w.key());
                work.setInt(4, key == null ? 0 : a + 1);
                if (key == null) {
                    work.setNull(5, java.sql.Types.BIGINT);
                } else {
                    work.setLong(5, personId(s, key, refs == null ? null : refs.person(key)));
                }
                work.setString(6, w.title());
                work.setString(7, w.titleOriginal());
                setInteger(work, 8, w.year());
                work.setInt(9, position);
                work.addBatch();
            }
        }
        work.executeBatch();

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
        if (r.source().equals(expectedSource)) {
            expected.remove(r.recordId()); // a second record of the same id (a faulty dataset) is looked up
        }
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
                "DELETE FROM film_literary_source WHERE film_id = ? AND source = ?",
                "DELETE FROM film_topic WHERE film_id = ? AND topic_id IN (SELECT id FROM topic WHERE source = ?)")) {
            PreparedStatement ps = statement(sql);
            ps.setLong(1, film);
            ps.setString(2, source);
            ps.executeUpdate();
        }
        // keys come from titles: those of the titles that remain
        FilmTitles.rebuildKeys(c, film);
    }

    /**
     * The people a record names that the cache does not know, written in one statement (the credits, then the
     * literary sources' authors, in the order the record gives them: the ids {@link #personId} would give one by one).
     */
    private void newPeople(String source, FilmRecord r, References refs) throws SQLException {
        Set<String> keys = new LinkedHashSet<>();
        r.people().forEach(credit -> keys.add(credit.key()));
        r.literarySources().forEach(w -> w.authors().forEach(keys::add));
        keys.removeIf(key -> key == null || personIds.containsKey(key));
        if (keys.isEmpty()) {
            return;
        }
        int n = keys.size();
        String[][] columns = new String[6][n];
        int i = 0;
        for (String key : keys) {
            SovietCinemaReference.PersonInfo info = refs == null ? null : refs.person(key);
            columns[0][i] = key;
            columns[1][i] = info == null ? key : info.name();
            columns[2][i] = info == null ? null : info.nameOriginal();
            columns[3][i] = info == null ? null : info.born();
            columns[4][i] = info == null ? null : info.died();
            columns[5][i] = info == null ? null : info.wikidata();
            i++;
        }
        PreparedStatement ps = statement("""
                INSERT INTO person (id, source, source_key, name, name_original, born, died, wikidata)
                SELECT nextval('person_seq'), ?, p.source_key, p.name, p.name_original, p.born, p.died, p.wikidata
                FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[]) WITH ORDINALITY
                     AS p(source_key, name, name_original, born, died, wikidata, position)
                ORDER BY p.position
                ON CONFLICT (source, source_key) DO UPDATE SET name = excluded.name, name_original = excluded.name_original,
                    born = excluded.born, died = excluded.died, wikidata = excluded.wikidata
                RETURNING id, source_key""");
        ps.setString(1, source);
        for (int column = 0; column < columns.length; column++) {
            ps.setArray(column + 2, c.createArrayOf("text", columns[column]));
        }
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                personIds.put(rs.getString("source_key"), rs.getLong("id"));
            }
        }
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

    /** Merges {@code gone} into {@code keep} ({@link FilmMerger}: recorded, undoable by a curator). */
    void merge(long keep, long gone, String reason) throws SQLException {
        if (FilmMerger.merge(c, keep, gone, actor, origin == null ? "dataset" : origin, true, reason).isPresent()) {
            deleted.add(gone);
            touched.add(keep);
        }
    }

    void merge(long keep, long gone) throws SQLException {
        merge(keep, gone, "the same film");
    }

    private String actor = "import";
    private String origin;

    /** Who the merges this linker makes are recorded for (the import's curator) and which dataset. */
    public FilmLinker recordingAs(String actor, String origin) {
        this.actor = actor;
        this.origin = origin;
        return this;
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
