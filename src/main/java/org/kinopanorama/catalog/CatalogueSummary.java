package org.kinopanorama.catalog;

import java.util.List;

/** What the front page shows of the catalogue. */
public record CatalogueSummary(long filmCount, List<Film> recentlyAdded) {
}
