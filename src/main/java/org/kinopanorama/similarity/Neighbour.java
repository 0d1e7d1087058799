package org.kinopanorama.similarity;

import org.kinopanorama.similarity.signal.Explanation;

/** A film similar to some other film, with the score and the reasons. */
public record Neighbour(long filmId, double score, Explanation why) {
}
