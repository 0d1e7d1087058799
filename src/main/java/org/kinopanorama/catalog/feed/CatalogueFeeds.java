package org.kinopanorama.catalog.feed;

import org.kinopanorama.catalog.CatalogueService;
import org.kinopanorama.catalog.CatalogueSummary;
import org.kinopanorama.catalog.CuratedList;
import org.kinopanorama.catalog.ListEntry;
import org.kinopanorama.catalog.api.CatalogueApiService;
import org.kinopanorama.catalog.api.PageJson;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import static jakarta.transaction.Transactional.TxType.SUPPORTS;

/** The Atom feeds of the catalogue: a curated list's entries, the films of a theme, the films added last. */
@ApplicationScoped
@Transactional(SUPPORTS)
public class CatalogueFeeds {

    static final int THEME_FILMS = 50;
    static final int RECENTLY_ADDED = 50;

    @Inject
    CatalogueService catalogue;

    @Inject
    CatalogueApiService api;

    public Optional<AtomFeed> list(String slug, SiteLinks links) {
        return catalogue.list(slug).map(page -> {
            CuratedList list = page.list();
            Instant updated = list.updatedAt.toInstant();
            List<AtomFeed.Entry> entries = page.entries().stream().map(e -> new AtomFeed.Entry(
                    AtomFeed.TAG + "lists/" + list.slug + "/films/" + e.film.id, e.heading, links.film(e.film.id),
                    null, updated, e.description, content(e))).toList();
            return new AtomFeed(AtomFeed.TAG + "lists/" + list.slug, list.title + " · Kinopanorama", list.introduction,
                    updated, links.listFeed(list.slug), links.list(list.slug), entries);
        });
    }

    public Optional<AtomFeed> theme(String slug, SiteLinks links) {
        return api.themeFilms(slug, new PageJson.Request(1, THEME_FILMS)).map(t -> {
            List<AtomFeed.Entry> entries = t.films().items().stream().map(f -> new AtomFeed.Entry(
                    AtomFeed.TAG + "themes/" + slug + "/films/" + f.id(), titled(f.title(), f.year(), f.yearEnd()),
                    links.film(f.id()), null, f.updatedAt(),
                    "Carries the theme " + t.theme().labelEn + " with weight " + f.weight() + " (of 1).", null)).toList();
            return new AtomFeed(AtomFeed.TAG + "themes/" + slug, "Theme: " + t.theme().labelEn + " · Kinopanorama",
                    "Soviet films carrying the theme " + t.theme().labelEn + " (" + t.theme().labelRu + "), strongest first.",
                    latest(entries), links.themeFeed(slug), links.theme(slug), entries);
        });
    }

    public AtomFeed recentlyAdded(SiteLinks links) {
        List<AtomFeed.Entry> entries = new java.util.ArrayList<>(api.recentlyAdded(RECENTLY_ADDED).stream().map(f -> new AtomFeed.Entry(
                AtomFeed.TAG + "films/" + f.id(), titled(f.title(), f.year(), f.yearEnd()), links.film(f.id()),
                f.createdAt(), f.updatedAt(), f.lists() == null ? null : "On the lists: " + f.lists() + ".", null)).toList());
        // a dataset's import is one entry, not thousands of films few readers know
        for (CatalogueSummary.Import i : catalogue.imports()) {
            entries.add(new AtomFeed.Entry(AtomFeed.TAG + "imports/" + i.source(), i.films() + " films from " + i.sourceName(),
                    links.home() + i.filmsUrl().substring(1), i.at(), i.at(), null, null));
        }
        entries.sort(Comparator.comparing(AtomFeed.Entry::published, Comparator.nullsLast(Comparator.reverseOrder())));
        return new AtomFeed(AtomFeed.TAG + "films", "Recently added films · Kinopanorama",
                "Films added to the catalogue of Soviet cinema, newest first.", latest(entries), links.filmsFeed(),
                links.home(), entries);
    }

    private static String content(ListEntry e) {
        StringBuilder text = new StringBuilder(Objects.requireNonNullElse(e.description, ""));
        if (e.fact != null) {
            text.append(text.isEmpty() ? "" : "\n\n").append("Fact: ").append(e.fact);
            if (e.factTruncated) {
                text.append(" (cut off in the source)");
            }
        }
        return text.isEmpty() ? null : text.toString();
    }

    private static String titled(String title, Integer year, Integer yearEnd) {
        if (year == null) {
            return title;
        }
        return title + " (" + (yearEnd == null || yearEnd.equals(year) ? year.toString() : year + "–" + yearEnd) + ")";
    }

    // an empty feed has changed never, as far as a reader can tell
    private static Instant latest(List<AtomFeed.Entry> entries) {
        return entries.stream().map(AtomFeed.Entry::updated).max(Comparator.naturalOrder()).orElse(Instant.EPOCH);
    }
}
