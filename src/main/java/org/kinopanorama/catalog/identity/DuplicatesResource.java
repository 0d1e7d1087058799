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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;

import java.net.URI;
import java.util.List;

/** Probable duplicates for curators: each pair with its evidence and score, Merge (to the preview) or Not the same film. */
@Path("/curate/duplicates")
@RolesAllowed("curator")
@Produces(MediaType.TEXT_HTML)
public class DuplicatesResource {

    static final int SHOWN = 300;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance duplicates(List<ProbableDuplicates.Pair> pairs);
    }

    @Inject
    FilmMerges merges;

    @Inject
    SecurityIdentity identity;

    @GET
    public TemplateInstance duplicates() {
        return Templates.duplicates(merges.duplicates(SHOWN));
    }

    @POST
    @Path("not-same")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response notSame(@RestForm long a, @RestForm long b, @RestForm String reason) {
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (why != null && why.length() > FilmMerges.MAX_REASON) {
            why = why.substring(0, FilmMerges.MAX_REASON);
        }
        if (!merges.markNotSame(a, b, identity.getPrincipal().getName(), why)) {
            throw new NotFoundException();
        }
        return Response.seeOther(URI.create("/curate/duplicates")).build();
    }
}
