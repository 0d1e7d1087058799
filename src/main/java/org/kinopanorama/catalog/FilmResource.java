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

/** A film's page. (The film list at /films is {@link FilmListResource}.) */
@Path("/films/{id:[0-9]{1,18}}")
@Produces(MediaType.TEXT_HTML)
public class FilmResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance film(FilmPage page);
    }

    @Inject
    CatalogueService catalogue;

    @Inject
    Language language;

    @GET
    public TemplateInstance film(@PathParam("id") long id) {
        return Templates.film(catalogue.film(id, language.locale()).orElseThrow(NotFoundException::new));
    }
}
