package org.kinopanorama.web;

import io.quarkus.runtime.LaunchMode;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.kinopanorama.poster.PosterImages;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * What every request passes first: security headers on every response, the CSRF cookie, the reader's
 * {@link Language}, and the refusal of Quarkus's built-in form-login endpoint (signing in goes through
 * {@code /signin}, which is throttled and CSRF-checked).
 */
@ApplicationScoped
public class RequestGuards {

    /** The policy, with {@code img-src} naming also the poster image host when one is configured. */
    static String contentSecurityPolicy(Optional<String> imageOrigin) {
        return String.join("; ",
                "default-src 'self'",
                "script-src 'self'",
                "style-src 'self'",
                "img-src 'self' data:" + imageOrigin.map(o -> " " + o).orElse(""),
                "font-src 'self'",
                "connect-src 'self'",
                "form-action 'self'",
                "base-uri 'self'",
                "object-src 'none'",
                "frame-ancestors 'none'");
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final String builtInLoginPath;
    private final String contentSecurityPolicy;

    RequestGuards(@ConfigProperty(name = "quarkus.http.auth.form.post-location", defaultValue = "/j_security_check")
                  String builtInLoginPath, PosterImages posters) {
        this.builtInLoginPath = builtInLoginPath;
        this.contentSecurityPolicy = contentSecurityPolicy(posters.imageOrigin());
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 100).handler(this::guard);
    }

    private void guard(RoutingContext rc) {
        String path = rc.normalizedPath();
        if (rc.request().method() == HttpMethod.POST && path.endsWith(builtInLoginPath)) {
            rc.response().setStatusCode(404).end();
            return;
        }
        // the Dev UI and Swagger UI (dev mode only) need inline scripts
        if (!(LaunchMode.current() == LaunchMode.DEVELOPMENT && (path.startsWith("/q/dev") || path.startsWith("/q/swagger-ui")))) {
            addSecurityHeaders(rc.response(), contentSecurityPolicy);
        }
        Cookie csrf = rc.request().getCookie(CsrfToken.COOKIE);
        String token = csrf == null || csrf.getValue().length() < 32 ? null : csrf.getValue();
        if (token == null) {
            token = issueCsrfToken(rc);
        }
        rc.put(CsrfToken.CONTEXT_KEY, token);
        String language = Language.of(rc.request());
        rc.put(Language.CONTEXT_KEY, language);
        rc.addHeadersEndHandler(ignored -> markLanguage(rc.response(), language));
        rc.next();
    }

    /** A page is in the reader's language, chosen by these two headers: caches must keep the versions apart. */
    private static void markLanguage(HttpServerResponse response, String language) {
        String type = response.headers().get("Content-Type");
        if (type != null && type.startsWith("text/html")) {
            response.headers().add("Vary", "Accept-Language, Cookie");
            response.headers().set("Content-Language", language);
        }
    }

    /** A fresh token, e.g. when someone signs in or out, so that a token seen before cannot be replayed. */
    public static String issueCsrfToken(RoutingContext rc) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        rc.response().addCookie(Cookie.cookie(CsrfToken.COOKIE, token)
                .setPath("/")
                .setHttpOnly(true)
                .setSecure(rc.request().isSSL())
                .setSameSite(CookieSameSite.LAX));
        rc.put(CsrfToken.CONTEXT_KEY, token);
        return token;
    }

    private static void addSecurityHeaders(HttpServerResponse response, String contentSecurityPolicy) {
        response.putHeader("Content-Security-Policy", contentSecurityPolicy);
        response.putHeader("X-Content-Type-Options", "nosniff");
        response.putHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.putHeader("X-Frame-Options", "DENY");
        response.putHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    }
}
