package org.kinopanorama.catalog;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Mistakes of API clients, for every API resource: a page or size out of range is a 400 in JSON. */
public class ApiErrors {

    @ServerExceptionMapper
    public Response invalidPage(PageJson.InvalidPageException e) {
        return Response.status(Response.Status.BAD_REQUEST).entity(new ErrorJson(e.getMessage()))
                .type(MediaType.APPLICATION_JSON_TYPE).build();
    }
}
