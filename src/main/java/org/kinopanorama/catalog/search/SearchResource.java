package org.kinopanorama.catalog.search;

import org.kinopanorama.catalog.CatalogueReader;
import org.kinopanorama.catalog.ReaderSaves;
import org.kinopanorama.catalog.Suggestion;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.List;

/** The search page, and the suggestions offered while a title is typed. */
@Path("/search")
public class SearchResource {

    static final int PAGE_SIZE = 20;
    static final int SUGGESTIONS = 8;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance search(SearchResults results, ReaderSaves saves);
    }

    @Inject
    SearchService search;

    @Inject
    CatalogueReader reader;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance search(@QueryParam("q") String q, @QueryParam("page") String page) {
        SearchResults results = search.search(q, pageNumber(page), PAGE_SIZE, reader.locale());
        return Templates.search(results, reader.saves(results.hits().stream().map(SearchResults.Hit::filmId).toList()));
    }

    @GET
    @Path("suggest")
    @Produces(MediaType.APPLICATION_JSON)
    public RestResponse<List<Suggestion>> suggest(@QueryParam("q") String q) {
        // the titles are in the reader's language
        return RestResponse.ResponseBuilder.ok(search.suggest(q, SUGGESTIONS, reader.locale()))
                .header("Vary", "Accept-Language, Cookie").build();
    }

    /** A page number from the URL; anything that is not one is the first page (a link may have been cut). */
    private static int pageNumber(String page) {
        if (page == null || !page.matches("[0-9]{1,6}")) {
            return 1;
        }
        return Math.max(1, Integer.parseInt(page));
    }
}
