package org.kinopanorama.account;

import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

/**
 * Who is calling an API that only curators may use: a signed-in session, or HTTP Basic credentials checked
 * exactly like the sign-in page (same throttling, same client address behind proxies). No Basic challenge is
 * ever sent, so browsers never cache these credentials.
 */
@ApplicationScoped
public class CuratorCredentials {

    @Inject
    AccountService accounts;

    @Inject
    SignInThrottle throttle;

    @Inject
    ClientAddress clientAddress;

    public record Refusal(int status, String message, Optional<Long> retryAfterSeconds) {

        /** The refusal as an API answers it: {@code {"error": message}}, with Retry-After when throttled. */
        public jakarta.ws.rs.core.Response asJson() {
            jakarta.ws.rs.core.Response.ResponseBuilder b = jakarta.ws.rs.core.Response.status(status)
                    .entity(java.util.Map.of("error", message)).type(jakarta.ws.rs.core.MediaType.APPLICATION_JSON_TYPE);
            retryAfterSeconds.ifPresent(s -> b.header("Retry-After", s));
            return b.build();
        }
    }

    public record Caller(String username, Optional<Refusal> refusal) {
        static Caller refused(int status, String message) {
            return new Caller(null, Optional.of(new Refusal(status, message, Optional.empty())));
        }
    }

    public Caller curator(String authorization, SecurityIdentity identity, HttpServerRequest request) {
        if (authorization == null || authorization.isBlank()) {
            if (identity.isAnonymous()) {
                return Caller.refused(401, "Sign in as a curator: send HTTP Basic credentials (curl -u name:password).");
            }
            return identity.hasRole(Account.CURATOR) ? new Caller(identity.getPrincipal().getName(), Optional.empty())
                    : Caller.refused(403, "Only curators may add documents.");
        }
        if (!authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Caller.refused(401, "Only HTTP Basic credentials are accepted.");
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(authorization.substring(6).strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Caller.refused(401, "The Authorization header is not valid Base64.");
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return Caller.refused(401, "The Authorization header must hold name:password.");
        }
        String username = decoded.substring(0, colon);
        String password = decoded.substring(colon + 1);
        String address = clientAddress.of(request);
        Optional<Duration> wait = throttle.attempt(username, address);
        if (wait.isPresent()) {
            return new Caller(null, Optional.of(new Refusal(429, "Too many failed attempts; try again later.",
                    Optional.of(wait.get().toSeconds()))));
        }
        Optional<Account> account = accounts.verify(username, password);
        if (account.isEmpty()) {
            return Caller.refused(401, "The username or password is not right.");
        }
        throttle.succeeded(username, address);
        return account.get().hasRole(Account.CURATOR) ? new Caller(account.get().username, Optional.empty())
                : Caller.refused(403, "Only curators may add documents.");
    }
}
