package org.kinopanorama.diary;

import io.quarkus.arc.Arc;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.kinopanorama.web.ErrorPages;
import org.kinopanorama.web.Language;

import java.net.URI;

/** A signed-in person rates a film from its page (half stars, 0.5 to 5), changes the rating or removes it. */
@Path("/films/{id:[0-9]{1,18}}/rating")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class RatingResource {

    @Inject
    DiaryService diary;

    @Inject
    SecurityIdentity identity;

    /** {@code rating}: "0.5" to "5" in halves; {@code public=yes} shows it on the person's profile. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response rate(@PathParam("id") long film, @RestForm String rating, @RestForm("public") String isPublic,
                         HttpServerRequest request) {
        var halfStars = RatingValue.halfStars(rating);
        if (halfStars.isEmpty()) {
            return ErrorPages.badInput(request, messages().rating_invalid());
        }
        diary.rate(identity.getPrincipal().getName(), film, halfStars.get(), "yes".equals(isPublic));
        return backToFilm(film);
    }

    @POST
    @Path("remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response remove(@PathParam("id") long film) {
        diary.unrate(identity.getPrincipal().getName(), film);
        return backToFilm(film);
    }

    static Response backToFilm(long film) {
        return Response.seeOther(URI.create("/films/" + film + "#your-film")).build();
    }

    /** The labels in the reader's language, for messages written outside templates. */
    static RatingMessages messages() {
        return Arc.container().instance(Language.class).get().messages(RatingMessages.class);
    }
}
