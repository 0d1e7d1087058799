package org.kinopanorama.similarity;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kinopanorama.RebuildsDone;
import org.kinopanorama.account.Visitor;
import org.kinopanorama.catalog.identity.FilmMerges;
import org.kinopanorama.database.FreshDatabaseProfile;
import org.kinopanorama.ingest.IngestService;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Above {@code kinopanorama.similarity.exact-around-change-up-to} films (set to 1,000 here, for 3,000 generated
 * films; the default is 20,000) the rebuild around a change is approximate and bounded: the changed films get the
 * related films a full rebuild gives them, reading a bounded number of films; other films keep their stored related
 * films, a changed film entering or leaving them; a scheduled full rebuild (reconcile) makes everything exact
 * again, on one instance at a time.
 */
@QuarkusTest
@TestProfile(ApproximateRebuildAroundChangeTest.LargeCatalogue.class)
class ApproximateRebuildAroundChangeTest {

    /** A database of its own, and a catalogue counted as large. */
    public static class LargeCatalogue extends FreshDatabaseProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("kinopanorama.similarity.exact-around-change-up-to", "1000");
        }
    }

    private static final GeneratedCatalogue CATALOGUE = new GeneratedCatalogue(3000, 150, 600, true, 30_000_000, 3000);

    @Inject
    AgroalDataSource db;

    @Inject
    SimilarityRebuild rebuild;

    @Inject
    IngestService ingest;

    @Inject
    FilmMerges merges;

    StoredNeighbours stored;

    ListChanges changes;

    /**
     * Rebuilt in full once, when written: an approximate rebuild around a change keeps the stored counts those of
     * the whole catalogue, so each test starts from what the one before left; each compares with a full rebuild
     * itself where it needs one, and the reconcile's test starts from one.
     */
    @BeforeEach
    void aGeneratedCatalogueRebuiltInFull() throws SQLException {
        stored = new StoredNeighbours(db);
        changes = new ListChanges(db, ingest, CATALOGUE);
        if (stored.scalar("SELECT count(*) FROM film WHERE id = " + CATALOGUE.firstId()) == 0) {
            CATALOGUE.write(db);
            rebuild.rebuildAll("test");
        }
    }

    @Test
    void theChangedFilmsGetTheRelatedFilmsOfAFullRebuild() throws SQLException {
        String marker = Visitor.uniqueName("pact").replace("-", "");
        changes.ingestList(marker, true);
        assertApproximate();
        List<Long> changed = List.of(changes.filmTitled("The Pact of " + marker), changes.filmTitled("The Forest of " + marker),
                changes.filmTitled("The Bridge of " + marker));
        assertAsInFull(changed);

        // the catalogue's own films join the list, as when a document names them
        changes.addToList(marker, List.of(11, 1500, 2999));
        assertThat(rebuild.rebuildOwed("test")).isPresent();
        assertApproximate();
        assertAsInFull(List.of(CATALOGUE.firstId() + 11, CATALOGUE.firstId() + 1500, CATALOGUE.firstId() + 2999));
    }

    @Test
    void aChangeReadsABoundedNumberOfFilmsAndPutsTheChangedFilmsWhereTheyBeatTheWeakest() throws SQLException {
        String marker = Visitor.uniqueName("forest").replace("-", "");
        changes.ingestList(marker, true);
        assertApproximate();
        SimilarityRebuild.Reading reading = rebuild.lastReading().orElseThrow();
        System.out.printf("Approximate rebuild around 3 new films of 3,000: %s%n", reading);
        // the changed films, at most CANDIDATES_READ candidates each, the few films whose windows they fall back on
        // and the films that held them (none: they are new); then the rewritten films' related films, for diversity
        assertThat(reading.withFeatures()).as("films read with their features")
                .isLessThanOrEqualTo(3 * (SimilarityRebuild.CANDIDATES_READ + 1) + 300);
        assertThat(reading.films()).as("films read in all").isLessThan(1500);
        assertThat(reading.rewritten()).as("other films took a new film in").isPositive();

        long pact = changes.filmTitled("The Pact of " + marker);
        for (long other : holding(pact)) {
            List<Long> theirs = stored.of(other);
            assertThat(theirs).as("related films of %d", other).contains(pact).doesNotHaveDuplicates()
                    .hasSizeLessThanOrEqualTo(20);
            assertThat(stored.scalar("SELECT max(rank) FROM film_neighbour WHERE film_id = " + other))
                    .as("ranks of film %d without gaps", other).isEqualTo(theirs.size());
        }
    }

    @Test
    void aFilmTakenOffTheListOrMergedAwayLeavesOtherFilmsRelatedFilms() throws SQLException {
        String marker = Visitor.uniqueName("bridge").replace("-", "");
        changes.ingestList(marker, true);
        long bridge = changes.filmTitled("The Bridge of " + marker);
        long list = stored.scalar("SELECT id FROM curated_list WHERE source_name = '" + marker + ".txt'");
        assertThat(stored.scalar("SELECT count(*) FROM film_neighbour WHERE neighbour_id = " + bridge
                + " AND reasons @> '[{\"kind\": \"LIST\", \"feature\": \"" + list + "\"}]'")).as("related through the list").isPositive();

        // the same document again, without the bridge
        changes.ingestList(marker, false);
        assertApproximate();
        assertThat(stored.scalar("SELECT count(*) FROM film_neighbour WHERE neighbour_id = " + bridge
                + " AND reasons @> '[{\"kind\": \"LIST\", \"feature\": \"" + list + "\"}]'"))
                .as("no film is related to the bridge through the list it left").isZero();

        long pact = changes.filmTitled("The Pact of " + marker);
        assertThat(holding(pact)).isNotEmpty();
        assertThat(merges.merge(pact, CATALOGUE.firstId() + 21, "test", "the same film", "test", false)).isPresent();
        RebuildsDone.await();
        assertThat(holding(pact)).as("a film merged away is nobody's related film").isEmpty();
    }

    @Test
    void theReconcileRestoresAFullRebuildOnOneInstanceAtATime() throws SQLException {
        rebuild.rebuildAll("test");
        assertThat(rebuild.reconcile("test")).as("nothing approximate since the full rebuild").isEmpty();
        String marker = Visitor.uniqueName("scouts").replace("-", "");
        changes.ingestList(marker, true);
        assertApproximate();

        long builds = stored.scalar("SELECT count(*) FROM similarity_build");
        try (Connection other = db.getConnection(); Statement st = other.createStatement()) {
            // another instance rebuilding holds the lock
            st.execute("SELECT pg_advisory_lock(hashtext('kinopanorama.similarity'))");
            try {
                assertThat(rebuild.reconcile("test")).as("another instance is rebuilding").isEmpty();
            } finally {
                st.execute("SELECT pg_advisory_unlock(hashtext('kinopanorama.similarity'))");
            }
        }
        assertThat(stored.scalar("SELECT count(*) FROM similarity_build")).isEqualTo(builds);

        assertThat(rebuild.reconcile("test")).isPresent();
        assertThat(stored.scalar("SELECT (scope = 'full')::int FROM similarity_build ORDER BY id DESC LIMIT 1")).isOne();
        Map<Long, List<String>> reconciled = changes.neighbours();
        rebuild.rebuildAll("test");
        assertThat(reconciled).as("every film's related films, as a full rebuild gives them").isEqualTo(changes.neighbours());
        assertThat(rebuild.reconcile("test")).as("nothing approximate since").isEmpty();
    }

    /** The changed films' related films, score and reasons included, are those a full rebuild gives them. */
    private void assertAsInFull(List<Long> changed) throws SQLException {
        Map<Long, List<String>> after = changes.neighbours();
        rebuild.rebuildAll("test");
        Map<Long, List<String>> full = changes.neighbours();
        for (long film : changed) {
            assertThat(after.get(film)).as("related films of changed film %d", film).isNotEmpty().isEqualTo(full.get(film));
        }
        // the other films: which related films, in which order (every score moves a little with the counts)
        int others = 0;
        int differing = 0;
        for (Map.Entry<Long, List<String>> e : full.entrySet()) {
            if (!changed.contains(e.getKey())) {
                others++;
                if (!ids(e.getValue()).equals(ids(after.getOrDefault(e.getKey(), List.of())))) {
                    differing++;
                }
            }
        }
        System.out.printf("Approximate rebuild around %s: %d of %d other films' related films differ from a full rebuild's%n",
                changed, differing, others);
    }

    private static List<String> ids(List<String> neighbours) {
        return neighbours.stream().map(n -> n.substring(0, n.indexOf(' '))).toList();
    }

    /** The last rebuild went around the change, approximately. */
    private void assertApproximate() throws SQLException {
        assertThat(stored.scalar("SELECT (scope = 'films')::int FROM similarity_build ORDER BY id DESC LIMIT 1")).isOne();
        assertThat(rebuild.lastReading()).isPresent();
    }

    private List<Long> holding(long film) throws SQLException {
        List<Long> out = new ArrayList<>();
        try (Connection c = db.getConnection();
             PreparedStatement q = c.prepareStatement("SELECT film_id FROM film_neighbour WHERE neighbour_id = ?")) {
            q.setLong(1, film);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getLong(1));
                }
            }
        }
        return out;
    }
}
