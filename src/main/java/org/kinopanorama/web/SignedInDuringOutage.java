package org.kinopanorama.web;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;

/**
 * A signed-in visitor's session cookie is restored through the database (the account and its roles). When the
 * database cannot be reached, that must not fail the whole request: the stylesheet, the liveness check and the
 * site's own 503 page need no database. The visitor is then known by the name the (encrypted, so genuine) cookie
 * carries, with no role at all and marked {@link #UNVERIFIED}: anything that needs more answers 503.
 */
@Decorator
@Priority(10)
public class SignedInDuringOutage implements IdentityProvider<TrustedAuthenticationRequest> {

    /** Attribute of an identity restored while the database was unreachable. */
    public static final String UNVERIFIED = "kinopanorama.unverified";

    @Inject
    @Delegate
    @Any
    IdentityProvider<TrustedAuthenticationRequest> delegate;

    @Override
    public Class<TrustedAuthenticationRequest> getRequestType() {
        return delegate.getRequestType();
    }

    @Override
    public int priority() {
        return delegate.priority();
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TrustedAuthenticationRequest request, AuthenticationRequestContext context) {
        return delegate.authenticate(request, context)
                .onFailure(DatabaseOutage::isCause)
                .recoverWithItem(() -> QuarkusSecurityIdentity.builder()
                        .setPrincipal(new QuarkusPrincipal(request.getPrincipal()))
                        .addAttribute(UNVERIFIED, true)
                        .build());
    }

    public static boolean unverified(SecurityIdentity identity) {
        return identity != null && Boolean.TRUE.equals(identity.getAttribute(UNVERIFIED));
    }
}
