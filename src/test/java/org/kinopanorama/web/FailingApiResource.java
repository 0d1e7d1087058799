package org.kinopanorama.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Exists only in tests: an API call whose code fails, to see what a script gets then. */
@Path("/api/test-only/failing")
public class FailingApiResource {

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public String fail() {
        throw new IllegalStateException("the projector caught fire");
    }
}
