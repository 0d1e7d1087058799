package org.kinopanorama.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.UUID;

/**
 * Every error a visitor can meet is a page in the site's layout with a way back; a stack trace
 * never reaches the browser. Unexpected errors are logged with a reference shown on the page.
 */
public class ErrorPages {

    private static final Logger LOG = Logger.getLogger(ErrorPages.class);

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance notFound(String path);

        static native TemplateInstance error(int status, String reason, String reference);

        static native TemplateInstance forbidden(String message);

        static native TemplateInstance unavailable();

        static native TemplateInstance badInput(String message);
    }

    /** Seconds a client is asked to wait before trying again during a database outage. */
    static final String RETRY_AFTER = "30";

    /** 403 in the layout, with what went wrong (in the reader's language) and a way back. */
    public static Response forbidden(String message) {
        return Pages.html(Response.Status.FORBIDDEN.getStatusCode(), Templates.forbidden(message));
    }

    /** 400 for input that cannot be text (control characters, impossible dates): a page, or JSON under /api/. */
    public static Response badInput(HttpServerRequest request, String message) {
        if (isApi(request)) {
            return json(400, message);
        }
        return Pages.html(400, Templates.badInput(message));
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpServerRequest request) {
        if (SignedInDuringOutage.unverified(Viewer.restored(CurrentRequest.routingContext()))) {
            return unavailable(request);
        }
        if (isApi(request)) {
            return json(403, "Forbidden: this needs a curator's account.");
        }
        return forbidden(Language.currentMessages().forbidden_account());
    }

    /** An anonymous visitor on a page that needs an account: sign in, then come back here. */
    @ServerExceptionMapper
    public Response signInFirst(UnauthorizedException e, UriInfo uri, HttpServerRequest request) {
        if (isApi(request)) {
            return json(401, "Sign in first: send HTTP Basic credentials (curl -u name:password).");
        }
        String back = "GET".equals(request.method().name()) ? request.uri() : "/";
        return Response.seeOther(uri.getBaseUriBuilder().path("signin").queryParam("return", back).build()).build();
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, UriInfo uri, HttpHeaders headers) {
        // decoded, so that a Cyrillic address reads as typed; Qute escapes it
        String path = "/" + uri.getPath(true).replaceFirst("^/", "");
        if (path.startsWith("/api/") || prefersJson(headers)) {
            // scripts read JSON; Jackson escapes the path
            return json(404, "Nothing found at " + path + ".");
        }
        return Pages.html(Response.Status.NOT_FOUND.getStatusCode(), Templates.notFound(path));
    }

    /** The client's first choice is JSON; a browser (text/html first) or any type (curl) still gets the page. */
    private static boolean prefersJson(HttpHeaders headers) {
        return headers.getAcceptableMediaTypes().stream()
                .filter(type -> !type.isWildcardType() && !type.isWildcardSubtype())
                .findFirst()
                .map(type -> type.isCompatible(MediaType.APPLICATION_JSON_TYPE))
                .orElse(false);
    }

    @ServerExceptionMapper
    public Response clientOrServerError(WebApplicationException e, HttpServerRequest request) {
        Response original = e.getResponse();
        int status = original.getStatus();
        if (status < 400) {
            return original; // redirects travel as exceptions too
        }
        String reference = status >= 500 ? logged(e) : null;
        if (isApi(request)) {
            String reason = original.getStatusInfo().getReasonPhrase();
            String message = reference == null ? reason + "." : reason + ", reference " + reference + ".";
            Response answer = json(status, message);
            return Response.fromResponse(original).entity(answer.getEntity()).type(answer.getMediaType()).build();
        }
        // the original's headers (Allow, Retry-After...) are kept
        Response page = Pages.html(status, Templates.error(status, original.getStatusInfo().getReasonPhrase(), reference));
        return Response.fromResponse(original).entity(page.getEntity()).type(page.getMediaType()).build();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, HttpServerRequest request) {
        if (DatabaseOutage.isCause(e)) {
            LOG.warnf("The database cannot be reached (%s %s): %s", request.method(), request.path(), e.getMessage());
            return unavailable(request);
        }
        if (e instanceof IllegalArgumentException && e.getMessage() != null && e.getMessage().startsWith("Failed to decode URL")) {
            // a form body with a % that starts no escape: the client's mistake, not ours
            return badInput(request, InputHygiene.messages().control_characters());
        }
        String reference = logged(e);
        if (isApi(request)) {
            return json(500, "Something went wrong on our side, reference " + reference + ".");
        }
        return Pages.html(500, Templates.error(500, "Internal Server Error", reference));
    }

    /** 503 while the database cannot be reached: the site's page (or JSON under /api/), to try again shortly. */
    static Response unavailable(HttpServerRequest request) {
        Response answer = isApi(request)
                ? json(503, "The catalogue is unavailable for a moment (its database cannot be reached); try again shortly.")
                : Pages.html(503, Templates.unavailable());
        return Response.fromResponse(answer).header("Retry-After", RETRY_AFTER).build();
    }

    static boolean isApi(HttpServerRequest request) {
        String path = request.path();
        return path != null && (path.equals("/api") || path.startsWith("/api/"));
    }

    /** Scripts read JSON, in the API's one error shape; Jackson escapes the message. */
    static Response json(int status, String message) {
        return ApiProblems.answer(new ApiProblem(status, message));
    }

    private static String logged(Throwable e) {
        String reference = UUID.randomUUID().toString().substring(0, 8);
        LOG.errorf(e, "Unexpected error, reference %s", reference);
        return reference;
    }
}
