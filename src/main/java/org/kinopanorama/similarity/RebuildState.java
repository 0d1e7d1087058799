package org.kinopanorama.similarity;

import java.time.OffsetDateTime;

/**
 * Where the rebuilds of related films stand, for the curators' page.
 *
 * @param queued        films owed a rebuild that has not covered them yet (0: none queued)
 * @param queuedSince   when the oldest of them was owed, or null
 * @param runningSince  when the rebuild now running (on any instance) began, or null when none runs
 * @param last          the last rebuild that finished, or null
 * @param failure       the last failure, when no rebuild finished after it; else null
 */
public record RebuildState(int queued, OffsetDateTime queuedSince, OffsetDateTime runningSince,
                           SimilarityRebuild.Build last, Failure failure) {

    public record Failure(OffsetDateTime at, String actor, String reason) {
    }

    public boolean running() {
        return runningSince != null;
    }
}
