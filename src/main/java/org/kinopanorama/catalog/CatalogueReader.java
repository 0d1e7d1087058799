package org.kinopanorama.catalog;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.kinopanorama.web.Language;
import org.kinopanorama.web.Viewer;

import java.util.Collection;
import java.util.Locale;

/**
 * Whoever reads a catalogue page, as its resource needs them: the language the page is in, and their own lists'
 * state of the page's films ({@link ReaderLists}; nothing, and no query, for a visitor).
 */
@RequestScoped
public class CatalogueReader {

    @Inject
    Language language;

    @Inject
    Viewer viewer;

    @Inject
    ReaderLists lists;

    public Locale locale() {
        return language.locale();
    }

    /** The save buttons of these films. */
    public ReaderSaves saves(Collection<Long> filmIds) {
        return lists.saves(viewer, filmIds);
    }

    /** How much of a curated list the reader has watched; null for a visitor. */
    public ReaderLists.CuratedProgress progress(String slug) {
        return viewer.signedIn() ? lists.progress(viewer.name(), slug) : null;
    }
}
