package org.kinopanorama.foryou;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
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
import org.kinopanorama.catalog.ReaderSuggestions;
import org.kinopanorama.catalog.ReaderLists;
import org.kinopanorama.catalog.ReaderSaves;
import org.kinopanorama.web.Language;

import java.net.URI;
import java.util.List;

/** "For you": the signed-in person's suggestions, the themes they picked, the films they hid. Only ever their own. */
@Path("/for-you")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class ForYouResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance forYou(ForYouService.Page page, ReaderSaves saves);

        static native TemplateInstance themes(List<ForYouService.ThemeChoice> themes, boolean welcome);
    }

    @Inject
    ForYouService forYou;

    @Inject
    SecurityIdentity identity;

    @Inject
    Language language;

    @Inject
    ReaderLists readerLists;

    @GET
    public TemplateInstance forYouPage() {
        ForYouService.Page page = forYou.page(me(), language.locale());
        return Templates.forYou(page, readerLists.saves(me(), page.suggestions().stream().map(ReaderSuggestions.Suggestion::filmId).toList()));
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

    /**
     * Where For you hid films before hiding had one address: a form still open in a browser is sent on, as the same
     * POST (308), to /watchlists/not-interested.
     */
    @POST
    @Path("hide")
    public Response hideMoved() {
        return Response.status(Response.Status.PERMANENT_REDIRECT).location(URI.create("/watchlists/not-interested")).build();
    }

    @POST
    @Path("hidden/{film:[0-9]{1,18}}/unhide")
    public Response unhideMoved(@PathParam("film") long film) {
        return Response.status(Response.Status.PERMANENT_REDIRECT)
                .location(URI.create("/watchlists/not-interested/" + film + "/undo")).build();
    }

    private static Response seeOther(String path) {
        return Response.seeOther(URI.create(path)).build();
    }

    private String me() {
        return identity.getPrincipal().getName();
    }
}
