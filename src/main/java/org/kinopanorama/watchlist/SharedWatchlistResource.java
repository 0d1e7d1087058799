package org.kinopanorama.watchlist;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestQuery;
import org.kinopanorama.diary.DiaryService;
import org.kinopanorama.web.Language;

import java.util.List;

/**
 * What anyone may read without an account: a list behind its secret link (unlisted or public), and a
 * person's profile with their public ratings, diary entries and lists. Lists are reached only by their secrets, never by their ids.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class SharedWatchlistResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance shared(WatchlistService.ListPage page);

        static native TemplateInstance profile(String username, List<WatchlistService.ListSummary> lists,
                                               DiaryService.PublicActivity activity);
    }

    @Inject
    WatchlistService watchlists;

    @Inject
    DiaryService diary;

    @Inject
    Language language;

    @GET
    @Path("shared/{secret:[A-Za-z0-9_-]{22,64}}")
    public TemplateInstance shared(@PathParam("secret") String secret, @RestQuery String show) {
        return Templates.shared(watchlists.sharedPage(secret, show, language.russian()));
    }

    @GET
    @Path("users/{username:[A-Za-z0-9][A-Za-z0-9_.-]{2,29}}")
    public TemplateInstance profile(@PathParam("username") String username) {
        var account = watchlists.account(username).orElseThrow(NotFoundException::new);
        return Templates.profile(account.username, watchlists.publicListsOf(account.username).orElseThrow(NotFoundException::new),
                diary.publicActivity(account.id));
    }
}
