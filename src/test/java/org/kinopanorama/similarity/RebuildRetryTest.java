package org.kinopanorama.similarity;

import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A rebuild queued by a change is tried again when a film it read went away under it (a dataset import merging
 * films while the rebuild after the other dataset ran: seen on the real catalogue), and only then.
 */
class RebuildRetryTest {

    @Test
    void aFilmDeletedWhileTheRebuildRanIsReadAgainAndNoOtherFailureIs() {
        var gone = new IllegalStateException("Rebuilding neighbours failed", new PSQLException(
                "insert or update on table \"film_neighbour\" violates foreign key constraint", PSQLState.FOREIGN_KEY_VIOLATION));
        assertThat(SimilarityRebuild.filmGoneMeanwhile(gone)).isTrue();

        var duplicate = new IllegalStateException("Rebuilding neighbours failed",
                new PSQLException("duplicate key value violates unique constraint", PSQLState.UNIQUE_VIOLATION));
        assertThat(SimilarityRebuild.filmGoneMeanwhile(duplicate)).isFalse();
        assertThat(SimilarityRebuild.filmGoneMeanwhile(new IllegalStateException("out of memory"))).isFalse();
    }
}
