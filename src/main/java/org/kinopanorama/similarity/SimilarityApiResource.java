package org.kinopanorama.similarity;

import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.kinopanorama.account.CuratorCredentials;

/** A full rebuild of every film's neighbours, for a curator's script (HTTP Basic or a session). */
@Path("/api/similarity/rebuild")
@Produces(MediaType.APPLICATION_JSON)
public class SimilarityApiResource {

    @Inject
    SimilarityRebuild rebuild;

    @Inject
    CuratorCredentials credentials;

    @Inject
    SecurityIdentity identity;

    @POST
    public Response rebuildAll(@HeaderParam("Authorization") String authorization, HttpServerRequest request) {
        var curator = credentials.curator(authorization, identity, request);
        if (curator.refusal().isPresent()) {
            return curator.refusal().get().asJson();
        }
        return Response.ok(rebuild.rebuildAll(curator.username())).build();
    }
}
