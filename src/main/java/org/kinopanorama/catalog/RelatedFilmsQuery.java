package org.kinopanorama.catalog;

import java.util.List;
import java.util.Locale;

/** The related films stored for a film, read for its page in one query (the similarity feature answers). */
public interface RelatedFilmsQuery {

    /**
     * The films shown under a film, in their stored order, re-ranked toward {@code more} or away from {@code less}
     * (a theme's slug, or null).
     */
    List<RelatedFilm> of(long filmId, String more, String less, Locale reader);
}
