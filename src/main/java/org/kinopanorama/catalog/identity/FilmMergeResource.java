package org.kinopanorama.catalog.identity;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;
import org.kinopanorama.web.Pages;

import java.net.URI;
import java.util.List;

/**
 * A curator merging a film into another: a search for the other film, a preview of what moves, then the
 * merge (POST, with a reason). The film merged away then answers 301 to the one kept.
 */
@Path("/curate/films/{id:[0-9]{1,18}}/merge")
@RolesAllowed("curator")
@Produces(MediaType.TEXT_HTML)
public class FilmMergeResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance picker(FilmMerges.FilmSummary film, String q, List<FilmMerges.FilmSummary> candidates);

        static native TemplateInstance preview(FilmMerges.Preview preview, String reason, String error);
    }

    @Inject
    FilmMerges merges;

    @Inject
    SecurityIdentity identity;

    @GET
    public TemplateInstance picker(@PathParam("id") long id, @RestQuery String q) {
        FilmMerges.FilmSummary film = merges.film(id).orElseThrow(NotFoundException::new);
        return Templates.picker(film, q == null ? "" : q, q == null || q.isBlank() ? List.of() : merges.candidates(id, q));
    }

    @GET
    @Path("{into:[0-9]{1,18}}")
    public TemplateInstance preview(@PathParam("id") long id, @PathParam("into") long into) {
        return Templates.preview(merges.preview(id, into).orElseThrow(NotFoundException::new), "", null);
    }

    @POST
    @Path("{into:[0-9]{1,18}}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response merge(@PathParam("id") long id, @PathParam("into") long into, @RestForm String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > FilmMerges.MAX_REASON) {
            FilmMerges.Preview preview = merges.preview(id, into).orElseThrow(NotFoundException::new);
            return Pages.html(400, Templates.preview(preview, reason == null ? "" : reason, "reason"));
        }
        merges.merge(id, into, identity.getPrincipal().getName(), why, "curator", false).orElseThrow(NotFoundException::new);
        return Response.seeOther(URI.create("/films/" + into)).build();
    }
}
