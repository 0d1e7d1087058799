package org.kinopanorama.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** Exists only in tests: a page whose code fails, to see what a visitor gets then. */
@Path("/test-only/failing-page")
public class FailingPageResource {

    @GET
    public String fail() {
        throw new IllegalStateException("the projector caught fire");
    }
}
