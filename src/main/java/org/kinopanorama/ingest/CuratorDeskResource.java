package org.kinopanorama.ingest;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.kinopanorama.catalog.CatalogueService;
import org.kinopanorama.catalog.CatalogueSummary;

/** The curators' own page: where documents and datasets come into the catalogue. */
@Path("/curate")
@RolesAllowed("curator")
public class CuratorDeskResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance desk(CatalogueSummary summary);
    }

    @Inject
    CatalogueService catalogue;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance desk() {
        return Templates.desk(catalogue.summary());
    }
}
