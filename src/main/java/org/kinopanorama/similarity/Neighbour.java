package org.kinopanorama.similarity;

/** A film similar to some other film, with the score and the reasons. */
public record Neighbour(long filmId, double score, Explanation why) {
}
