package org.kinopanorama.similarity;

import org.kinopanorama.similarity.signal.FeatureStatistics;
import org.kinopanorama.similarity.signal.FilmFeatures;
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
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A rebuild around a change reads only the films near it, from the catalogue's stored counts; on a catalogue of
 * 3,000 generated films (themes, lists with texts, baskets, directors, genres) it must give every film it
 * recomputes what a full rebuild gives, keep the counts equal to those of the whole catalogue through adds,
 * removals and merges, and leave nothing half-written when it fails.
 */
@QuarkusTest
@TestProfile(IncrementalRebuildTest.GeneratedFilms.class)
class IncrementalRebuildTest {

    /** A database of its own: the 3,000 generated films must not reach the tests that read the seeds' related films. */
    public static class GeneratedFilms extends FreshDatabaseProfile {
    }

    private static final GeneratedCatalogue CATALOGUE = new GeneratedCatalogue(3000, 150, 600, true, 30_000_000, 3000);

    @Inject
    AgroalDataSource db;

    @Inject
    SimilarityRebuild rebuild;

    @Inject
    IngestService ingest;

    @Inject
    CatalogueFeatures features;

    @Inject
    FilmMerges merges;

    StoredNeighbours stored;

    ListChanges changes;

    /**
     * Rebuilt in full once, when written: a rebuild around a change keeps the stored counts those of the whole
     * catalogue (as these tests check), so each test starts from what the one before left; each compares with a
     * full rebuild itself where it needs one.
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
    void aNewListGivesEveryFilmItRecomputesTheNeighboursOfAFullRebuild() throws SQLException {
        String marker = Visitor.uniqueName("pact").replace("-", "");
        Map<Long, List<String>> before = changes.neighbours();
        long builds = stored.scalar("SELECT count(*) FROM similarity_build");

        changes.ingestList(marker, true);

        assertIncremental(builds);
        long pact = changes.filmTitled("The Pact of " + marker);
        assertRecomputedAsInFull(before, pact);

        // the catalogue's own films join the list, as when a document names them
        before = changes.neighbours();
        builds = stored.scalar("SELECT count(*) FROM similarity_build");
        changes.addToList(marker, List.of(11, 1500, 2999));
        assertThat(rebuild.rebuildOwed("test")).isPresent();
        assertIncremental(builds);
        assertRecomputedAsInFull(before, CATALOGUE.firstId() + 11, CATALOGUE.firstId() + 1500, CATALOGUE.firstId() + 2999);
    }

    /** Every film whose neighbours the last rebuild changed (these among them) has those a full rebuild gives it. */
    private void assertRecomputedAsInFull(Map<Long, List<String>> before, Long... changedFilms) throws SQLException {
        Map<Long, List<String>> after = changes.neighbours();
        rebuild.rebuildAll("test");
        Map<Long, List<String>> full = changes.neighbours();
        Set<Long> recomputed = changed(before, after);
        assertThat(recomputed).as("the changed films and films near them got new neighbours")
                .contains(changedFilms).hasSizeGreaterThan(changedFilms.length);
        for (long film : recomputed) {
            assertThat(after.get(film)).as("neighbours of film %d, rebuilt around the change", film).isEqualTo(full.get(film));
        }
    }

    @Test
    void theStoredCountsStayThoseOfTheWholeCatalogueThroughAddsRemovalsAndMerges() throws SQLException {
        String marker = Visitor.uniqueName("forest").replace("-", "");
        long builds = stored.scalar("SELECT count(*) FROM similarity_build");
        changes.ingestList(marker, true);
        changes.addToList(marker, List.of(20, 21, 22));
        assertThat(rebuild.rebuildOwed("test")).isPresent();
        assertIncremental(builds);
        assertCountsAreTheCatalogues("after a new list of new and known films");

        // the same document again, without one of its films
        changes.ingestList(marker, false);
        assertCountsAreTheCatalogues("after a film was taken off the list");

        long pact = changes.filmTitled("The Pact of " + marker);
        assertThat(merges.merge(pact, CATALOGUE.firstId() + 21, "test", "the same film", "test", false)).isPresent();
        RebuildsDone.await();
        assertThat(stored.scalar("SELECT count(*) FROM film WHERE id = " + pact)).isZero();
        assertCountsAreTheCatalogues("after a merge");
    }

