package org.kinopanorama.web;

import io.quarkus.runtime.BlockingOperationControl;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Who is looking at the page, for the layout: {@code {inject:viewer.name}}. Error pages are rendered on the I/O
 * thread too, where restoring a visitor (a database query) may not run: there only an identity already restored
 * for this request counts, and none means an anonymous visitor.
 */
@Named("viewer")
@RequestScoped
public class Viewer {

    @Inject
    SecurityIdentity identity;

    @Inject
    RoutingContext context;

    public boolean signedIn() {
        SecurityIdentity known = known();
        return known != null && !known.isAnonymous();
    }

    public String name() {
        return signedIn() ? known().getPrincipal().getName() : null;
    }

    public boolean curator() {
        SecurityIdentity known = known();
        return known != null && known.hasRole("curator");
    }

    private SecurityIdentity known() {
        SecurityIdentity restored = restored(context);
        if (restored != null) {
            return restored;
        }
        return BlockingOperationControl.isBlockingAllowed() ? identity : null;
    }

    /** The identity already restored for this request, without restoring it: null when there is none yet. */
    static SecurityIdentity restored(RoutingContext context) {
        return context != null && context.user() instanceof QuarkusHttpUser user ? user.getSecurityIdentity() : null;
    }
}
