package org.kinopanorama.catalog.film;

import org.kinopanorama.catalog.CatalogConfig;
import org.kinopanorama.catalog.CatalogueService;
import org.kinopanorama.catalog.ReaderLists;
import org.kinopanorama.catalog.ReaderParts;
import org.kinopanorama.catalog.ReaderSaves;
import org.kinopanorama.catalog.RelatedFilmsQuery;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestQuery;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;
import org.kinopanorama.web.Language;
import org.kinopanorama.web.PageCache;
import org.kinopanorama.web.ReaderSlots;
import org.kinopanorama.web.Pages;
import org.kinopanorama.web.Viewer;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/** A film's page. (The film list at /films is {@link FilmListResource}.) */
@Path("/films/{id:[0-9]{1,18}}")
@Produces(MediaType.TEXT_HTML)
public class FilmResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance film(FilmPage page, FilmRefine refine);
    }

    @Inject
    CatalogueService catalogue;

    @Inject
    Language language;

    @Inject
    CatalogConfig config;

    @Inject
    RelatedFilmsQuery relatedFilms;

    @Inject
    ReaderLists readerLists;

    @Inject
    Viewer viewer;

    @Inject
    PageCache pages;

    @Inject
    ReaderSlots slots;

    @Inject
    ReaderParts readerParts;

    @Inject
    RoutingContext rc;

    /**
     * {@code more} or {@code less}: a theme's slug, to re-rank the related films toward or away from it. The page
     * costs three queries: the film with everything about it, its related films, and the reader's save buttons (for a
     * signed-in reader only); its template reads nothing more. A signed-in reader (not a curator) gets the page the
     * signed-in readers share ({@link PageCache#keptForReader}) with their own parts put in: one query, for their
     * save buttons.
     */
    @GET
    public Response film(@PathParam("id") long id, @RestQuery String more, @RestQuery String less) {
        boolean shared = pages.sharesWith(rc, viewer);
        if (shared) {
            Optional<Buffer> kept = pages.keptForReader(rc, readerParts::fill);
            if (kept.isPresent()) {
                return Pages.html(200, kept.get());
            }
        }
        Optional<FilmPage> found = catalogue.film(id, language.locale(), FilmRefine.asked(more, less));
        if (found.isEmpty()) {
            // a film merged into another (two sources turned out to name one film) answers with its new address
            // not cached by browsers: a curator may undo the merge, and the address is the film's again
            return catalogue.mergedInto(id).map(to -> Response.status(Response.Status.MOVED_PERMANENTLY)
                    .location(URI.create("/films/" + to)).header("Cache-Control", "no-cache").build()).orElseThrow(NotFoundException::new);
        }
        FilmRefine refine = FilmRefine.of(more, less, found.get(), config.themeThreshold());
        int status = refine.unknown() != null ? 400 : 200;
        boolean keep = shared && status == 200;
        FilmPage page = found.get().with(relatedFilms.of(id, refine.more(), refine.less(), language.locale()),
                keep ? ReaderSaves.NONE : readerLists.saves(viewer, List.of(id)));
        if (keep) {
            return Pages.html(200, pages.keepForReader(rc, Templates.film(page, refine), viewer, slots, readerParts::fill));
        }
        return Pages.html(status, Templates.film(page, refine));
    }
}
