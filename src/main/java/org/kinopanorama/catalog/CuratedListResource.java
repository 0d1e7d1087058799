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

/** A curated list's page: its introduction and its entries in order. */
@Path("/lists/{slug:[a-z0-9-]{1,80}}")
@Produces(MediaType.TEXT_HTML)
public class CuratedListResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(CatalogueService.CuratedListPage page);
    }

    @Inject
    CatalogueService catalogue;

    @Inject
    Language language;

    @GET
    public TemplateInstance list(@PathParam("slug") String slug) {
        return Templates.list(catalogue.list(slug, language.locale()).orElseThrow(NotFoundException::new));
    }
}
