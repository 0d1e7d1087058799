package org.kinopanorama.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** What Kinopanorama is, and where its data comes from. */
@Path("/about")
public class AboutResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance about();
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance about() {
        return Templates.about();
    }
}
