package org.kinopanorama.catalog.feed;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import org.kinopanorama.web.SiteAddress;

/** Atom feeds for feed readers: a curated list, a theme, the films added last. */
@Path("/feeds")
@Produces(FeedResource.ATOM)
public class FeedResource {

    static final String ATOM = "application/atom+xml; charset=UTF-8";

    /**
     * Not a {@code @CheckedTemplate}: that would need {@code xml} among {@code quarkus.qute.suffixes}. The template
     * declares its parameter ({@code {@org.kinopanorama.catalog.feed.AtomFeed feed}}), so Qute still checks every
     * expression in it at build time; {@code .xml} makes Qute escape it as XML.
     */
    @Location("FeedResource/feed.xml")
    Template template;

    @Inject
    CatalogueFeeds feeds;

    @Inject
    SiteAddress site;

    @GET
    @Path("lists/{slug:[a-z0-9-]{1,80}}.atom")
    public TemplateInstance listFeed(@PathParam("slug") String slug) {
        return feed(feeds.list(slug, SiteLinks.of(site)).orElseThrow(NotFoundException::new));
    }

    @GET
    @Path("themes/{slug:[a-z0-9-]{1,80}}.atom")
    public TemplateInstance themeFeed(@PathParam("slug") String slug) {
        return feed(feeds.theme(slug, SiteLinks.of(site)).orElseThrow(NotFoundException::new));
    }

    @GET
    @Path("films.atom")
    public TemplateInstance filmsFeed() {
        return feed(feeds.recentlyAdded(SiteLinks.of(site)));
    }

    private TemplateInstance feed(AtomFeed atom) {
        return template.data("feed", atom);
    }
}
