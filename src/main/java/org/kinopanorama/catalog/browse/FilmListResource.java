package org.kinopanorama.catalog.browse;

import org.kinopanorama.catalog.CatalogConfig;
import org.kinopanorama.catalog.CatalogueReader;
import org.kinopanorama.catalog.ReaderSaves;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The film list: filters that combine and stay in the URL, sort, pages. */
// on "/" like FilmResource: a class on "/films" would take /films/{id} from it and answer 404
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class FilmListResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance films(FilmListPage page, ReaderSaves saves, String unmatched);
    }

    @Inject
    FilmBrowser browser;

    @Inject
    CatalogConfig config;

    @Inject
    CatalogueReader reader;

    @GET
    @Path("films")
    public Response films(@Context UriInfo uri, @QueryParam("director_name") String directorName,
                          @QueryParam("studio_name") String studioName) {
        List<Map.Entry<String, String>> params = orderedParams(uri.getRequestUri().getRawQuery());
        FilmFilter filter = FilmFilter.parse(params, config.pageSize());
        // a name typed into the director's or studio's box becomes that facet's value, at the address of the result
        for (String facet : List.of("director", "studio")) {
            String name = facet.equals("director") ? directorName : studioName;
            if (name != null && !name.isBlank()) {
                Optional<Long> found = browser.named(facet, name.strip());
                if (found.isPresent()) {
                    return seeOther(filter.with(facet, found.get().toString()));
                }
                return page(filter, name.strip());
            }
        }
        // duplicates, values that cannot be right, sort or page out of place: one address per view, for the page cache
        if (!filter.isCanonical(params)) {
            return seeOther(filter.url());
        }
        return page(filter, null);
    }

    private Response page(FilmFilter filter, String unmatched) {
        FilmListPage page = browser.browse(filter, reader.locale());
        return Response.ok(Templates.films(page, reader.saves(page.films().stream().map(FilmListPage.Card::id).toList()),
                unmatched), MediaType.TEXT_HTML_TYPE).build();
    }

    private static Response seeOther(String url) {
        return Response.seeOther(URI.create(url)).build();
    }

    /** Query parameters in the order they were written: "remove the last filter" depends on it. */
    public static List<Map.Entry<String, String>> orderedParams(String rawQuery) {
        List<Map.Entry<String, String>> params = new ArrayList<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return params;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            try {
                String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                params.add(Map.entry(name, value));
            } catch (IllegalArgumentException e) {
                // a malformed escape: ignore this parameter
            }
        }
        return params;
    }
}
