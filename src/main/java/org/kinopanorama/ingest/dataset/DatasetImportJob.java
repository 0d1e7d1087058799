package org.kinopanorama.ingest.dataset;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import org.kinopanorama.catalog.CatalogueChanged;
import org.kinopanorama.catalog.CatalogueVersion;
import org.kinopanorama.catalog.RelatedFilmsOwed;
import org.kinopanorama.catalog.identity.ProbableDuplicates;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Runs dataset imports in the background. Everything about an import lives in its {@code dataset_import}
 * row, so any instance can show, cancel or resume it: one runner at a time across instances (a PostgreSQL
 * advisory lock), each batch one transaction that also moves the cursor, a cancel flag read between
 * batches, and an interrupted import (a crash, a restart) continued from its cursor by the next runner.
 */
@ApplicationScoped
public class DatasetImportJob {

    public static final String SOVIET_CINEMA = "soviet-cinema";
    public static final String MOVIELENS = "movielens";

    private static final Logger LOG = Logger.getLogger(DatasetImportJob.class);

    /** Films an import touched from which it has the tables sampled for the planner when it ends ({@link #analyze}). */
    static final int ANALYZE_AFTER_FILMS = 500;
    private static final String RUNNER_LOCK = "hashtext('kinopanorama.dataset-import')";
    /** Held by the instance that drops finished imports' uploaded archives. */
    private static final String CLEANUP_LOCK = "hashtext('kinopanorama.dataset-upload-cleanup')";
    /** The curated-list ingest's lock: a batch and a list document never match films at the same time. */
    private static final String INGEST_LOCK = "SELECT pg_advisory_xact_lock(hashtext('kinopanorama.ingest'))";

    @Inject
    DataSource dataSource;

    @Inject
    DatasetConfig config;

    @Inject
    DatasetImporters importers;

    @Inject
    Event<CatalogueChanged> catalogueChanged;

