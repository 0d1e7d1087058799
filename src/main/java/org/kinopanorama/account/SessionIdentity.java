package org.kinopanorama.account;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import org.kinopanorama.web.DatabaseOutage;
import org.kinopanorama.web.SignedInDuringOutage;

import java.util.Arrays;

/**
 * Restores a signed-in visitor from what {@link SessionGate} just read of their session (account, name and roles,
 * from the database or remembered for {@code recheck-after}), instead of reading the account again: a signed-in
 * page then costs no query for who is reading it. Without that reading (no session row checked in this request,
 * or another name in the cookie) the visitor is restored from the account table as before, and while the database
 * cannot be reached, as {@link SignedInDuringOutage} says.
 */
@Decorator
@Priority(5)
public class SessionIdentity implements IdentityProvider<TrustedAuthenticationRequest> {

    /** Where {@link SessionGate} leaves the {@link AccountSessions.Reader} of a live session for this request. */
    static final String READER = "kinopanorama.session.reader";

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
        RoutingContext rc = HttpSecurityUtils.getRoutingContextAttribute(request);
        AccountSessions.Reader reader = rc == null ? null : rc.get(READER);
        if (reader == null || !reader.username().equals(request.getPrincipal())) {
            return delegate.authenticate(request, context)
                    .onFailure(DatabaseOutage::isCause)
                    .recoverWithItem(() -> SignedInDuringOutage.identity(request.getPrincipal()));
        }
        QuarkusSecurityIdentity.Builder identity = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(reader.username()));
        Arrays.stream(reader.roles().split(",")).map(String::strip).filter(r -> !r.isEmpty()).forEach(identity::addRole);
        return Uni.createFrom().item(identity.build());
    }
}
