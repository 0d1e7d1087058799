package org.kinopanorama.web;

import io.quarkus.arc.Arc;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;

/** The Vert.x request being served, for exception mappers, which cannot take it as a parameter. */
final class CurrentRequest {

    private CurrentRequest() {
    }

    static RoutingContext routingContext() {
        var current = Arc.container().instance(CurrentVertxRequest.class);
        return current.isAvailable() ? current.get().getCurrent() : null;
    }
}
