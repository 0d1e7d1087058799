package org.kinopanorama.catalog.browse;

import org.kinopanorama.catalog.CatalogueService;
import org.kinopanorama.catalog.CatalogueSummary;
import org.kinopanorama.catalog.ReaderSuggestions;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.kinopanorama.web.Language;
import org.kinopanorama.web.Viewer;

import java.util.List;

/** The front page: what the catalogue holds and where to start. */
@Path("/")
public class HomeResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(CatalogueSummary summary, List<ThemePage.Summary> themes,
                                            List<ReaderSuggestions.Suggestion> forYou, List<FilmListPage.Card> popular);
    }

    @Inject
    CatalogueService catalogue;

    @Inject
    ThemeService themes;

    @Inject
    Language language;

    @Inject
    ReaderSuggestions readerSuggestions;

    @Inject
    Viewer viewer;

    @Inject
    FilmBrowser browser;

    /** Popular films the home page shows. */
    static final int POPULAR = 8;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance home() {
        return Templates.home(catalogue.summary(language.locale()), themes.themes().stream().filter(t -> t.filmCount() > 0).toList(),
                readerSuggestions.firstFew(viewer, language.locale()), browser.popular(POPULAR, language.locale()));
    }
}
