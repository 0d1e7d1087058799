package org.kinopanorama.catalog.identity;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestQuery;

import java.net.URI;
import java.util.List;

/** The record of every merge, with Undo; and the pairs said not to be the same film, with Take back. */
@Path("/curate/merges")
@RolesAllowed("curator")
@Produces(MediaType.TEXT_HTML)
public class MergesResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance merges(List<FilmMerges.MergeRecord> merges, List<FilmMerges.Mark> marks, String done);
    }

    @Inject
    FilmMerges merges;

    @Inject
    SecurityIdentity identity;

    @GET
    public TemplateInstance merges(@RestQuery String done) {
        String shown = done != null && done.matches("undone|already_undone|kept_gone") ? done : null;
        return Templates.merges(merges.recent(200), merges.marks(200), shown);
    }

    @POST
    @Path("{id:[0-9]{1,18}}/undo")
    public Response undo(@PathParam("id") long id) {
        FilmMerger.Undo undo = merges.undo(id, identity.getPrincipal().getName());
        String done = switch (undo.outcome()) {
            case UNDONE -> "undone";
            case ALREADY_UNDONE -> "already_undone";
            case KEPT_FILM_GONE -> "kept_gone";
            case NOT_FOUND -> throw new NotFoundException();
        };
        return Response.seeOther(URI.create("/curate/merges?done=" + done)).build();
    }

    @POST
    @Path("not-same/{a:[0-9]{1,18}}/{b:[0-9]{1,18}}/forget")
    public Response forget(@PathParam("a") long a, @PathParam("b") long b) {
        if (!merges.forgetNotSame(a, b)) {
            throw new NotFoundException();
        }
        return Response.seeOther(URI.create("/curate/merges")).build();
    }
}
