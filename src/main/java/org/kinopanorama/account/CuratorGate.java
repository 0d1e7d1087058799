package org.kinopanorama.account;

import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * The one gate of the curators' JSON APIs (resources marked {@link CuratorOnly}): a signed-in curator, or HTTP
 * Basic credentials checked like the sign-in page ({@link CuratorCredentials}); anyone else gets 401, 403 or 429 as
 * {@link org.kinopanorama.web.ErrorJson} before the resource reads the request's body. It runs on the worker thread
 * (checking a password is slow on purpose).
 */
public class CuratorGate {

    @Inject
    CuratorCredentials credentials;

    @Inject
    SecurityIdentity identity;

    @Inject
    CuratorCaller caller;

    @ServerRequestFilter
    @CuratorOnly
    public void check(ContainerRequestContext request, HttpServerRequest http) {
        caller.let(credentials.curator(request.getHeaderString("Authorization"), identity, http));
    }
}
