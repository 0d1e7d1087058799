package org.kinopanorama.catalog.browse;

import org.kinopanorama.catalog.CatalogueVersion;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.OptionalLong;

/**
 * The film list's sort keys and runtime buckets ({@code film_browse}: popularity, dataset rating, runtime), a
 * materialised view refreshed once per {@link CatalogueVersion}, by the first film list read after a change, so that
 * its order is the catalogue's as the version names it (pages kept per version in web's page cache agree with it).
 * Popularity counts the people here who saved or rated a film; saving and rating do not raise the version one by one
 * (a rating below the average's floor shows nowhere else), so every {@code kinopanorama.catalog.popularity-refresh-every}
 * an instance compares the people the view counted with those there are now and, when they differ, raises the
 * version and recomputes the view: the films readers chose move up within that time.
 */
@ApplicationScoped
public class BrowseScores {

    private static final Logger LOG = Logger.getLogger(BrowseScores.class);

    @Inject
    CatalogueVersion version;

    @Inject
    DataSource dataSource;

    private long refreshedAt = Long.MIN_VALUE;

    /** Refreshes the view unless it was refreshed at the version known now (or the version is unknown: keep it). */
    public void ensureFresh() {
        OptionalLong known = version.current();
        if (known.isEmpty()) {
            return;
        }
        synchronized (this) {
            if (refreshedAt >= known.getAsLong()) { // versions only grow: a later refresh is fresh enough
                return;
            }
            refresh();
            refreshedAt = known.getAsLong();
        }
    }

    /** Recomputes the view now, on a connection of its own (readers keep the old rows meanwhile). */
    public synchronized void refresh() {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            refresh(c);
        } catch (SQLException e) {
            throw new IllegalStateException("could not refresh the film list's sort keys", e);
        }
    }

    @Scheduled(every = "{kinopanorama.catalog.popularity-refresh-every}", delayed = "{kinopanorama.catalog.popularity-refresh-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledPopularityRefresh() {
        try {
            refreshIfReadersMoved();
        } catch (RuntimeException e) {
            LOG.error("Refreshing the films' popularity failed; the next look tries again", e);
        }
    }

    /**
     * When the people who saved or rated each film are no longer those the view counted: raises the catalogue version
     * (kept pages and counts of the old order are dropped everywhere) and recomputes the view before this instance
     * shows a page of the new version (its readers wait for it in {@link #ensureFresh()}).
     *
     * @return whether the view was recomputed
     */
    public synchronized boolean refreshIfReadersMoved() {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            // one instance looks at a time: the others find the version raised and the view fresh after it
            if (!lock(c, "pg_try_advisory_lock")) {
                return false;
            }
            try {
                if (!readersMoved(c)) {
                    return false;
                }
                long bumped = CatalogueVersion.bump(c);
                refresh(c);
                refreshedAt = Math.max(refreshedAt, bumped);
                return true;
            } finally {
                lock(c, "pg_advisory_unlock");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not refresh the films' popularity", e);
        }
    }

    private static boolean lock(Connection c, String function) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT " + function + "(hashtext('kinopanorama.popularity-refresh'))")) {
            return rs.next() && rs.getBoolean(1);
        }
    }

    /** Whether a film's count of people who saved (their own choice) or rated it differs from the view's. */
    private static boolean readersMoved(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                WITH now AS (SELECT film_id, count(DISTINCT account_id)::integer AS n FROM (
                                 SELECT e.film_id, w.owner_id AS account_id FROM watchlist_entry e
                                 JOIN watchlist w ON w.id = e.watchlist_id WHERE e.copied_from_list IS NULL
                                 UNION ALL
                                 SELECT film_id, account_id FROM film_rating) chose
                             GROUP BY film_id),
                     counted AS (SELECT film_id, people AS n FROM film_browse WHERE people > 0)
                SELECT EXISTS (SELECT * FROM now EXCEPT SELECT * FROM counted)
                    OR EXISTS (SELECT * FROM counted EXCEPT SELECT * FROM now)""")) {
            rs.next();
            return rs.getBoolean(1);
        }
    }

    private static void refresh(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            long started = System.nanoTime();
            s.execute("REFRESH MATERIALIZED VIEW CONCURRENTLY film_browse");
            LOG.debugf("film_browse refreshed in %d ms", (System.nanoTime() - started) / 1_000_000);
        }
    }
}
