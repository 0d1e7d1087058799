package org.kinopanorama.catalog;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.kinopanorama.web.Language;

/** A film's page and a curated list's page. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class FilmResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance film(FilmPage page);

        static native TemplateInstance list(CatalogueService.CuratedListPage page);
    }

    @Inject
    CatalogueService catalogue;

    @Inject
    Language language;

    @GET
    @Path("films/{id:[0-9]{1,18}}")
    public TemplateInstance film(@PathParam("id") long id) {
        return Templates.film(catalogue.film(id, language.locale()).orElseThrow(NotFoundException::new));
    }

    @GET
    @Path("lists/{slug:[a-z0-9-]{1,80}}")
    public TemplateInstance list(@PathParam("slug") String slug) {
        return Templates.list(catalogue.list(slug, language.locale()).orElseThrow(NotFoundException::new));
    }
}
