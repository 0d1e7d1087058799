package org.kinopanorama.catalog.film;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.kinopanorama.web.Language;

/** Pages of the people, studios and dataset topics that open datasets brought in. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class PeopleResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance person(CreditsService.EntityPage person);

        static native TemplateInstance studio(CreditsService.EntityPage studio);

        static native TemplateInstance topic(CreditsService.TopicPage topic);

        static native TemplateInstance topics(java.util.List<CreditsService.TopicCard> topics);
    }

    @Inject
    CreditsService credits;

    @Inject
    Language language;

    @GET
    @Path("people/{id:[0-9]{1,18}}")
    public TemplateInstance person(@PathParam("id") long id) {
        return Templates.person(credits.person(id, language.locale()).orElseThrow(NotFoundException::new));
    }

    @GET
    @Path("studios/{id:[0-9]{1,18}}")
    public TemplateInstance studio(@PathParam("id") long id) {
        return Templates.studio(credits.studio(id, language.locale()).orElseThrow(NotFoundException::new));
    }

    @GET
    @Path("topics")
    public TemplateInstance topics() {
        return Templates.topics(credits.topics());
    }

    @GET
    @Path("topics/{slug:[a-z0-9-]{1,80}}")
    public TemplateInstance topic(@PathParam("slug") String slug, @QueryParam("page") @DefaultValue("1") int page) {
        return Templates.topic(credits.topic(slug, page, language.locale()).orElseThrow(NotFoundException::new));
    }
}
