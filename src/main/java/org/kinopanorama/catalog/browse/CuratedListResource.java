package org.kinopanorama.catalog.browse;

import org.kinopanorama.catalog.CatalogueService;
import org.kinopanorama.catalog.CatalogueReader;
import org.kinopanorama.catalog.ReaderLists;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** A curated list's page: its introduction and its entries in order. */
@Path("/lists/{slug:[a-z0-9-]{1,80}}")
@Produces(MediaType.TEXT_HTML)
public class CuratedListResource {

    @CheckedTemplate
    static class Templates {
        /** @param progress how much of the list the reader has watched; null for a visitor */
        static native TemplateInstance list(CatalogueService.CuratedListPage page, ReaderLists.CuratedProgress progress);
    }

    @Inject
    CatalogueService catalogue;

    @Inject
    CatalogueReader reader;

    @GET
    public TemplateInstance list(@PathParam("slug") String slug) {
        CatalogueService.CuratedListPage page = catalogue.list(slug, reader.locale()).orElseThrow(NotFoundException::new);
        return Templates.list(page, reader.progress(slug));
    }
}
