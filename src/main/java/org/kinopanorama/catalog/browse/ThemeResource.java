package org.kinopanorama.catalog.browse;

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

import java.util.List;

/** The themes, and each theme's page. */
@Path("/themes")
@Produces(MediaType.TEXT_HTML)
public class ThemeResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance themes(List<ThemePage.Summary> themes);

        static native TemplateInstance theme(ThemePage page);
    }

    @Inject
    ThemeService themes;

    @Inject
    Language language;

    @GET
    public TemplateInstance themes() {
        return Templates.themes(themes.themes());
    }

    @GET
    @Path("{slug:[a-z0-9-]{1,80}}")
    public TemplateInstance theme(@PathParam("slug") String slug) {
        return Templates.theme(themes.theme(slug, language.locale()).orElseThrow(NotFoundException::new));
    }
}
