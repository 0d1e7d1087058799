package org.kinopanorama.catalog;

import java.util.Collection;
import java.util.List;

/**
 * Films near several films at once, read from the stored related films (the similarity feature answers; a
 * watchlist's suggestions ask it). Never computes similarity.
 */
public interface FilmsNearSeveral {

    /**
     * A film stored as related to some of the films asked about.
     *
     * @param score   the sum of its stored scores with them (each in 0..1)
     * @param because titles of the films it is related to, closest first
     */
    record Near(long filmId, String title, Integer year, double score, List<String> because) {
    }

    /**
     * The films stored as related to any of {@code films}, except those films and {@code excluded}: highest score first,
     * then by title and id; at most {@code limit}.
     */
    List<Near> near(Collection<Long> films, Collection<Long> excluded, int limit);
}
