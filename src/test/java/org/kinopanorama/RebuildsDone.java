package org.kinopanorama;

import io.quarkus.arc.Arc;
import org.kinopanorama.similarity.SimilarityRebuild;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rebuild of related films after an ingest, a merge or a dataset import runs after the change committed, on a
 * thread of its own: a test that reads what it computed waits here until every rebuild a change queued on this
 * instance is done (2 minutes at most).
 */
public final class RebuildsDone {

    private RebuildsDone() {
    }

    public static void await() {
        SimilarityRebuild rebuild = Arc.container().instance(SimilarityRebuild.class).get();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (!rebuild.idle()) {
            assertThat(Instant.now()).as("the queued rebuilds of related films finished within 2 minutes").isBefore(deadline);
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
