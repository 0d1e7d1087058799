package org.kinopanorama.foryou;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;
import org.kinopanorama.web.Language;
import org.kinopanorama.web.ReturnPath;

import java.net.URI;
import java.util.List;

/** "For you": the signed-in person's suggestions, the themes they picked, the films they hid. Only ever their own. */
@Path("/for-you")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class ForYouResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance forYou(ForYouService.Page page);

        static native TemplateInstance themes(List<ForYouService.ThemeChoice> themes, boolean welcome);
    }

    @Inject
    ForYouService forYou;

    @Inject
    SecurityIdentity identity;

    @Inject
    Language language;

    @GET
    public TemplateInstance forYouPage() {
        return Templates.forYou(forYou.page(me(), language.locale()));
    }

    /** The theme picker; {@code welcome} after sign-up. */
    @GET
    @Path("themes")
    public TemplateInstance themePicker(@RestQuery String welcome) {
        return Templates.themes(forYou.themeChoices(me()), welcome != null);
    }

    @POST
    @Path("themes")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response pickThemes(@RestForm("theme") List<String> themes) {
        forYou.pickThemes(me(), themes == null ? List.of() : themes);
        return seeOther("/for-you");
    }

    @POST
    @Path("hide")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response hideSuggestion(@RestForm String film, @RestForm("return") String back) {
        forYou.hide(me(), number(film));
        return seeOther(back == null || back.isBlank() ? "/for-you" : ReturnPath.local(back));
    }

    @POST
    @Path("hidden/{film:[0-9]{1,18}}/unhide")
    public Response unhideSuggestion(@PathParam("film") long film) {
        forYou.unhide(me(), film);
        return seeOther("/for-you#hidden-title");
    }

    private static long number(String text) {
        try {
            return Long.parseLong(text == null ? "" : text.strip());
        } catch (NumberFormatException e) {
            throw new BadRequestException("not a film id: " + text);
        }
    }

    private static Response seeOther(String path) {
        return Response.seeOther(URI.create(path)).build();
    }

    private String me() {
        return identity.getPrincipal().getName();
    }
}
