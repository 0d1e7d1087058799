package org.kinopanorama.catalog;

import org.kinopanorama.web.Viewer;

import java.util.Collection;

/**
 * What the catalogue's pages show of a signed-in reader's own lists (the watchlist feature answers), each in one
 * small query, so that a page's resource hands its template the reader's state with everything else.
 */
public interface ReaderLists {

    /** The reader's lists, default first, each saying which of these films it holds. */
    ReaderSaves saves(String username, Collection<Long> filmIds);

    /** The save buttons of a page's films for whoever reads it: none for a visitor, and then no query. */
    default ReaderSaves saves(Viewer viewer, Collection<Long> filmIds) {
        return viewer.signedIn() ? saves(viewer.name(), filmIds) : ReaderSaves.NONE;
    }

    /** How much of a curated list the reader has watched. */
    CuratedProgress progress(String username, String slug);

    /** "You have watched 4 of 10" on a curated list. */
    record CuratedProgress(String slug, int watched, int total) {
    }
}
