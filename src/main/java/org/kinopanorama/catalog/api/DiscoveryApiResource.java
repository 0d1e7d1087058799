package org.kinopanorama.catalog.api;

import org.kinopanorama.catalog.browse.FilmBrowser;
import org.kinopanorama.catalog.browse.FilmFilter;
import org.kinopanorama.catalog.browse.FilmListPage;
import org.kinopanorama.catalog.browse.FilmListResource;
import org.kinopanorama.catalog.feed.SiteLinks;
import org.kinopanorama.catalog.search.SearchResults;
import org.kinopanorama.catalog.search.SearchService;
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
import java.util.Locale;

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
            @Parameter(description = "popularity (the default), rating, year, title, or relevance (while themes are chosen)") @QueryParam("sort") String sort,
            @QueryParam("page") String page, @QueryParam("size") String size, @Context UriInfo uri) {
        PageJson.Request request = PageJson.Request.of(page, size);
        FilmFilter filter = FilmFilter.parse(withPage(FilmListResource.orderedParams(uri.getRequestUri().getRawQuery()),
                request.page()), request.size());
        FilmListPage result = browser.films(filter, Locale.ENGLISH);
        SiteLinks links = SiteLinks.of(site);
        return new PageJson<>(result.total(), request.page(), request.size(), result.films().stream()
                .map(f -> new FilmItemJson(f.id(), f.title(), f.year(), f.yearEnd(), links.film(f.id()),
                        f.themes().stream().map(FilmListPage.ThemeLink::slug).toList()))
                .toList());
    }

    /**
     * A page of films that match a search ({@code total}, {@code items}: as every page of the API), and on the first
     * page the people, studios and curated lists whose names match; every result says its {@code kind}.
     */
    public record SearchJson(long total, int page, int size, List<FilmItemJson> items, List<NameJson> people,
                             List<NameJson> studios, List<ListItemJson> lists) {
    }

    /** A person or studio that matched a search. */
    public record NameJson(String kind, long id, String name, String nameOriginal, long films, String url) {
    }

    /** A curated list that matched a search. */
    public record ListItemJson(String kind, String slug, String title, long films, String url) {
    }

    @GET
    @Path("search")
    @Operation(summary = "Films whose titles (any language or script), descriptions, facts or themes match the words, best "
            + "first; with, on the first page, the people, studios and curated lists whose names match (either script)")
    public SearchJson searchFilms(@Parameter(description = "The words, e.g. Летят журавли") @QueryParam("q") String q,
                                         @QueryParam("page") String page, @QueryParam("size") String size) {
        PageJson.Request request = PageJson.Request.of(page, size);
        SearchResults results = search.search(q == null ? "" : q, request.page(), request.size());
        SiteLinks links = SiteLinks.of(site);
        return new SearchJson(results.total(), request.page(), request.size(), results.hits().stream()
                .map(h -> new FilmItemJson(h.filmId(), h.title().text(), h.year(), h.yearEnd(), links.film(h.filmId()), List.of()))
                .toList(),
                results.people().stream().map(p -> new NameJson("person", p.id(), p.name(), p.nameOriginal(), p.films(),
                        links.person(p.id()))).toList(),
                results.studios().stream().map(p -> new NameJson("studio", p.id(), p.name(), p.nameOriginal(), p.films(),
                        links.studio(p.id()))).toList(),
                results.lists().stream().map(l -> new ListItemJson("list", l.slug(), l.title(), l.films(),
                        links.list(l.slug()))).toList());
    }

    private static List<java.util.Map.Entry<String, String>> withPage(List<java.util.Map.Entry<String, String>> params, int page) {
        List<java.util.Map.Entry<String, String>> out = new java.util.ArrayList<>(params.stream()
                .filter(e -> !e.getKey().equals("page")).toList());
        out.add(java.util.Map.entry("page", String.valueOf(page)));
        return out;
    }
}
