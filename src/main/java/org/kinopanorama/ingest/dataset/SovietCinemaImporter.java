package org.kinopanorama.ingest.dataset;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Imports Soviet Bloc Cinema Data as its project publishes it (the folder with {@code films/}, {@code people/},
 * {@code studios/}, {@code topics/}, {@code references/}, {@code vocabularies/}): topics first, then the films in file-name order,
 * in batches; by default only films whose countries include SU.
 */
public final class SovietCinemaImporter {

    public static final String SOURCE_LABEL = "Soviet Bloc Cinema Data (CC BY-SA 4.0)";

    private final int batchSize;
    private final long maxRecordBytes;

    public SovietCinemaImporter(int batchSize) {
        this(batchSize, DatasetLimits.DEFAULT.maxRecordBytes());
    }

    public SovietCinemaImporter(int batchSize, long maxRecordBytes) {
        this.batchSize = batchSize;
        this.maxRecordBytes = maxRecordBytes;
    }

    public void run(ImportRun run, Path root) throws IOException {
        SovietCinemaReference ref = SovietCinemaReference.read(root, maxRecordBytes, e -> run.skipped(e.file(), e.getMessage()));
        Map<String, Long> topicIds = new HashMap<>();
        Map<String, Long> personIds = run.personIds();
        Map<String, Long> studioIds = run.studioIds();

        run.beginPhase("topics", ref.topics().size());
        run.batch("topics", ref.topics().size(), (c, linker) -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO topic (id, source, source_key, slug, name, description)
                    VALUES (nextval('topic_seq'), 'sbc', ?, ?, ?, ?)
                    ON CONFLICT (source, source_key) DO UPDATE SET name = excluded.name, description = excluded.description
                    RETURNING id""")) {
                for (SovietCinemaReference.TopicInfo t : ref.topics().values()) {
                    ps.setString(1, t.key());
                    ps.setString(2, t.key().toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", ""));
                    ps.setString(3, t.name());
                    ps.setString(4, t.description());
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        topicIds.put(t.key(), rs.getLong(1));
                    }
                }
            }
            // people and studios met before: their ids, and what the dataset now says of them
            refresh(c, "person", personIds, key -> {
                SovietCinemaReference.PersonInfo p = ref.person(key);
                return p == null ? null : new String[] {p.name(), p.nameOriginal(), p.born(), p.died(), p.wikidata()};
            }, "UPDATE person SET name = ?, name_original = ?, born = ?, died = ?, wikidata = ? WHERE id = ?");
            refresh(c, "studio", studioIds, key -> {
                SovietCinemaReference.StudioInfo s = ref.studio(key);
                return s == null ? null : new String[] {s.name(), s.nameOriginal(), s.country(), s.wikidata()};
            }, "UPDATE studio SET name = ?, name_original = ?, country = ?, wikidata = ? WHERE id = ?");
        });

        SovietFilmParser parser = new SovietFilmParser(ref);
        FilmLinker.References refs = new FilmLinker.References() {
            public SovietCinemaReference.PersonInfo person(String key) {
                return ref.person(key);
            }

            public SovietCinemaReference.StudioInfo studio(String key) {
                return ref.studio(key);
            }

            public Long topicId(String key) {
                return topicIds.get(key);
            }
        };
        List<Path> files = SovietCinemaReference.yamlFiles(root.resolve("films"));
        int from = run.beginPhase("films", files.size());
        for (int start = from; start < files.size(); start += batchSize) {
            List<Path> batch = files.subList(start, Math.min(files.size(), start + batchSize));
            run.batch("films", start + batch.size(), (c, linker) -> {
                List<Parsed> parsed = new ArrayList<>();
                for (Path file : batch) {
                    List<BadRecordException> leftOut = new ArrayList<>();
                    try {
                        parsed.add(new Parsed(parser.parse(root, file, SovietCinemaReference.readRecord(root, file, maxRecordBytes),
                                leftOut::add), leftOut, null));
                    } catch (BadRecordException e) {
                        parsed.add(new Parsed(null, leftOut, e));
                    }
                }
                linker.expect(SovietFilmParser.SOURCE, parsed.stream().filter(p -> p.record() != null && taken(run, p.record()))
                        .map(p -> p.record().recordId()).toList());
                for (Parsed p : parsed) {
                    if (p.bad() != null) {
                        run.skipped(p.bad().file(), p.bad().getMessage());
                        continue;
                    }
                    FilmRecord record = p.record();
                    List<BadRecordException> leftOut = p.leftOut();
                    if (!taken(run, record)) {
                        run.counts().notInCatalogue++;
                        continue;
                    }
                    // fields left out of a film the catalogue takes: the rest of the record is written
                    leftOut.forEach(e -> run.warning(e.file(), e.getMessage()));
                    Savepoint sp = c.setSavepoint();
                    try {
                        FilmLinker.Result r = linker.link(record, true, refs);
                        run.counts().add(r);
                        r.doubts().forEach(d -> run.warning(record.file(), d));
                        c.releaseSavepoint(sp);
                    } catch (SQLException e) {
                        c.rollback(sp);
                        run.forgetIds(); // ids cached since the savepoint may be gone
                        run.skipped(record.file(), "not written: " + e.getMessage());
                    }
                }
            });
        }
    }

    /** A film file parsed: its record and the fields left out of it, or why the whole record is. */
    private record Parsed(FilmRecord record, List<BadRecordException> leftOut, BadRecordException bad) {
    }

    /** Whether the catalogue takes this film: a Soviet one, or any with "every film". */
    private static boolean taken(ImportRun run, FilmRecord record) {
        return run.everyFilm() || record.claims().getOrDefault("country", List.of()).contains("SU");
    }

    private interface Fields {
        String[] of(String key);
    }

    private static void refresh(java.sql.Connection c, String table, Map<String, Long> ids, Fields fields, String update)
            throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT source_key, id FROM " + table + " WHERE source = 'sbc'");
             PreparedStatement u = c.prepareStatement(update);
             ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                ids.put(rs.getString(1), rs.getLong(2));
                String[] v = fields.of(rs.getString(1));
                if (v != null) {
                    for (int i = 0; i < v.length; i++) {
                        u.setString(i + 1, v[i]);
                    }
                    u.setLong(v.length + 1, rs.getLong(2));
                    u.addBatch();
                }
            }
            u.executeBatch();
        }
    }
}
