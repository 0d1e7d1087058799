package org.kinopanorama.web;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;

/**
 * A signed-in visitor's session cookie is restored through the database (the account and its roles). When the
 * database cannot be reached, that must not fail the whole request: the stylesheet, the liveness check and the
 * site's own 503 page need no database. The visitor is then known by the name the (encrypted, so genuine) cookie
 * carries, with no role at all and marked {@link #UNVERIFIED}: anything that needs more answers 503. Restoring
 * visitors ({@code account.SessionIdentity}) falls back on {@link #identity}.
 */
public final class SignedInDuringOutage {

    /** Attribute of an identity restored while the database was unreachable. */
    public static final String UNVERIFIED = "kinopanorama.unverified";

    private SignedInDuringOutage() {
    }

    /** The visitor the cookie names, with no role, marked unverified. */
    public static SecurityIdentity identity(String principal) {
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(principal))
                .addAttribute(UNVERIFIED, true)
                .build();
    }

    public static boolean unverified(SecurityIdentity identity) {
        return identity != null && Boolean.TRUE.equals(identity.getAttribute(UNVERIFIED));
    }
}
