package org.kinopanorama.catalog.feed;

import org.kinopanorama.web.SiteAddress;

import java.net.URI;

/**
 * Absolute addresses of this site's pages and feeds, from the site's own address ({@link SiteAddress}: the
 * configured public URL, or an allowed host), so that a feed or a script's JSON can be read away from the site.
 */
public record SiteLinks(URI base) {

    public static SiteLinks of(SiteAddress site) {
        return new SiteLinks(URI.create(site.origin() + "/"));
    }

    public String home() {
        return at("");
    }

    public String film(long id) {
        return at("films/" + id);
    }

    public String list(String slug) {
        return at("lists/" + slug);
    }

    public String person(long id) {
        return at("people/" + id);
    }

    public String studio(long id) {
        return at("studios/" + id);
    }

    public String theme(String slug) {
        return at("themes/" + slug);
    }

    public String listFeed(String slug) {
        return at("feeds/lists/" + slug + ".atom");
    }

    public String themeFeed(String slug) {
        return at("feeds/themes/" + slug + ".atom");
    }

    public String filmsFeed() {
        return at("feeds/films.atom");
    }

    // slugs are [a-z0-9-] and ids digits: nothing to encode
    private String at(String path) {
        String root = base.toString();
        return (root.endsWith("/") ? root : root + "/") + path;
    }
}
