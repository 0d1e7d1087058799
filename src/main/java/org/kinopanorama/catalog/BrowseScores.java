package org.kinopanorama.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.OptionalLong;

/**
 * The film list's sort keys and runtime buckets ({@code film_browse}: popularity, dataset rating, runtime), a
 * materialised view refreshed once per {@link CatalogueVersion}, by the first film list read after a change, so that
 * its order is the catalogue's as the version names it (pages kept per version in web's page cache agree with it).
 * Saves by readers do not raise the version: they reach popularity at the next catalogue change.
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
            if (refreshedAt == known.getAsLong()) {
                return;
            }
            refresh();
            refreshedAt = known.getAsLong();
        }
    }

    /** Recomputes the view now, on a connection of its own (readers keep the old rows meanwhile). */
    public synchronized void refresh() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(true);
            long started = System.nanoTime();
            s.execute("REFRESH MATERIALIZED VIEW CONCURRENTLY film_browse");
            LOG.debugf("film_browse refreshed in %d ms", (System.nanoTime() - started) / 1_000_000);
        } catch (SQLException e) {
            throw new IllegalStateException("could not refresh the film list's sort keys", e);
        }
    }
}
