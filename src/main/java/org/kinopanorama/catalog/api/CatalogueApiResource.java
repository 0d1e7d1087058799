package org.kinopanorama.catalog.api;

import org.kinopanorama.catalog.feed.SiteLinks;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kinopanorama.web.ErrorJson;
import org.kinopanorama.web.SiteAddress;

import java.util.List;

/**
 * The catalogue as JSON for scripts: read-only and open to anyone, like the pages. An unknown list, film or
 * theme is a 404, a page out of range a 400, both with {@code {"error": "..."}}.
 */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Catalogue", description = "Curated lists, films and themes of Soviet cinema, read-only.")
public class CatalogueApiResource {

    @Inject
    SiteAddress site;

    @Inject
    CatalogueApiService api;

    @GET
    @Path("lists")
    @Operation(summary = "Every curated list, by title, with its number of films")
    public List<ListJson.ListCardJson> getLists() {
        return api.lists(SiteLinks.of(site));
    }

    @GET
    @Path("lists/{slug:[a-z0-9-]{1,80}}")
    @Operation(summary = "A curated list with its entries in the curator's order")
    @APIResponse(responseCode = "200", description = "The list")
    @APIResponse(responseCode = "404", description = "No list has this slug",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ErrorJson.class)))
    public ListJson getList(@Parameter(description = "The list's slug, e.g. betrayal-in-soviet-cinema",
                                    example = "betrayal-in-soviet-cinema") @PathParam("slug") String slug) {
        return api.list(slug, SiteLinks.of(site)).orElseThrow(NotFoundException::new);
    }

    @GET
    @Path("films/{id:[0-9]{1,18}}")
    @Operation(summary = "A film with all its titles, the years its sources claim, its themes and its lists")
    @APIResponse(responseCode = "200", description = "The film")
    @APIResponse(responseCode = "404", description = "No film has this id",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ErrorJson.class)))
    public FilmJson getFilm(@Parameter(description = "The film's id, as in /films/{id}") @PathParam("id") long id) {
        return api.film(id, SiteLinks.of(site)).orElseThrow(NotFoundException::new);
    }

    @GET
    @Path("themes")
    @Operation(summary = "Every theme of the vocabulary, by English label, with the number of films carrying it")
    public List<ThemeJson.ThemeCardJson> getThemes() {
        return api.themes();
    }

    @GET
    @Path("themes/{slug:[a-z0-9-]{1,80}}")
    @Operation(summary = "A theme and the films carrying it, strongest first, one page at a time")
    @APIResponse(responseCode = "200", description = "The theme and one page of its films")
    @APIResponse(responseCode = "400", description = "page or size is not a whole number in range",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ErrorJson.class)))
    @APIResponse(responseCode = "404", description = "No theme has this slug",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ErrorJson.class)))
    public ThemeJson getTheme(@Parameter(description = "The theme's slug, e.g. betrayal", example = "betrayal")
                              @PathParam("slug") String slug,
                              @Parameter(description = "Page number, from 1 (default 1); past the last page, no items",
                                      schema = @Schema(type = SchemaType.INTEGER, minimum = "1", defaultValue = "1"))
                              @QueryParam("page") String page,
                              @Parameter(description = "Films per page, from 1 to " + PageJson.MAX_SIZE,
                                      schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "" + PageJson.MAX_SIZE,
                                              defaultValue = "" + PageJson.DEFAULT_SIZE))
                              @QueryParam("size") String size) {
        return api.theme(slug, PageJson.Request.of(page, size), SiteLinks.of(site)).orElseThrow(NotFoundException::new);
    }

}
