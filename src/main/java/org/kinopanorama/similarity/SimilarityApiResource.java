package org.kinopanorama.similarity;

import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.kinopanorama.account.CuratorCaller;
import org.kinopanorama.account.CuratorOnly;

/** A full rebuild of every film's neighbours, for a curator's script (HTTP Basic or a session). */
@Path("/api/similarity/rebuild")
@CuratorOnly
@Produces(MediaType.APPLICATION_JSON)
public class SimilarityApiResource {

    @Inject
    SimilarityRebuild rebuild;

    @Inject
    CuratorCaller curator;

    @POST
    public Response rebuildAll() {
        return Response.ok(rebuild.rebuildAll(curator.name())).build();
    }
}