    @Test
    void aRebuildThatFailsHalfWayLeavesTheCountsAndNeighboursAsTheyWereAndOwesTheFilms() throws SQLException {
        String marker = Visitor.uniqueName("bridge").replace("-", "");
        Map<Long, List<String>> before = changes.neighbours();
        Map<String, Integer> countsBefore = storedFeatureCounts();
        Map<String, Integer> kindsBefore = storedKindCounts();
        // the rebuild fails while it writes the neighbours, after it corrected the counts
        try (NeighbourWritesFail failing = new NeighbourWritesFail(db, "simulated failure while writing neighbours")) {
            changes.ingestList(marker, true);
        }
        long pact = changes.filmTitled("The Pact of " + marker);
        assertThat(changes.neighbours()).as("no neighbour changed").isEqualTo(before);
        assertThat(storedFeatureCounts()).as("no count changed").isEqualTo(countsBefore);
        assertThat(storedKindCounts()).isEqualTo(kindsBefore);
        assertThat(stored.scalar("SELECT count(*) FROM similarity_film_feature WHERE film_id = " + pact)).isZero();
        assertThat(stored.scalar("SELECT count(*) FROM similarity_owed WHERE film_id = " + pact)).as("still owed").isOne();

        long builds = stored.scalar("SELECT count(*) FROM similarity_build");
        assertThat(rebuild.rebuildOwed("test")).isPresent();
        assertIncremental(builds);
        assertThat(stored.of(pact)).as("the owed film got its neighbours").isNotEmpty();
        assertCountsAreTheCatalogues("after the owed rebuild");
    }

    /** The last rebuild went around the change, reading from the stored counts (not a pass over every film). */
    private void assertIncremental(long buildsBefore) throws SQLException {
        assertThat(stored.scalar("SELECT count(*) FROM similarity_build")).isGreaterThan(buildsBefore);
        assertThat(stored.scalar("SELECT (scope = 'films')::int FROM similarity_build ORDER BY id DESC LIMIT 1")).isOne();
        assertThat(stored.scalar("SELECT films FROM similarity_build ORDER BY id DESC LIMIT 1"))
                .isLessThan(stored.scalar("SELECT count(*) FROM film") / 4);
    }

    private void assertCountsAreTheCatalogues(String when) throws SQLException {
        try (Connection c = db.getConnection()) {
            List<FilmFeatures> catalogue = features.read(c).films();
            FeatureStatistics expected = FeatureStatistics.of(catalogue);
            Map<String, Integer> kinds = new HashMap<>(expected.filmsByKind());
            kinds.put(StoredStatistics.ALL, catalogue.size());
            assertThat(storedKindCounts()).as("films of each kind " + when).isEqualTo(kinds);
            assertThat(storedFeatureCounts()).as("films of each feature " + when).isEqualTo(expected.documentFrequencies());
            Map<Long, Set<String>> keys = new HashMap<>();
            catalogue.forEach(f -> keys.put(f.filmId(), FeatureStatistics.keys(f)));
            assertThat(storedFilmFeatures()).as("each film's features " + when).isEqualTo(keys);
        }
    }

    private static Set<Long> changed(Map<Long, List<String>> before, Map<Long, List<String>> after) {
        Set<Long> out = new HashSet<>();
        after.forEach((film, n) -> {
            if (!n.equals(before.get(film))) {
                out.add(film);
            }
        });
        return out;
    }

    private Map<String, Integer> storedFeatureCounts() throws SQLException {
        return counts("SELECT feature, films FROM similarity_feature_count");
    }

    private Map<String, Integer> storedKindCounts() throws SQLException {
        return counts("SELECT kind, films FROM similarity_kind_count");
    }

    private Map<String, Integer> counts(String sql) throws SQLException {
        Map<String, Integer> out = new HashMap<>();
        try (Connection c = db.getConnection(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getInt(2));
            }
        }
        return out;
    }

    private Map<Long, Set<String>> storedFilmFeatures() throws SQLException {
        Map<Long, Set<String>> out = new HashMap<>();
        try (Connection c = db.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT film_id, features FROM similarity_film_feature")) {
            while (rs.next()) {
                out.put(rs.getLong(1), Set.of((String[]) rs.getArray(2).getArray()));
            }
        }
        return out;
    }
}
