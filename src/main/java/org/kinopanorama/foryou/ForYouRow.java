package org.kinopanorama.foryou;

import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.kinopanorama.web.Language;
import org.kinopanorama.web.Viewer;

import java.util.List;

/**
 * The first few suggestions for the signed-in reader, for the home page: templates write
 * {@code {cdi:forYouRow.suggestions}} (so the catalogue's home page needs no dependency on this package).
 */
@Named("forYouRow")
@Unremovable
@RequestScoped
public class ForYouRow {

    @Inject
    ForYouService forYou;

    @Inject
    Viewer viewer;

    @Inject
    Language language;

    private List<ForYouService.Suggestion> suggestions;

    /** Empty for a visitor who is not signed in. */
    public List<ForYouService.Suggestion> suggestions() {
        if (suggestions == null) {
            suggestions = viewer.signedIn() ? forYou.firstFew(viewer.name(), language.locale()) : List.of();
        }
        return suggestions;
    }
}