    private final ExecutorService runner = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "dataset-import");
        t.setDaemon(true);
        return t;
    });

    void onStart(@Observes StartupEvent e) {
        if (config.resumeAtStart()) {
            kick();
        }
    }

    void onStop(@Observes ShutdownEvent e) {
        runner.shutdownNow();
    }

    /**
     * Queues an import and starts the runner; returns the import's id. {@code location} is a path relative to
     * the import folder, or (with {@code upload}, the archive's file, copied into the row) the archive's name.
     */
    public long start(String dataset, String location, Path upload, boolean everyFilm, String actor) {
        if (!dataset.equals(SOVIET_CINEMA) && !dataset.equals(MOVIELENS)) {
            throw new IllegalArgumentException("unknown dataset " + dataset);
        }
        long id;
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("""
                     INSERT INTO dataset_import (id, dataset, location, upload, uploaded, every_film, status, actor)
                     VALUES (nextval('dataset_import_seq'), ?, ?, ?, ?, ?, 'queued', ?) RETURNING id""");
             InputStream archive = upload == null ? null : Files.newInputStream(upload)) {
            ps.setString(1, dataset);
            ps.setString(2, location);
            if (archive == null) {
                ps.setNull(3, java.sql.Types.BINARY);
            } else {
                ps.setBinaryStream(3, archive, Files.size(upload));
            }
            ps.setBoolean(4, upload != null);
            ps.setBoolean(5, everyFilm);
            ps.setString(6, actor);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                id = rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        kick();
        return id;
    }

    /**
     * Drops the uploaded archives of imports finished longer ago than {@code kinopanorama.datasets.keep-uploads-for}
     * (one instance at a time: the others skip while one holds the lock); returns how many were dropped.
     */
    public int dropFinishedUploads() {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                if (!bool(c, "SELECT pg_try_advisory_xact_lock(" + CLEANUP_LOCK + ")")) {
                    c.rollback();
                    return 0;
                }
                int dropped;
                try (PreparedStatement ps = c.prepareStatement("""
                        UPDATE dataset_import SET upload = NULL, upload_dropped_at = now()
                        WHERE upload IS NOT NULL AND status IN ('done', 'failed', 'cancelled')
                          AND finished_at < now() - make_interval(secs => ?)""")) {
                    ps.setDouble(1, config.keepUploadsFor().toMillis() / 1000.0);
                    dropped = ps.executeUpdate();
                }
                c.commit();
                return dropped;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Scheduled(every = "{kinopanorama.datasets.upload-cleanup-every}", delayed = "{kinopanorama.datasets.upload-cleanup-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledUploadCleanup() {
        try {
            int dropped = dropFinishedUploads();
            if (dropped > 0) {
                LOG.infof("Dropped the uploaded archives of %d finished dataset imports", dropped);
            }
        } catch (RuntimeException e) {
            LOG.error("Dropping the uploaded archives of finished imports failed", e);
        }
    }

    /** Asks the import to stop after its current batch (at once if it has not started). */
    public boolean cancel(long id) {
        return update(id, """
                UPDATE dataset_import SET cancel_requested = true,
                    status = CASE WHEN status = 'queued' THEN 'cancelled' ELSE status END,
                    finished_at = CASE WHEN status = 'queued' THEN now() ELSE finished_at END
                WHERE id = ? AND status IN ('queued', 'running')""");
    }

    /** Continues a cancelled or failed import from its cursor. */
    public boolean resume(long id) {
        boolean queued = update(id, """
                UPDATE dataset_import SET status = 'queued', cancel_requested = false, error = NULL, finished_at = NULL
                WHERE id = ? AND status IN ('cancelled', 'failed')""");
        kick(); // also takes an interrupted one (status still running, no runner holds the lock)
        return queued;
    }

    /** Starts the runner if no instance runs one; it takes every queued or interrupted import in turn. */
    public void kick() {
        runner.submit(this::drain);
    }

    private void drain() {
        try {
            while (true) {
                try (Connection lock = dataSource.getConnection()) {
                    if (!bool(lock, "SELECT pg_try_advisory_lock(" + RUNNER_LOCK + ")")) {
                        return; // another instance's runner will take it
                    }
                    try {
                        Long next;
                        while ((next = next()) != null) {
                            runOne(next);
                        }
                    } finally {
                        bool(lock, "SELECT pg_advisory_unlock(" + RUNNER_LOCK + ")");
                    }
                }
                if (next() == null) {
                    return; // nothing was queued while the lock was being released
                }
            }
        } catch (Exception | Error e) {
            LOG.error("dataset import runner stopped", e);
        }
    }

    private Long next() throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(
                     "SELECT id FROM dataset_import WHERE status IN ('queued', 'running') ORDER BY id LIMIT 1");
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : null;
        }
    }

    private void runOne(long id) throws SQLException {
        String dataset;
        String location;
        boolean uploaded;
        boolean uploadKept;
        boolean everyFilm;
        String cursor;
        long elapsed;
        String actor;
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("""
                     SELECT dataset, location, uploaded, upload IS NOT NULL AS upload_kept, every_film, cursor, elapsed_millis, actor
                     FROM dataset_import WHERE id = ?""")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                dataset = rs.getString("dataset");
                location = rs.getString("location");
                uploaded = rs.getBoolean("uploaded");
                uploadKept = rs.getBoolean("upload_kept");
                everyFilm = rs.getBoolean("every_film");
                cursor = rs.getString("cursor");
                elapsed = rs.getLong("elapsed_millis");
                actor = rs.getString("actor");
            }
        }
        // claimed atomically: an import cancelled while queued (between next() and here) is not run, and one
        // whose cancel was asked before its runner died ends as cancelled instead of running again
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("""
                     UPDATE dataset_import SET status = CASE WHEN cancel_requested THEN 'cancelled' ELSE 'running' END,
                         finished_at = CASE WHEN cancel_requested THEN now() ELSE finished_at END,
                         started_at = coalesce(started_at, now()), heartbeat_at = now()
                     WHERE id = ? AND status IN ('queued', 'running')
                     RETURNING status""")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next() || !"running".equals(rs.getString(1))) {
                    return;
                }
            }
        }
        Run run = new Run(id, everyFilm, cursor, elapsed, actor);
        ImportFolder folder = new ImportFolder(Path.of(config.importDir()));
        Path uploadedFile = null;
        String status = "done";
        String error = null;
        try {
            Path path;
            Path boundary = null;
            if (uploaded) {
                if (!uploadKept) {
                    throw new DatasetRefusedException("the uploaded archive " + location + " was dropped after the import finished ("
                            + "kept " + config.keepUploadsFor() + "); upload it again");
                }
                uploadedFile = Files.createTempFile("kinopanorama-upload-", "-" + location.replaceAll("[^A-Za-z0-9._-]", "_"));
                copyUpload(id, uploadedFile);
                path = uploadedFile;
            } else {
                try {
                    path = folder.resolve(location);
                    boundary = folder.realFolder();
                } catch (ImportFolder.Refused refused) {
                    throw new DatasetRefusedException(refused.english());
                }
            }
            boolean soviet = dataset.equals(SOVIET_CINEMA);
            try (DatasetFiles files = DatasetFiles.open(path, location, boundary, soviet
                    ? dir -> Files.isDirectory(dir.resolve("films"))
                    : dir -> Files.isRegularFile(dir.resolve("movies.csv")), DatasetLimits.of(config))) {
                importers.run(dataset, run, files.root());
            }
        } catch (ImportRun.Cancelled e) {
            status = "cancelled";
        } catch (Exception | Error e) {
            // whatever went wrong, Errors included: the import ends failed with its reason and the queue moves on
            status = "failed";
            error = ImportFailure.reason(e, hiddenFolders(folder));
            LOG.warnf(e, "dataset import %d failed", id);
        } finally {
            if (uploadedFile != null) {
                uploadedFile.toFile().delete();
            }
        }
        if (status.equals("done")) {
            try {
                run.touched.addAll(mergeProbableDuplicates(id, actor, run));
            } catch (SQLException | RuntimeException e) {
                LOG.warnf(e, "dataset import %d: probable duplicates not merged", id);
            }
        }
        if (run.touched.size() >= ANALYZE_AFTER_FILMS) {
            analyze(id);
        }
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("""
                     UPDATE dataset_import SET status = ?, error = ?, finished_at = now(), heartbeat_at = now(), elapsed_millis = ?
                     WHERE id = ?""")) {
            ps.setString(1, status);
            ps.setString(2, error);
            ps.setLong(3, run.elapsed());
            ps.setLong(4, id);
            ps.executeUpdate();
            if (error != null) {
                run.log(c, "error", null, error);
            }
        }
        if (!run.touched.isEmpty()) {
            try {
                catalogueChanged.fire(new CatalogueChanged(Set.copyOf(run.touched), "dataset:" + dataset));
            } catch (Exception | Error e) {
                LOG.errorf(e, "what follows dataset import %d (catalogue changed) failed", id);
            }
        }
    }

    /**
     * Samples every table afresh for PostgreSQL's planner. Until autovacuum does, a minute or more after a large import,
     * the planner plans for the catalogue before it: on the real catalogue a Russian reader's film list took 7 s (a scan
     * of every title for each film) instead of 25 ms. Half a second there.
     */
    private void analyze(long id) {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            st.execute("ANALYZE");
        } catch (SQLException e) {
            LOG.warnf(e, "dataset import %d: the tables were not sampled for the planner; autovacuum will", id);
        }
    }

    private void copyUpload(long id, Path to) throws SQLException, IOException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT upload FROM dataset_import WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next() || rs.getBinaryStream(1) == null) {
                    throw new DatasetRefusedException("the uploaded archive was dropped; upload it again");
                }
                try (InputStream in = rs.getBinaryStream(1)) {
                    Files.copy(in, to, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    /**
     * After an import: films a curated list names that are, by strong evidence, films of the datasets (see
     * {@link ProbableDuplicates}) become one, each logged on the import's report. One transaction; the films kept.
     */
    private Set<Long> mergeProbableDuplicates(long id, String actor, Run run) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                try (PreparedStatement lock = c.prepareStatement(INGEST_LOCK)) {
                    lock.execute();
                }
                List<ProbableDuplicates.Pair> merged = ProbableDuplicates.mergeStrong(c, null, actor, "dataset import " + id);
                Set<Long> kept = new HashSet<>();
                for (ProbableDuplicates.Pair p : merged) {
                    kept.add(p.textFilm());
                    run.touched.remove(p.other());
                    run.log(c, "info", null, "merged automatically: " + p.otherTitle() + (p.otherYear() == null ? "" : " (" + p.otherYear() + ")")
                            + " is " + p.textTitle() + (p.textYear() == null ? "" : " (" + p.textYear() + ")") + ": "
                            + String.join("; ", p.evidence()) + " (undo from /curate/merges)");
                }
                try (PreparedStatement ps = c.prepareStatement("UPDATE dataset_import SET films_merged = films_merged + ? WHERE id = ?")) {
                    ps.setInt(1, merged.size());
                    ps.setLong(2, id);
                    ps.executeUpdate();
                }
                if (!merged.isEmpty()) {
                    RelatedFilmsOwed.record(c, kept);
                    CatalogueVersion.bump(c);
                }
                c.commit();
                return kept;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        }
    }

    /** Folders whose paths never appear in a failure's reason. */
    private static List<Path> hiddenFolders(ImportFolder folder) {
        List<Path> out = new ArrayList<>();
        try {
            out.add(folder.realFolder());
        } catch (ImportFolder.Refused ignored) {
            // no import folder: nothing of it to hide
        }
        out.add(Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().normalize());
        out.add(Path.of("").toAbsolutePath());
        return out;
    }

    /** The latest imports, newest first (without their logs). */
    public List<ImportView> recent(int limit) {
        return query("SELECT " + COLUMNS + " FROM dataset_import ORDER BY id DESC LIMIT ?", limit, 0);
    }

    /** One import with the last {@code logLines} lines of its log. */
    public java.util.Optional<ImportView> find(long id, int logLines) {
        List<ImportView> found = query("SELECT " + COLUMNS + " FROM dataset_import WHERE id = ?", id, logLines);
        return found.stream().findFirst();
    }

    private static final String COLUMNS = """
            id, dataset, location, every_film, status, cancel_requested, phase, total, done, films_created, films_matched,
            films_unchanged, films_merged, not_in_catalogue, skipped, signals, cursor, error, actor, created_at, heartbeat_at,
            elapsed_millis""";

    private List<ImportView> query(String sql, long param, int logLines) {
        List<ImportView> out = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, param);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong("id");
                    List<ImportView.LogLine> log = new ArrayList<>();
                    if (logLines > 0) {
                        try (PreparedStatement l = c.prepareStatement("""
                                SELECT level, file, message FROM (SELECT * FROM dataset_import_log WHERE import_id = ?
                                ORDER BY id DESC LIMIT ?) last ORDER BY id""")) {
                            l.setLong(1, id);
                            l.setInt(2, logLines);
                            try (ResultSet lr = l.executeQuery()) {
                                while (lr.next()) {
                                    log.add(new ImportView.LogLine(lr.getString("level"), lr.getString("file"), lr.getString("message")));
                                }
                            }
                        }
                    }
                    out.add(new ImportView(id, rs.getString("dataset"), rs.getString("location"), rs.getBoolean("every_film"),
                            rs.getString("status"), rs.getBoolean("cancel_requested"), rs.getString("phase"), rs.getInt("total"),
                            rs.getInt("done"), rs.getInt("films_created"), rs.getInt("films_matched"), rs.getInt("films_unchanged"),
                            rs.getInt("films_merged"), rs.getInt("not_in_catalogue"), rs.getInt("skipped"), rs.getInt("signals"),
                            rs.getString("cursor"), rs.getString("error"), rs.getString("actor"),
                            rs.getObject("created_at", java.time.OffsetDateTime.class),
                            rs.getObject("heartbeat_at", java.time.OffsetDateTime.class), rs.getLong("elapsed_millis"), log));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    private boolean update(long id, String sql) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, id);
            return ps.executeUpdate() > 0;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean bool(Connection c, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getBoolean(1);
        }
    }

    /** One attempt at one import: what the importers see. */
    private final class Run implements ImportRun {
        private final long id;
        private final boolean everyFilm;
        private final String cursorPhase;
        private final int cursorDone;
        private final long elapsedBefore;
        private final long attemptStart = System.nanoTime();
        private final List<String> phasesSeen = new ArrayList<>();
        private final List<String[]> pendingLog = new ArrayList<>();
        private final Map<String, Long> personIds = new HashMap<>();
        private final Map<String, Long> studioIds = new HashMap<>();
        final Set<Long> touched = new HashSet<>();
        private Counts counts = new Counts();
        private int skipped;

        private final String actor;

        Run(long id, boolean everyFilm, String cursor, long elapsedBefore, String actor) {
            this.id = id;
            this.actor = actor;
            this.everyFilm = everyFilm;
            int colon = cursor.lastIndexOf(':');
            this.cursorPhase = colon < 0 ? "" : cursor.substring(0, colon);
            this.cursorDone = colon < 0 ? 0 : Integer.parseInt(cursor.substring(colon + 1));
            this.elapsedBefore = elapsedBefore;
        }

        long elapsed() {
            return elapsedBefore + (System.nanoTime() - attemptStart) / 1_000_000;
        }

        @Override
        public boolean everyFilm() {
            return everyFilm;
        }

        @Override
        public int beginPhase(String phase, int total) {
            phasesSeen.add(phase);
            int from = phase.equals(cursorPhase) ? Math.min(cursorDone, total) : 0;
            try (Connection c = dataSource.getConnection();
                 PreparedStatement ps = c.prepareStatement("UPDATE dataset_import SET phase = ?, total = ?, done = ? WHERE id = ?")) {
                ps.setString(1, phase);
                ps.setInt(2, total);
                ps.setInt(3, from);
                ps.setLong(4, id);
                ps.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            return from;
        }

        @Override
        public void batch(String phase, int done, Work work) {
            boolean cancel;
            try (Connection c = dataSource.getConnection()) {
                c.setAutoCommit(false);
                try {
                    try (PreparedStatement lock = c.prepareStatement(INGEST_LOCK)) {
                        lock.execute();
                    }
                    Set<Long> changed;
                    try (FilmLinker linker = new FilmLinker(c, personIds, studioIds).recordingAs(actor, "dataset import " + id)) {
                        work.run(c, linker);
                        changed = linker.finish();
                    }
                    try (PreparedStatement ps = c.prepareStatement("""
                            UPDATE dataset_import SET phase = ?, done = ?, cursor = ?, heartbeat_at = now(), elapsed_millis = ?,
                                films_created = films_created + ?, films_matched = films_matched + ?,
                                films_unchanged = films_unchanged + ?, films_merged = films_merged + ?,
                                not_in_catalogue = not_in_catalogue + ?, signals = signals + ?, skipped = skipped + ?
                            WHERE id = ? RETURNING cancel_requested""")) {
                        ps.setString(1, phase);
                        ps.setInt(2, done);
                        ps.setString(3, phase + ":" + done);
                        ps.setLong(4, elapsed());
                        ps.setInt(5, counts.created);
                        ps.setInt(6, counts.matched);
                        ps.setInt(7, counts.unchanged);
                        ps.setInt(8, counts.merged);
                        ps.setInt(9, counts.notInCatalogue);
                        ps.setInt(10, counts.signals);
                        ps.setInt(11, skipped);
                        ps.setLong(12, id);
                        try (ResultSet rs = ps.executeQuery()) {
                            rs.next();
                            cancel = rs.getBoolean(1);
                        }
                    }
                    for (String[] line : pendingLog) {
                        log(c, line[0], line[1], line[2]);
                    }
                    // with the batch: a crash before the rebuild at the end of the import leaves it owed, not lost
                    RelatedFilmsOwed.record(c, changed);
                    CatalogueVersion.bump(c);
                    c.commit();
                    touched.addAll(changed);
                } catch (SQLException | RuntimeException e) {
                    c.rollback();
                    forgetIds();
                    throw e instanceof RuntimeException re ? re : new IllegalStateException(e);
                } finally {
                    pendingLog.clear();
                    counts = new Counts();
                    skipped = 0;
                    c.setAutoCommit(true);
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            if (cancel) {
                throw new Cancelled();
            }
        }

        void log(Connection c, String level, String file, String message) throws SQLException {
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO dataset_import_log (id, import_id, level, file, message)
                    VALUES (nextval('dataset_import_log_seq'), ?, ?, ?, ?)""")) {
                ps.setLong(1, id);
                ps.setString(2, level);
                ps.setString(3, file);
                ps.setString(4, message.length() > 2000 ? message.substring(0, 2000) + "…" : message);
                ps.executeUpdate();
            }
        }

        @Override
        public void skipped(String file, String reason) {
            skipped++;
            pendingLog.add(new String[] {"skipped", file, reason});
        }

        @Override
        public void warning(String file, String message) {
            pendingLog.add(new String[] {"warning", file, message});
        }

        @Override
        public Counts counts() {
            return counts;
        }

        @Override
        public Map<String, Long> personIds() {
            return personIds;
        }

        @Override
        public Map<String, Long> studioIds() {
            return studioIds;
        }

        @Override
        public void forgetIds() {
            personIds.clear();
            studioIds.clear();
        }
    }
}
