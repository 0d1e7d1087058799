package org.kinopanorama.web;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * Every state-changing request must come from one of this site's own pages: its Origin (or Referer) is
 * this site, and it carries the visitor's CSRF token (double-submit: the form field or header must equal
 * the HttpOnly cookie). Anything else gets 403 and changes nothing.
 */
public class CsrfFilter {

    private static final Logger LOG = Logger.getLogger(CsrfFilter.class);
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    @ConfigProperty(name = "quarkus.http.auth.form.cookie-name")
    String sessionCookie;

    @ServerRequestFilter
    @WithFormRead
    public Response check(ResteasyReactiveContainerRequestContext requestContext, HttpServerRequest request) {
        if (SAFE_METHODS.contains(requestContext.getMethod())) {
            return null;
        }
        Function<Messages, String> problem = originProblem(request);
        // Scripts calling the API authenticate with a header a browser never adds on its own (no Basic
        // challenge is ever sent), so the cookie-bound token is not needed there.
        boolean scriptWithCredentials = request.path().startsWith("/api/")
                && (requestContext.getHeaderString("Authorization") != null || request.getCookie(sessionCookie) == null);
        if (problem == null && !scriptWithCredentials) {
            problem = tokenProblem(request, (ResteasyReactiveRequestContext) requestContext.getServerRequestContext(),
                    requestContext);
        }
        if (problem != null) {
            LOG.debugf("Refused %s %s: %s", requestContext.getMethod(), request.path(), problem.apply(Language.messages(Language.ENGLISH)));
            Messages reader = Language.currentMessages();
            return ErrorPages.forbidden(reader.csrf_refused(problem.apply(reader)));
        }
        return null;
    }

    /** What is wrong, in the words of a language's messages; null when nothing is. */
    private static Function<Messages, String> originProblem(HttpServerRequest request) {
        String expected = (request.isSSL() ? "https" : "http") + "://" + request.authority();
        String origin = request.getHeader("Origin");
        if (origin != null && !"null".equals(origin)) {
            return sameOrigin(origin, expected) ? null : Messages::csrf_other_site;
        }
        String referer = request.getHeader("Referer");
        if (referer != null) {
            return sameOrigin(referer, expected) ? null : Messages::csrf_other_site;
        }
        return null; // neither header (privacy settings): the token alone decides
    }

    private static boolean sameOrigin(String url, String expected) {
        try {
            URI uri = URI.create(url.trim());
            if (uri.getScheme() == null || uri.getRawAuthority() == null) {
                return false;
            }
            String origin = uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getRawAuthority().toLowerCase(Locale.ROOT);
            return origin.equals(expected.toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static Function<Messages, String> tokenProblem(HttpServerRequest request, ResteasyReactiveRequestContext rr,
                                                           ContainerRequestContext requestContext) {
        Cookie cookie = request.getCookie(CsrfToken.COOKIE);
        if (cookie == null || cookie.getValue().isEmpty()) {
            return Messages::csrf_no_cookie;
        }
        String sent = requestContext.getHeaderString(CsrfToken.HEADER);
        if (sent == null) {
            Object field = rr.getFormParameter(CsrfToken.FIELD, true, false);
            sent = field == null ? null : field.toString();
        }
        if (sent == null || sent.isEmpty()) {
            return Messages::csrf_no_token;
        }
        boolean same = MessageDigest.isEqual(sent.getBytes(StandardCharsets.UTF_8),
                cookie.getValue().getBytes(StandardCharsets.UTF_8));
        return same ? null : Messages::csrf_token_mismatch;
    }
}
