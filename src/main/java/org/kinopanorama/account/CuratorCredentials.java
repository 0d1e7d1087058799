package org.kinopanorama.account;

import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.OptionalLong;
import org.kinopanorama.web.ApiProblem;

/**
 * Who is calling an API that only curators may use: a signed-in session, or HTTP Basic credentials checked
 * exactly like the sign-in page (same throttling, same client address behind proxies). No Basic challenge is
 * ever sent, so browsers never cache these credentials.
 */
@ApplicationScoped
public class CuratorCredentials {

    private static final String NOT_A_CURATOR = "Only curators may use this API.";

    @Inject
    AccountService accounts;

    @Inject
    SignInThrottle throttle;

    @Inject
    ClientAddress clientAddress;

    /**
     * The curator calling, by name; an {@link ApiProblem} (401, 403 or 429 with Retry-After) for anyone else.
     * Called by {@link CuratorGate} for every resource marked {@link CuratorOnly}.
     */
    public String curator(String authorization, SecurityIdentity identity, HttpServerRequest request) {
        if (authorization == null || authorization.isBlank()) {
            if (identity.isAnonymous()) {
                throw new ApiProblem(401, "Sign in as a curator: send HTTP Basic credentials (curl -u name:password).");
            }
            if (identity.hasRole(Account.CURATOR)) {
                return identity.getPrincipal().getName();
            }
            throw new ApiProblem(403, NOT_A_CURATOR);
        }
        if (!authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            throw new ApiProblem(401, "Only HTTP Basic credentials are accepted.");
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(authorization.substring(6).strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new ApiProblem(401, "The Authorization header is not valid Base64.");
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            throw new ApiProblem(401, "The Authorization header must hold name:password.");
        }
        String username = decoded.substring(0, colon);
        String password = decoded.substring(colon + 1);
        String address = clientAddress.of(request);
        Optional<Duration> wait = throttle.attempt(username, address);
        if (wait.isPresent()) {
            throw new ApiProblem(429, "Too many failed attempts; try again later.", null,
                    OptionalLong.of(wait.get().toSeconds()));
        }
        Optional<Account> account = accounts.verify(username, password);
        if (account.isEmpty()) {
            throw new ApiProblem(401, "The username or password is not right.");
        }
        throttle.succeeded(username, address);
        if (account.get().hasRole(Account.CURATOR)) {
            return account.get().username;
        }
        throw new ApiProblem(403, NOT_A_CURATOR);
    }
}
