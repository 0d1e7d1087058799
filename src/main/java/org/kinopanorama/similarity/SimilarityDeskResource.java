package org.kinopanorama.similarity;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.List;

/** The curators' view of "If you liked this": where the rebuilds stand, when neighbours were last computed, and a full rebuild. */
@Path("/curate/similarity")
@RolesAllowed("curator")
@Produces(MediaType.TEXT_HTML)
public class SimilarityDeskResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance similarity(List<SimilarityRebuild.Build> builds, RebuildState state, SimilarityConfig config);
    }

    @Inject
    SimilarityRebuild rebuild;

    @Inject
    SimilarityConfig config;

    @Inject
    SecurityIdentity identity;

    @GET
    public TemplateInstance page() {
        return Templates.similarity(rebuild.latest(10), rebuild.state(), config);
    }

    @POST
    public Response rebuild() {
        rebuild.rebuildAll(identity.getPrincipal().getName());
        return Response.seeOther(URI.create("/curate/similarity")).build();
    }
}
