package org.kinopanorama.web;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;

import java.net.URI;
import java.time.Duration;

/** The language switcher in every page's footer: remembers the reader's choice and goes back to the page. */
@Path("/language")
public class LanguageResource {

    static final long REMEMBERED_SECONDS = Duration.ofDays(365).toSeconds();

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response choose(@RestForm String lang, @RestForm("return") String returnTo, RoutingContext rc) {
        String code = Language.supported(lang).orElseThrow(BadRequestException::new);
        rc.response().addCookie(Cookie.cookie(Language.COOKIE, code)
                .setPath("/")
                .setMaxAge(REMEMBERED_SECONDS)
                .setHttpOnly(true)
                .setSecure(rc.request().isSSL())
                .setSameSite(CookieSameSite.LAX));
        return Response.seeOther(URI.create(ReturnPath.local(returnTo))).build();
    }
}
