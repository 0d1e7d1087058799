package org.kinopanorama.catalog;

import io.quarkus.arc.Arc;
import io.quarkus.qute.TemplateExtension;

/**
 * {@code {page.credits}} on a film's page: read when the page renders, so that the film page's record and
 * resource stay as they are for the other features that extend them.
 */
@TemplateExtension
final class FilmCreditsExtensions {

    private FilmCreditsExtensions() {
    }

    static FilmCredits credits(FilmPage page) {
        return Arc.container().instance(CreditsService.class).get().credits(page.film().id);
    }
}
