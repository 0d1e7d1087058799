package org.kinopanorama.similarity;

import org.kinopanorama.similarity.signal.EaseSimilarity;
import org.kinopanorama.similarity.signal.FeatureStatistics;
import org.kinopanorama.similarity.signal.FilmFeatures;
import io.agroal.api.AgroalDataSource;
import io.micrometer.core.annotation.Timed;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import org.kinopanorama.catalog.CatalogueChanged;
import org.kinopanorama.catalog.CatalogueVersion;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Computes and stores every film's neighbours: all of them (on demand, and when the baskets of films saved
 * together changed), or around the films an ingest touched. One rebuild at a time across every instance of
 * the app (a PostgreSQL advisory lock held by the rebuild's transaction); pages meanwhile read the
 * previous neighbours, and see the new ones all at once when it commits.
 *
 * <p>Every rebuild also takes the films owed one ({@code similarity_owed}, written by the transactions that
 * changed them) and clears them in its own transaction, so a crash between an ingest's commit and its
 * rebuild loses nothing: what is owed is rebuilt at start-up and by the schedule.
 */
@ApplicationScoped
public class SimilarityRebuild {

    private static final Logger LOG = Logger.getLogger(SimilarityRebuild.class);
    private static final String LOCK = "kinopanorama.similarity";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    CatalogueFeatures features;

    @Inject
    NeighbourStore store;

    @Inject
    SimilarityConfig config;

    private final RebuildQueue queue = new RebuildQueue(this::drain);

    /**
     * How many of a changed film's candidates the approximate rebuild around a change reads: well above the
     * {@code 2 · 60 + 20} a search scores exactly for a pool of 60, so that those are among them.
     */
    static final int CANDIDATES_READ = 400;

    /** EASE as the last full rebuild (or approximate rebuild around a change) fitted it, with its baskets' fingerprint. */
    private record FittedEase(long fingerprint, EaseSimilarity.Fitted fitted) {
    }

    private volatile FittedEase lastEase;

    /** What the last approximate rebuild around a change read; null when none ran. */
    private volatile Reading lastReading;

    /**
     * What an approximate rebuild around a change read.
     *
     * @param withFeatures films read with all their features (the changed films, their candidates, the films that held them)
     * @param grouping     films read only for the diversity re-ranking (their lists, directors, screenwriters, studios)
     * @param rewritten    films other than the changed ones whose related films were rewritten
     */
    record Reading(int withFeatures, int grouping, int rewritten) {
        int films() {
            return withFeatures + grouping;
        }
    }

    /** What a rebuild did. */
    public record Outcome(String scope, int films, int neighbours, long millis) {
    }

    /** Recomputes every film's neighbours. */
    @Timed(value = "kinopanorama.similarity.rebuild", description = "Rebuilds of related films, by entry point (method)")
    @Timed(value = "kinopanorama.similarity.rebuild.running", longTask = true, description = "A rebuild of related films under way")
    public Outcome rebuildAll(String actor) {
        return run("full", null, actor, true).orElseThrow();
    }

    /**
     * Recomputes the neighbours of these films and of every film that might now count one of them among its
     * neighbours (those sharing a feature with them, and those that had them as a neighbour).
     */
    @Timed(value = "kinopanorama.similarity.rebuild", description = "Rebuilds of related films, by entry point (method)")
    @Timed(value = "kinopanorama.similarity.rebuild.running", longTask = true, description = "A rebuild of related films under way")
    public Outcome rebuildAround(Collection<Long> films, String actor) {
        return run("films", Set.copyOf(films), actor, true).orElseThrow();
    }

    /**
     * A full rebuild when an approximate rebuild around a change ran since the last full one (a catalogue above
     * {@link SimilarityConfig#exactAroundChangeUpTo()}); nothing otherwise, or if another instance is rebuilding.
     */
    @Timed(value = "kinopanorama.similarity.rebuild", description = "Rebuilds of related films, by entry point (method)")
    @Timed(value = "kinopanorama.similarity.rebuild.running", longTask = true, description = "A rebuild of related films under way")
    public Optional<Outcome> reconcile(String actor) {
        return run("reconcile", null, actor, false);
    }

    /** A full rebuild if the baskets changed since the last rebuild; nothing if another instance is rebuilding. */
    @Timed(value = "kinopanorama.similarity.rebuild", description = "Rebuilds of related films, by entry point (method)")
    @Timed(value = "kinopanorama.similarity.rebuild.running", longTask = true, description = "A rebuild of related films under way")
    public Optional<Outcome> rebuildIfBehaviourChanged(String actor) {
        return run("behaviour", null, actor, false);
    }

    /**
     * Rebuilds around the films owed a rebuild (left by a crash or a failed rebuild); nothing if none are owed, if
     * another instance is rebuilding (it takes them), or while a dataset import is under way (its end rebuilds).
     */
    @Timed(value = "kinopanorama.similarity.rebuild", description = "Rebuilds of related films, by entry point (method)")
    @Timed(value = "kinopanorama.similarity.rebuild.running", longTask = true, description = "A rebuild of related films under way")
    public Optional<Outcome> rebuildOwed(String actor) {
        if (!owedAndNoImportRunning()) {
            return Optional.empty();
        }
        return run("owed", Set.of(), actor, false);
    }

    /**
     * After a change committed, on the thread that made it (a curator's request, a dataset import): only queues the
     * rebuild around its films, which a thread of its own carries out. The change has already owed them
     * ({@code similarity_owed}), so a crash before the rebuild loses nothing.
     */
    void onCatalogueChanged(@Observes CatalogueChanged change) {
        if (!config.rebuildOnChange() || change.filmIds().isEmpty()) {
            return;
        }
        queue.add(change.filmIds(), change.cause());
    }

    /** The rebuilds queued by changes, one after the other on a thread of their own; changes queued meanwhile go together. */
    private void drain(Set<Long> films, String causes) {
        for (int attempt = 1; ; attempt++) {
            try {
                Outcome o = rebuildAround(films, "ingest " + causes);
                LOG.infof("Neighbours rebuilt around %d changed films (%s): %d films, %d neighbours, %d ms",
                        films.size(), causes, o.films(), o.neighbours(), o.millis());
                return;
            } catch (RuntimeException e) {
                if (attempt < MAX_ATTEMPTS && filmGoneMeanwhile(e)) {
                    // a film read for this rebuild was merged away or deleted by a change committed while it ran (a
                    // dataset import running beside it): nothing was written; read the catalogue again
                    LOG.infof("A film went while neighbours were rebuilt after %s (attempt %d): rebuilding again", causes, attempt);
                    continue;
                }
                // the change itself is committed and its films stay owed: the schedule catches up
                LOG.errorf(e, "Rebuilding neighbours after %s failed", causes);
                failed("ingest " + causes, e);
                return;
            }
        }
    }

    /** How often a queued rebuild is tried while films it read keep going away under it. */
    private static final int MAX_ATTEMPTS = 3;

    /** A foreign key to a film refused: the film was deleted after the rebuild read it. */
    static boolean filmGoneMeanwhile(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql && "23503".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** True when no rebuild queued by a change on this instance waits or runs. */
    public boolean idle() {
        return queue.idle();
    }

    /** Where rebuilds stand, for the curators' page: across every instance, as far as the database knows it. */
    public RebuildState state() {
        return QuarkusTransaction.joiningExisting().call(() -> {
            try (Connection c = dataSource.getConnection();
                 PreparedStatement st = c.prepareStatement("""
                         SELECT (SELECT count(*) FROM similarity_owed) AS owed,
                                (SELECT min(owed_at) FROM similarity_owed) AS owed_since,
                                (SELECT min(a.xact_start) FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
                                 WHERE l.locktype = 'advisory' AND l.granted
                                   AND ((l.classid::bigint << 32) | l.objid::bigint) = hashtext(?)::bigint) AS running_since,
                                f.failed_at, f.actor, f.reason
                         FROM (SELECT 1) one LEFT JOIN similarity_rebuild_failure f ON true""")) {
                st.setString(1, LOCK);
                try (ResultSet rs = st.executeQuery()) {
                    rs.next();
                    List<Build> last = latest(1);
                    java.time.OffsetDateTime failedAt = rs.getObject("failed_at", java.time.OffsetDateTime.class);
                    RebuildState.Failure failure = failedAt == null
                            || (!last.isEmpty() && last.get(0).finishedAt().isAfter(failedAt))
                            ? null : new RebuildState.Failure(failedAt, rs.getString("actor"), rs.getString("reason"));
                    return new RebuildState(rs.getInt("owed") + queue.waiting(), rs.getObject("owed_since", java.time.OffsetDateTime.class),
                            rs.getObject("running_since", java.time.OffsetDateTime.class), last.isEmpty() ? null : last.get(0), failure);
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** Keeps why a rebuild failed, for the curators' page, in a transaction of its own (the rebuild's rolled back). */
    private void failed(String actor, RuntimeException e) {
        String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                try (Connection c = dataSource.getConnection();
                     PreparedStatement st = c.prepareStatement("""
                             INSERT INTO similarity_rebuild_failure (actor, reason) VALUES (?, ?)
                             ON CONFLICT (singleton) DO UPDATE SET failed_at = now(), actor = EXCLUDED.actor, reason = EXCLUDED.reason""")) {
                    st.setString(1, actor);
                    st.setString(2, reason.length() > 2000 ? reason.substring(0, 2000) : reason);
                    st.executeUpdate();
                } catch (SQLException x) {
                    throw new IllegalStateException(x);
                }
            });
        } catch (RuntimeException x) {
            LOG.warn("Keeping why a rebuild failed failed too", x);
        }
    }

    @PreDestroy
    void stop() {
        queue.stop();
    }

    /**
     * After the seeds are in (priority 20; their ingest rebuilds around their films), a first full build if none
     * ever ran, else the rebuild a crash left owed.
     */
    void onStart(@Observes @Priority(30) StartupEvent start) {
        try {
            if (neverBuilt()) {
                Outcome o = rebuildAll("start-up");
                LOG.infof("Neighbours built at start-up: %d films, %d neighbours, %d ms", o.films(), o.neighbours(), o.millis());
            } else {
                rebuildOwed("start-up").ifPresent(o -> LOG.infof(
                        "Neighbours owed since an interrupted run rebuilt at start-up: %d films, %d neighbours, %d ms",
                        o.films(), o.neighbours(), o.millis()));
            }
        } catch (RuntimeException e) {
            LOG.error("Building neighbours at start-up failed; film pages show none until a rebuild", e);
        }
    }

    @Scheduled(every = "{kinopanorama.similarity.owed-rebuild-every}", delayed = "{kinopanorama.similarity.owed-rebuild-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledOwedRebuild() {
        if (!config.rebuildOnChange()) {
            return;
        }
        try {
            rebuildOwed("schedule").ifPresent(o -> LOG.infof(
                    "Neighbours owed rebuilt: %d films, %d neighbours, %d ms", o.films(), o.neighbours(), o.millis()));
        } catch (RuntimeException e) {
            LOG.error("Scheduled rebuild of owed neighbours failed", e);
            failed("schedule", e);
        }
    }

    @Scheduled(every = "{kinopanorama.similarity.behaviour-rebuild-every}", delayed = "{kinopanorama.similarity.behaviour-rebuild-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledBehaviourRebuild() {
        try {
            rebuildIfBehaviourChanged("schedule").ifPresent(o -> LOG.infof(
                    "Neighbours rebuilt for new behaviour: %d films, %d neighbours, %d ms", o.films(), o.neighbours(), o.millis()));
        } catch (RuntimeException e) {
            LOG.error("Scheduled rebuild of neighbours failed", e);
            failed("schedule", e);
        }
    }

    @Scheduled(every = "{kinopanorama.similarity.reconcile-every}", delayed = "1h",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledReconcile() {
        try {
            reconcile("schedule").ifPresent(o -> LOG.infof(
                    "Neighbours reconciled after approximate rebuilds: %d films, %d neighbours, %d ms", o.films(),
                    o.neighbours(), o.millis()));
        } catch (RuntimeException e) {
            LOG.error("Scheduled reconciling of neighbours failed", e);
            failed("schedule", e);
        }
    }

    /** The latest rebuilds, newest first. */
    public List<Build> latest(int n) {
        return QuarkusTransaction.joiningExisting().call(() -> {
            try (Connection c = dataSource.getConnection();
                 PreparedStatement st = c.prepareStatement("""
                         SELECT scope, films, neighbours, millis, actor, started_at, finished_at
                         FROM similarity_build WHERE finished_at IS NOT NULL ORDER BY started_at DESC, id DESC LIMIT ?""")) {
                st.setInt(1, n);
                try (ResultSet rs = st.executeQuery()) {
                    List<Build> out = new java.util.ArrayList<>();
                    while (rs.next()) {
                        out.add(new Build(rs.getString("scope"), rs.getInt("films"), rs.getInt("neighbours"), rs.getLong("millis"),
                                rs.getString("actor"), rs.getObject("started_at", java.time.OffsetDateTime.class),
                                rs.getObject("finished_at", java.time.OffsetDateTime.class)));
                    }
                    return out;
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** One past rebuild, for the curator's page. */
    public record Build(String scope, int films, int neighbours, long millis, String actor,
                        java.time.OffsetDateTime startedAt, java.time.OffsetDateTime finishedAt) {
    }

    private boolean neverBuilt() {
        return QuarkusTransaction.requiringNew().call(() -> {
            try (Connection c = dataSource.getConnection();
                 PreparedStatement st = c.prepareStatement("""
                         SELECT EXISTS (SELECT 1 FROM film) AND NOT EXISTS (SELECT 1 FROM similarity_build WHERE scope <> 'films')""");
                 ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private Optional<Outcome> run(String scope, Set<Long> changed, String actor, boolean wait) {
        return QuarkusTransaction.requiringNew().timeout(config.rebuildTimeoutSeconds()).call(() -> {
            try (Connection c = dataSource.getConnection()) {
                if (!lock(c, wait)) {
                    return Optional.<Outcome>empty();
                }
                long started = System.nanoTime();
                // a scan of every basket: not for a rebuild around a change that stays around it
                java.util.function.LongSupplier fingerprints = () -> {
                    try {
                        return features.basketFingerprint(c);
                    } catch (SQLException e) {
                        throw new IllegalStateException(e);
                    }
                };
                long earlyFingerprint = changed == null ? fingerprints.getAsLong() : 0;
                if (scope.equals("behaviour") && lastFingerprint(c).map(f -> f == earlyFingerprint).orElse(false)) {
                    return Optional.<Outcome>empty();
                }
                if (scope.equals("reconcile") && !approximatedSinceFull(c)) {
                    return Optional.<Outcome>empty();
                }
                // read before the films' features: what a committed change owes is then in the snapshot
                Map<Long, Long> owed = owed(c);
                Set<Long> touched = changed;
                if (touched != null) {
                    touched = new java.util.HashSet<>(touched);
                    touched.addAll(owed.keySet());
                    if (touched.isEmpty()) {
                        return Optional.<Outcome>empty();
                    }
                }
                if (touched != null && StoredStatistics.present(c)) {
                    Optional<Outcome> around = StoredStatistics.load(c, Set.of()).films() > config.exactAroundChangeUpTo()
                            ? approximately(c, scope, touched, owed, actor, started)
                            : around(c, scope, touched, owed, actor, started);
                    if (around.isPresent()) {
                        return around;
                    }
                }
                long fingerprint = changed == null ? earlyFingerprint : fingerprints.getAsLong();
                CatalogueFeatures.Snapshot snapshot = features.read(c);
                long read = System.nanoTime();
                NeighbourEngine engine = NeighbourEngine.of(snapshot.films(), snapshot.baskets(), config);
                remember(fingerprint, engine.fittedEase());
                long built = System.nanoTime();
                Set<Long> targets = touched == null ? null : withFormerNeighbours(c, engine.around(touched), touched);
                // past a quarter of the catalogue, one pass over every film costs less than a search per film
                boolean all = targets == null || targets.size() > snapshot.films().size() / 4;
                if (all) {
                    targets = snapshot.films().stream().map(FilmFeatures::filmId).collect(Collectors.toSet());
                }
                NeighbourStore.Writer writer = store.replace(c, targets, all, snapshot.labels());
                int rows;
                try {
                    if (all) {
                        engine.computeAll((film, neighbours) -> write(writer, film, neighbours));
                    } else {
                        engine.compute(targets).forEach((film, neighbours) -> write(writer, film, neighbours));
                    }
                    rows = writer.finish();
                } catch (RuntimeException | SQLException e) {
                    writer.abort();
                    throw e;
                }
                long searched = System.nanoTime();
                // what saving a film says for another depends only on the baskets: every full rebuild has them all
                int weights = suggestionWeights(c, snapshot.baskets());
                long suggested = System.nanoTime();
                // whole counts from the whole catalogue: what a rebuild around a change will read instead (kept when
                // they are those already, as a rebuild around a change keeps them)
                if (!StoredStatistics.holdAll(c, snapshot.films())) {
                    StoredStatistics.replaceAll(c, snapshot.films());
                }
                long millis = (System.nanoTime() - started) / 1_000_000;
                LOG.infof("Neighbour rebuild (%s): read %d ms, index %d ms, search and write %d ms, suggestion weights "
                                + "(%d rows) %d ms, feature counts %d ms", scope, (read - started) / 1_000_000,
                        (built - read) / 1_000_000, (searched - built) / 1_000_000, weights,
                        (suggested - searched) / 1_000_000, (System.nanoTime() - suggested) / 1_000_000);
                record(c, touched == null ? (scope.equals("reconcile") ? "full" : scope) : "films", targets.size(), rows, millis, actor,
                        all ? fingerprint : null);
                // last, so these rows and the catalogue version stay locked only while this commits
                clearOwed(c, owed);
                CatalogueVersion.bump(c);
                return Optional.of(new Outcome(scope, targets.size(), rows, millis));
            } catch (SQLException e) {
                throw new IllegalStateException("Rebuilding neighbours failed: " + e.getMessage(), e);
            }
        });
    }

    /**
     * The rebuild around changed films from the catalogue's stored counts: corrects them for the changed films, then
     * reads only the films near the change ({@link Neighbourhood}), twice: around the changed films to find whose
     * neighbours may change, then around those. Empty (nothing written) when so many films may change that one pass
     * over the whole catalogue costs less.
     */
    private Optional<Outcome> around(Connection c, String scope, Set<Long> touched, Map<Long, Long> owed, String actor, long started)
            throws SQLException {
        // a change as large as a quarter of the catalogue (a dataset import) is cheaper, and far smaller in memory,
        // as one pass over every film than as a neighbourhood read around each changed film
        if (touched.size() > StoredStatistics.load(c, Set.of()).films() / 4) {
            return Optional.empty();
        }
        CatalogueFeatures.Snapshot changed = features.read(c, touched);
        Map<Long, FilmFeatures> now = new java.util.HashMap<>();
        changed.films().forEach(f -> now.put(f.filmId(), f));
        // a film deleted is owed (V24): among the touched films, absent from the catalogue
        Map<Long, Set<String>> former = StoredStatistics.update(c, touched, now);
        int catalogue = StoredStatistics.load(c, Set.of()).films();
        Neighbourhood near = new Neighbourhood(c, features, catalogue);
        near.cover(touched, NeighbourEngine.reach(config.neighbours()));
        int pool = NeighbourEngine.pool(config.neighbours(), config.diversity(), config.listMates());
        Map<Long, Double> closest = near.engine(config).closestTo(touched);
        Set<Long> close = new java.util.HashSet<>(touched);
        close.addAll(mayTakeIn(c, closest));
        Set<Long> targets = withFormerNeighbours(c, close, touched);
        int formerly = targets.size() - close.size();
        Set<Long> fallingBack = near.fallingBackNear(touched, former, pool);
        targets.addAll(fallingBack);
        LOG.debugf("Around %d changed films: %d of their %d closest films may take them in, %d more had them, "
                + "%d fall back on a window holding them", touched.size(), close.size() - touched.size(), closest.size(),
                formerly, fallingBack.size());
        if (targets.size() > catalogue / 4) {
            return Optional.empty();
        }
        near.cover(targets, pool);
        long read = System.nanoTime();
        NeighbourEngine engine = near.engine(config);
        long built = System.nanoTime();
        NeighbourStore.Writer writer = store.replace(c, targets, false, near.labels());
        int rows;
        try {
            engine.compute(targets).forEach((film, neighbours) -> write(writer, film, neighbours));
            rows = writer.finish();
        } catch (RuntimeException | SQLException e) {
            writer.abort();
            throw e;
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        LOG.infof("Neighbour rebuild around %d changed films: %d of %d films read, read %d ms, index %d ms, "
                        + "search and write %d ms", touched.size(), near.size(), catalogue, (read - started) / 1_000_000,
                (built - read) / 1_000_000, (System.nanoTime() - built) / 1_000_000);
        record(c, "films", targets.size(), rows, millis, actor, null);
        clearOwed(c, owed);
        CatalogueVersion.bump(c);
        return Optional.of(new Outcome(scope, targets.size(), rows, millis));
    }

    /**
     * The rebuild around changed films on a catalogue above {@link SimilarityConfig#exactAroundChangeUpTo()}: bounded
     * however broad the changed films' features. Each changed film is searched through its most promising
     * candidates ({@link Neighbourhood#coverClosest}, {@link #CANDIDATES_READ} a film), weighed by the stored
     * counts; every other film keeps its stored related films and scores, a changed film entering them where it
     * relates to it and beats the weakest (or they are fewer than k), or leaving them, then the list re-ranked for
     * diversity from what the stored features say of its films. What the change shifts in the counts, and films
     * whose searched pool beyond their stored k would now differ, wait for {@link #reconcile} (a full rebuild).
     */
    private Optional<Outcome> approximately(Connection c, String scope, Set<Long> touched, Map<Long, Long> owed, String actor,
                                            long started) throws SQLException {
        if (touched.size() > StoredStatistics.load(c, Set.of()).films() / 4) {
            return Optional.empty();
        }
        CatalogueFeatures.Snapshot changed = features.read(c, touched);
        Map<Long, FilmFeatures> now = new java.util.HashMap<>();
        changed.films().forEach(f -> now.put(f.filmId(), f));
        StoredStatistics.update(c, touched, now);
        int catalogue = StoredStatistics.load(c, Set.of()).films();
        long counted = System.nanoTime();
        EaseSimilarity.Fitted ease = ease(c);
        long eased = System.nanoTime();
        Set<Long> present = now.keySet();
        Neighbourhood near = new Neighbourhood(c, features, catalogue);
        int pool = NeighbourEngine.pool(config.neighbours(), config.diversity(), config.listMates());
        near.coverClosest(present, pool, CANDIDATES_READ, config, partners(ease, present));
        int promising = near.size() - present.size();
        long covered = System.nanoTime();
        Set<Long> holding = holding(c, touched);
        near.add(holding, present);
        long read = System.nanoTime();
        LOG.debugf("Approximate rebuild around %d changed films: their features and the counts %d ms, EASE %d ms, "
                        + "%d candidates read %d ms, %d films holding them read %d ms", touched.size(),
                (counted - started) / 1_000_000, (eased - counted) / 1_000_000, promising, (covered - eased) / 1_000_000,
                holding.size(), (read - covered) / 1_000_000);
        NeighbourEngine engine = near.engine(config, ease);
        Map<Long, List<Neighbour>> own = engine.compute(present);
        // the films that may take a changed film in: those read (its candidates) and those that held one
        Map<Long, List<Neighbour>> entering = new java.util.HashMap<>();
        for (long other : near.filmIds()) {
            if (touched.contains(other)) {
                continue;
            }
            for (long film : present) {
                Neighbour n = engine.scored(other, film);
                if (n != null) {
                    entering.computeIfAbsent(other, x -> new java.util.ArrayList<>()).add(n);
                }
            }
        }
        long scoredAt = System.nanoTime();
        Set<Long> rewrite = new java.util.HashSet<>(holding);
        rewrite.addAll(takingIn(c, entering));
        Map<Long, List<NeighbourStore.Kept>> stored = storedLists(c, rewrite);
        Set<Long> grouped = new java.util.HashSet<>(rewrite);
        grouped.addAll(present);
        stored.values().forEach(l -> l.forEach(k -> grouped.add(k.neighbourId())));
        List<FilmFeatures> grouping = grouping(c, grouped);
        long built = System.nanoTime();
        LOG.debugf("Approximate rebuild: engine and search %d ms, %d stored lists and %d films' groups read %d ms",
                (scoredAt - read) / 1_000_000, rewrite.size(), grouping.size(), (built - scoredAt) / 1_000_000);
        Map<Long, List<NeighbourStore.Kept>> lists = new java.util.HashMap<>();
        FeatureLabels labels = near.labels();
        for (long film : rewrite) {
            Map<Long, NeighbourStore.Kept> byId = new java.util.HashMap<>();
            List<Neighbour> candidates = new java.util.ArrayList<>();
            for (NeighbourStore.Kept k : stored.getOrDefault(film, List.of())) {
                if (!touched.contains(k.neighbourId())) {
                    byId.put(k.neighbourId(), k);
                    candidates.add(new Neighbour(k.neighbourId(), k.score(), null));
                }
            }
            for (Neighbour n : entering.getOrDefault(film, List.of())) {
                byId.put(n.filmId(), store.kept(n, labels));
                candidates.add(n);
            }
            lists.put(film, NeighbourEngine.rediversify(film, candidates, grouping, config.neighbours(), config.diversity(),
                    config.listMates()).stream().map(n -> byId.get(n.filmId())).toList());
        }
        NeighbourStore.Writer writer = store.replace(c, present, false, labels);
        int rows;
        try {
            own.forEach((film, neighbours) -> write(writer, film, neighbours));
            rows = writer.finish();
        } catch (RuntimeException | SQLException e) {
            writer.abort();
            throw e;
        }
        rows += store.rewrite(c, lists);
        Reading reading = new Reading(near.size(), grouping.size(), rewrite.size());
        lastReading = reading;
        long millis = (System.nanoTime() - started) / 1_000_000;
        LOG.infof("Neighbour rebuild around %d changed films (approximate, %d films): %d films read with their features, "
                        + "%d for diversity; %d other films' related films rewritten; read %d ms, search %d ms, write %d ms",
                touched.size(), catalogue, reading.withFeatures(), reading.grouping(), reading.rewritten(),
                (read - started) / 1_000_000, (built - read) / 1_000_000, (System.nanoTime() - built) / 1_000_000);
        record(c, "films", present.size() + rewrite.size(), rows, millis, actor, null);
        clearOwed(c, owed);
        CatalogueVersion.bump(c);
        return Optional.of(new Outcome(scope, present.size() + rewrite.size(), rows, millis));
    }

    /**
     * Writes the suggestion weights fitted on these baskets (every basket), unless the table already holds exactly
     * them: those this instance last fitted, on baskets the same to the last film (their digest), with the same
     * settings (this instance's), which the fit turns into the same weights to the last bit. Returns the rows.
     */
    private int suggestionWeights(Connection c, Map<String, List<Long>> baskets) throws SQLException {
        byte[] digest = digest(baskets);
        FittedSuggestions last = lastSuggestions;
        if (last != null && java.util.Arrays.equals(last.basketsDigest(), digest) && store.holdsSuggestionWeights(c, last.weights())) {
            return last.rows();
        }
        SuggestionWeights fitted = SuggestionWeights.fit(baskets, config.suggestions().settings(config.behaviourMinSupport()));
        int rows = store.replaceSuggestionWeights(c, fitted);
        lastSuggestions = new FittedSuggestions(digest, fitted, rows);
        return rows;
    }

    /** The suggestion weights this instance last wrote, with the digest of the baskets fitted. */
    private record FittedSuggestions(byte[] basketsDigest, SuggestionWeights weights, int rows) {
    }

    private volatile FittedSuggestions lastSuggestions;

    /** SHA-256 of the baskets as the fit reads them: in name order, each with its films in id order, once each. */
    private static byte[] digest(Map<String, List<Long>> baskets) {
        try {
            java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
            java.nio.ByteBuffer buffer = java.nio.ByteBuffer.allocate(Long.BYTES);
            for (Map.Entry<String, List<Long>> basket : new java.util.TreeMap<>(baskets).entrySet()) {
                sha.update(basket.getKey().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                sha.update((byte) 0);
                long[] films = basket.getValue().stream().filter(java.util.Objects::nonNull).mapToLong(Long::longValue)
                        .sorted().distinct().toArray();
                buffer.clear();
                sha.update(buffer.putLong(0, films.length).array());
                for (long film : films) {
                    sha.update(buffer.putLong(0, film).array());
                }
            }
            return sha.digest();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What the last approximate rebuild around a change read (empty when none ran on this instance). */
    Optional<Reading> lastReading() {
        return Optional.ofNullable(lastReading);
    }

    /** Films other than these whose stored related films hold one of them. */
    private static Set<Long> holding(Connection c, Set<Long> films) throws SQLException {
        Set<Long> out = new java.util.HashSet<>();
        try (PreparedStatement st = c.prepareStatement("SELECT DISTINCT film_id FROM film_neighbour WHERE neighbour_id = ANY (?)")) {
            st.setArray(1, c.createArrayOf("bigint", films.toArray()));
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getLong(1));
                }
            }
        }
        out.removeAll(films);
        return out;
    }

    /**
     * Of these films, each with the changed films that relate to it, those whose stored related films one of them
     * enters: fewer than k stored, or one scoring above the weakest stored.
     */
    private Set<Long> takingIn(Connection c, Map<Long, List<Neighbour>> entering) throws SQLException {
        Set<Long> out = new java.util.HashSet<>(entering.keySet());
        try (PreparedStatement st = c.prepareStatement(
                "SELECT film_id, count(*) AS stored, min(score) AS weakest FROM film_neighbour WHERE film_id = ANY (?) GROUP BY film_id")) {
            st.setArray(1, c.createArrayOf("bigint", entering.keySet().toArray()));
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    long film = rs.getLong("film_id");
                    float weakest = rs.getFloat("weakest");
                    if (rs.getInt("stored") >= config.neighbours()
                            && entering.get(film).stream().noneMatch(n -> (float) n.score() > weakest)) {
                        out.remove(film);
                    }
                }
            }
        }
        return out;
    }

    /** The stored related films of these films, in their order. */
    private static Map<Long, List<NeighbourStore.Kept>> storedLists(Connection c, Collection<Long> films) throws SQLException {
        Map<Long, List<NeighbourStore.Kept>> out = new java.util.HashMap<>();
        try (PreparedStatement st = c.prepareStatement("""
                SELECT film_id, neighbour_id, score, reasons::text AS reasons FROM film_neighbour WHERE film_id = ANY (?)
                ORDER BY film_id, rank""")) {
            st.setArray(1, c.createArrayOf("bigint", films.toArray()));
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.computeIfAbsent(rs.getLong("film_id"), x -> new java.util.ArrayList<>())
                            .add(new NeighbourStore.Kept(rs.getLong("neighbour_id"), rs.getFloat("score"), rs.getString("reasons")));
                }
            }
        }
        return out;
    }

    /**
     * What the diversity re-ranking needs of these films, from their stored features: their curated lists,
     * directors, screenwriters and studios ({@link NeighbourEngine.SharedGrouping}).
     */
    private static List<FilmFeatures> grouping(Connection c, Collection<Long> films) throws SQLException {
        List<FilmFeatures> out = new java.util.ArrayList<>();
        try (PreparedStatement st = c.prepareStatement("""
                SELECT film_id, ARRAY(SELECT k FROM unnest(features) k
                                      WHERE k LIKE 'l%' OR k LIKE 'adirector:%' OR k LIKE 'ascreenwriter:%' OR k LIKE 'astudio:%')
                FROM similarity_film_feature WHERE film_id = ANY (?)""")) {
            st.setArray(1, c.createArrayOf("bigint", films.toArray()));
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    Map<String, Integer> lists = new java.util.HashMap<>();
                    Set<String> attributes = new java.util.HashSet<>();
                    for (String k : (String[]) rs.getArray(2).getArray()) {
                        if (k.charAt(0) == FeatureStatistics.LIST) {
                            lists.put(k.substring(1), 1);
                        } else {
                            attributes.add(k.substring(1));
                        }
                    }
                    out.add(new FilmFeatures(rs.getLong(1), Map.of(), lists, List.of(), attributes));
                }
            }
        }
        return out;
    }

    /** Each of these films' EASE partners and scores in this model (none without one). */
    private static Map<Long, Map<Long, Double>> partners(EaseSimilarity.Fitted ease, Set<Long> films) {
        Map<Long, Map<Long, Double>> out = new java.util.HashMap<>();
        if (ease == null) {
            return out;
        }
        for (int a = 0; a < ease.films().length; a++) {
            if (films.contains(ease.films()[a])) {
                Map<Long, Double> partners = new java.util.HashMap<>();
                for (int t = 0; t < ease.partners()[a].length; t++) {
                    partners.put(ease.partners()[a][t], (double) ease.scores()[a][t]);
                }
                out.put(ease.films()[a], partners);
            }
        }
        return out;
    }

    private void remember(long fingerprint, EaseSimilarity.Fitted fitted) {
        if (config.ease().weight() > 0) {
            lastEase = new FittedEase(fingerprint, fitted != null ? fitted
                    : new EaseSimilarity.Fitted(0, new long[0], new long[0][], new float[0][]));
        }
    }

    /**
     * EASE as the last full rebuild fitted it on every basket, the one every other film's stored related films
     * were scored with: kept from that rebuild when this instance ran it (its baskets' fingerprint is the last
     * one recorded), else fitted again on every basket, once. Null when EASE weighs 0.
     */
    private EaseSimilarity.Fitted ease(Connection c) throws SQLException {
        if (config.ease().weight() <= 0) {
            return null;
        }
        long fingerprint = lastFingerprint(c).orElse(0L);
        FittedEase last = lastEase;
        if (last == null || last.fingerprint() != fingerprint) {
            EaseSimilarity fitted = new EaseSimilarity(features.baskets(c, null), config.ease().settings());
            remember(fingerprint, fitted.modelledFilms() > 0 ? fitted.fitted() : null);
            last = lastEase;
        }
        return last.fitted();
    }

    /**
     * Whether an approximate rebuild around a change ran since the last full rebuild: a rebuild around changed films
     * recorded after it while the catalogue is above {@link SimilarityConfig#exactAroundChangeUpTo()}.
     */
    private boolean approximatedSinceFull(Connection c) throws SQLException {
        if (!StoredStatistics.present(c) || StoredStatistics.load(c, Set.of()).films() <= config.exactAroundChangeUpTo()) {
            return false;
        }
        try (PreparedStatement st = c.prepareStatement("""
                SELECT EXISTS (SELECT 1 FROM similarity_build WHERE scope = 'films'
                               AND id > coalesce((SELECT max(id) FROM similarity_build WHERE scope <> 'films'), 0))""");
             ResultSet rs = st.executeQuery()) {
            rs.next();
            return rs.getBoolean(1);
        }
    }

    /**
     * Of these films close to a changed film (each with its score with it), those whose stored related films it
     * may now enter: a film with fewer than k of them, with more curated-list mates among them than the cap (they
     * only fill in when nothing else relates, so any other film comes first), or whose lowest one scores at most
     * the changed film's score plus what the diversity re-ranking can make up. The re-ranking picks by
     * {@code λ · score / best − (1 − λ) · redundancy}, redundancy in [0, 1]: a film scoring below the lowest
     * chosen by more than {@code (1 − λ) / λ · best} is never picked before any of them. The rest keep their
     * related films; only the small shift of the feature counts a change brings could have moved them.
     */
    private Set<Long> mayTakeIn(Connection c, Map<Long, Double> close) throws SQLException {
        double lambda = config.diversity();
        if (close.isEmpty() || lambda <= 0) {
            return close.keySet();
        }
        double margin = (1 - lambda) / lambda;
        Set<Long> out = new java.util.HashSet<>(close.keySet());
        try (PreparedStatement st = c.prepareStatement("""
                WITH x AS (
                    SELECT film_id, ARRAY(SELECT k FROM unnest(features) k WHERE k LIKE 'l%') AS lists
                    FROM similarity_film_feature WHERE film_id = ANY (?))
                SELECT n.film_id, count(*) AS stored, min(n.score) AS lowest, max(n.score) AS highest,
                       count(*) FILTER (WHERE f.features && x.lists) AS list_mates
                FROM x JOIN film_neighbour n ON n.film_id = x.film_id
                LEFT JOIN similarity_film_feature f ON f.film_id = n.neighbour_id
                GROUP BY n.film_id""")) {
            st.setArray(1, c.createArrayOf("bigint", close.keySet().toArray()));
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    long film = rs.getLong("film_id");
                    boolean full = rs.getInt("stored") >= config.neighbours();
                    boolean fillers = config.listMates() < config.neighbours() && rs.getInt("list_mates") > config.listMates();
                    // stored scores are floats, and the change shifts every score a little: a little slack
                    double lowest = rs.getDouble("lowest") * 0.99 - margin * rs.getDouble("highest") - 1e-6;
                    if (full && !fillers && close.get(film) < lowest) {
                        out.remove(film);
                    }
                }
            }
        }
        return out;
    }

    /** Films owed a rebuild, with the mark each was given. */
    private static Map<Long, Long> owed(Connection c) throws SQLException {
        Map<Long, Long> out = new java.util.HashMap<>();
        try (PreparedStatement st = c.prepareStatement("SELECT film_id, owed_seq FROM similarity_owed");
             ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                out.put(rs.getLong(1), rs.getLong(2));
            }
        }
        return out;
    }

    /**
     * Clears what this rebuild covered. A film changed again meanwhile has a newer mark and stays owed; one whose
     * change is still being written is locked and skipped, and stays owed too.
     */
    private static void clearOwed(Connection c, Map<Long, Long> owed) throws SQLException {
        if (owed.isEmpty()) {
            return;
        }
        List<Long> films = List.copyOf(owed.keySet());
        try (PreparedStatement st = c.prepareStatement("""
                DELETE FROM similarity_owed WHERE film_id IN (
                    SELECT o.film_id FROM similarity_owed o JOIN unnest(?::bigint[], ?::bigint[]) AS r(film_id, owed_seq)
                        ON o.film_id = r.film_id AND o.owed_seq = r.owed_seq
                    FOR UPDATE OF o SKIP LOCKED)""")) {
            st.setArray(1, c.createArrayOf("bigint", films.toArray()));
            st.setArray(2, c.createArrayOf("bigint", films.stream().map(owed::get).toArray()));
            st.executeUpdate();
        }
    }

    private boolean owedAndNoImportRunning() {
        return QuarkusTransaction.requiringNew().call(() -> {
            try (Connection c = dataSource.getConnection();
                 PreparedStatement st = c.prepareStatement("""
                         SELECT EXISTS (SELECT 1 FROM similarity_owed)
                            AND NOT EXISTS (SELECT 1 FROM dataset_import WHERE status IN ('queued', 'running'))""");
                 ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static void write(NeighbourStore.Writer writer, long film, List<Neighbour> neighbours) {
        try {
            writer.write(film, neighbours);
        } catch (SQLException e) {
            throw new IllegalStateException("Writing neighbours failed: " + e.getMessage(), e);
        }
    }

    private static boolean lock(Connection c, boolean wait) throws SQLException {
        String sql = wait ? "SELECT true FROM (SELECT pg_advisory_xact_lock(hashtext(?))) l" : "SELECT pg_try_advisory_xact_lock(hashtext(?))";
        try (PreparedStatement st = c.prepareStatement(sql)) {
            st.setString(1, LOCK);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    private static Set<Long> withFormerNeighbours(Connection c, Set<Long> targets, Set<Long> touched) throws SQLException {
        Set<Long> out = new java.util.HashSet<>(targets);
        try (PreparedStatement st = c.prepareStatement("SELECT DISTINCT film_id FROM film_neighbour WHERE neighbour_id = ANY (?)")) {
            st.setArray(1, c.createArrayOf("bigint", touched.toArray()));
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getLong(1));
                }
            }
        }
        // a film deleted meanwhile has no features; it cannot be a target
        try (PreparedStatement st = c.prepareStatement("SELECT id FROM film WHERE id = ANY (?)")) {
            st.setArray(1, c.createArrayOf("bigint", out.toArray()));
            Set<Long> existing = new java.util.HashSet<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    existing.add(rs.getLong(1));
                }
            }
            return existing;
        }
    }

    private static Optional<Long> lastFingerprint(Connection c) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("""
                SELECT basket_fingerprint FROM similarity_build WHERE basket_fingerprint IS NOT NULL
                ORDER BY started_at DESC, id DESC LIMIT 1""");
             ResultSet rs = st.executeQuery()) {
            return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
        }
    }

    private static void record(Connection c, String scope, int films, int rows, long millis, String actor, Long fingerprint)
            throws SQLException {
        try (PreparedStatement st = c.prepareStatement("""
                INSERT INTO similarity_build (id, scope, films, neighbours, millis, actor, finished_at, basket_fingerprint)
                VALUES (nextval('similarity_build_seq'), ?, ?, ?, ?, ?, clock_timestamp(), ?)""")) {
            st.setString(1, scope);
            st.setInt(2, films);
            st.setInt(3, rows);
            st.setLong(4, millis);
            st.setString(5, actor);
            if (fingerprint == null) {
                st.setNull(6, java.sql.Types.BIGINT);
            } else {
                st.setLong(6, fingerprint);
            }
            st.executeUpdate();
        }
    }
}
