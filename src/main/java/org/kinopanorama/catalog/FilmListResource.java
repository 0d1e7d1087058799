package org.kinopanorama.catalog;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.kinopanorama.web.Language;
import org.kinopanorama.web.Viewer;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The film list: filters that combine and stay in the URL, sort, pages. */
// on "/" like FilmResource: a class on "/films" would take /films/{id} from it and answer 404
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class FilmListResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance films(FilmListPage page, ReaderSaves saves);
    }

    @Inject
    FilmBrowser browser;

    @Inject
    CatalogConfig config;

    @Inject
    Language language;

    @Inject
    ReaderLists readerLists;

    @Inject
    Viewer viewer;

    @GET
    @Path("films")
    public TemplateInstance films(@Context UriInfo uri) {
        FilmListPage page = browser.browse(FilmFilter.parse(orderedParams(uri.getRequestUri().getRawQuery()), config.pageSize()),
                language.locale());
        return Templates.films(page, readerLists.saves(viewer, page.films().stream().map(FilmListPage.Card::id).toList()));
    }

    /** Query parameters in the order they were written: "remove the last filter" depends on it. */
    static List<Map.Entry<String, String>> orderedParams(String rawQuery) {
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
