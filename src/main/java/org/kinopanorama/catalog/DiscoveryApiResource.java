package org.kinopanorama.catalog;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kinopanorama.web.SiteAddress;

import java.util.List;

/**
 * The film list and the search as JSON, with the same filters, sort and pages as their pages:
 * {@code /api/films?all=war&none=comedy&decade=1960&list=...&sort=year&page=2&size=50}, {@code /api/search?q=...}.
 */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Catalogue")
public class DiscoveryApiResource {

    @Inject
    SiteAddress site;

    @Inject
    FilmBrowser browser;

    @Inject
    SearchService search;

    /** A film of a list of results. */
    public record FilmItemJson(long id, String title, Integer year, Integer yearEnd, String url, List<String> themes) {
    }

    @GET
    @Path("films")
    @Operation(summary = "Films, filtered like /films: themes all of / any of / none of, decade, curated list; sorted; paginated")
    public PageJson<FilmItemJson> getFilms(
            @Parameter(description = "Theme slugs the films must all carry (repeatable)") @QueryParam("all") List<String> all,
            @Parameter(description = "Theme slugs of which the films carry at least one (repeatable)") @QueryParam("any") List<String> any,
            @Parameter(description = "Theme slugs the films must not carry (repeatable)") @QueryParam("none") List<String> none,
            @Parameter(description = "First year of a decade, e.g. 1970") @QueryParam("decade") String decade,
            @Parameter(description = "A curated list's slug") @QueryParam("list") String list,
            @Parameter(description = "title, year or relevance") @QueryParam("sort") String sort,
            @QueryParam("page") String page, @QueryParam("size") String size, @Context UriInfo uri) {
        PageJson.Request request = PageJson.Request.of(page, size);
        FilmFilter filter = FilmFilter.parse(withPage(FilmListResource.orderedParams(uri.getRequestUri().getRawQuery()),
                request.page()), request.size());
        FilmListPage result = browser.browse(filter);
        SiteLinks links = SiteLinks.of(site);
        return new PageJson<>(result.total(), request.page(), request.size(), result.films().stream()
                .map(f -> new FilmItemJson(f.id(), f.title(), f.year(), f.yearEnd(), links.film(f.id()),
                        f.themes().stream().map(FilmListPage.ThemeLink::slug).toList()))
                .toList());
    }

    @GET
    @Path("search")
    @Operation(summary = "Films whose titles (any language or script), descriptions or facts match the words, best first")
    public PageJson<FilmItemJson> searchFilms(@Parameter(description = "The words, e.g. Летят журавли") @QueryParam("q") String q,
                                         @QueryParam("page") String page, @QueryParam("size") String size) {
        PageJson.Request request = PageJson.Request.of(page, size);
        SearchResults results = search.search(q == null ? "" : q, request.page(), request.size());
        SiteLinks links = SiteLinks.of(site);
        return new PageJson<>(results.total(), request.page(), request.size(), results.hits().stream()
                .map(h -> new FilmItemJson(h.filmId(), h.title().text(), h.year(), h.yearEnd(), links.film(h.filmId()), List.of()))
                .toList());
    }

    private static List<java.util.Map.Entry<String, String>> withPage(List<java.util.Map.Entry<String, String>> params, int page) {
        List<java.util.Map.Entry<String, String>> out = new java.util.ArrayList<>(params.stream()
                .filter(e -> !e.getKey().equals("page")).toList());
        out.add(java.util.Map.entry("page", String.valueOf(page)));
        return out;
    }
}
