package org.kinopanorama.foryou;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.kinopanorama.catalog.ReaderSuggestions;
import org.kinopanorama.web.Viewer;

import java.util.List;
import java.util.Locale;

/** The first few suggestions for the home page's "For you" row, which the home page's resource asks for. */
@ApplicationScoped
public class ForYouOnHome implements ReaderSuggestions {

    @Inject
    ForYouService forYou;

    @Override
    public List<Suggestion> firstFew(Viewer viewer, Locale reader) {
        return viewer.signedIn() ? forYou.firstFew(viewer.name(), reader) : List.of();
    }
}
