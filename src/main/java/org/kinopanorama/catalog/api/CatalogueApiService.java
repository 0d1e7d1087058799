package org.kinopanorama.catalog.api;

import org.kinopanorama.catalog.CatalogueService;
import org.kinopanorama.catalog.CuratedList;
import org.kinopanorama.catalog.Film;
import org.kinopanorama.catalog.Theme;
import org.kinopanorama.catalog.feed.SiteLinks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.kinopanorama.database.Row;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static jakarta.transaction.Transactional.TxType.SUPPORTS;

/**
 * Reads of the catalogue for scripts and feed readers: the JSON of {@code /api/...} and what the Atom feeds
 * list. Pages and this API read the same rows; what the pages already read comes from {@link CatalogueService}.
 */
@ApplicationScoped
@Transactional(SUPPORTS)
public class CatalogueApiService {

    @Inject
    CatalogueService catalogue;

    @Inject
    EntityManager em;

    public List<ListJson.ListCardJson> lists(SiteLinks links) {
        return catalogue.lists().stream()
                .map(l -> new ListJson.ListCardJson(l.slug(), l.title(), l.filmCount(), l.introduction(), links.list(l.slug())))
                .toList();
    }

    public Optional<ListJson> list(String slug, SiteLinks links) {
        return catalogue.list(slug).map(page -> {
            CuratedList list = page.list();
            List<ListJson.EntryJson> entries = page.entries().stream().map(e -> new ListJson.EntryJson(e.position,
                    e.heading, e.year, e.yearEnd, new FilmRefJson(e.film.id, e.film.title, e.film.year, links.film(e.film.id)),
                    e.description, e.descriptionTruncated, e.fact, e.factTruncated)).toList();
            return new ListJson(list.slug, list.title, list.introduction, page.centralTheme(), entries.size(),
                    list.updatedAt, links.list(list.slug), links.listFeed(list.slug), entries);
        });
    }

    public Optional<FilmJson> film(long id, SiteLinks links) {
        return catalogue.film(id).map(page -> {
            Film film = page.film();
            return new FilmJson(film.id, film.title, film.year, film.yearEnd, links.film(film.id),
                    page.titles().stream().map(t -> new FilmJson.TitleJson(t.title, t.source)).toList(),
                    page.yearClaims().stream().map(c -> new FilmJson.YearClaimJson(c.year(), c.yearEnd(), c.listSlug(),
                            c.listTitle())).toList(),
                    page.themes().stream().map(t -> new FilmJson.ThemeStrengthJson(t.slug(), t.labelEn(), t.labelRu(),
                            rounded(t.weight()), t.evidence().stream().map(ev -> new FilmJson.EvidenceJson(ev.listSlug(),
                            ev.words(), ev.negated(), rounded(ev.weight()), ev.origin())).toList())).toList(),
                    page.appearances().stream().map(e -> new FilmJson.AppearanceJson(e.list.slug, e.list.title,
                            e.position, e.heading, e.description, e.fact, links.list(e.list.slug))).toList());
        });
    }

    /** Every theme of the vocabulary, by English label, with the number of films carrying it (perhaps none). */
    public List<ThemeJson.ThemeCardJson> themes() {
        return Row.list(em, """
                        SELECT t.slug, t.label_en, t.label_ru, count(ft.film_id) AS films
                        FROM theme t LEFT JOIN film_theme ft ON ft.theme_id = t.id
                        GROUP BY t.id ORDER BY t.label_en, t.slug""").stream()
                .map(r -> new ThemeJson.ThemeCardJson(r.string("slug"), r.string("label_en"), r.string("label_ru"), r.longValue("films")))
                .toList();
    }

    public Optional<ThemeJson> theme(String slug, PageJson.Request request, SiteLinks links) {
        return themeFilms(slug, request).map(t -> new ThemeJson(t.theme().slug, t.theme().labelEn, t.theme().labelRu,
                links.themeFeed(slug), t.films().map(f -> new ThemeJson.WeightedFilmJson(f.id(), f.title(), f.year(),
                f.weight(), links.film(f.id())))));
    }

    /** The films carrying a theme, strongest first (then by title), one page of them. */
    public Optional<ThemeFilms> themeFilms(String slug, PageJson.Request request) {
        return Theme.findBySlug(slug).map(theme -> {
            long total = ((Number) em.createNativeQuery("SELECT count(*) FROM film_theme WHERE theme_id = ?1")
                    .setParameter(1, theme.id).getSingleResult()).longValue();
            List<WeightedFilm> films = Row.list(em, """
                            SELECT f.id, f.title, f.year, f.year_end, ft.weight, f.updated_at
                            FROM film_theme ft JOIN film f ON f.id = ft.film_id
                            WHERE ft.theme_id = ?1
                            ORDER BY ft.weight DESC, f.title, f.id
                            LIMIT ?2 OFFSET ?3""", theme.id, request.size(), request.offset()).stream()
                    .map(r -> new WeightedFilm(r.longValue("id"), r.string("title"), r.intOrNull("year"), r.intOrNull("year_end"),
                            rounded(r.doubleValue("weight")), r.instant("updated_at"))).toList();
            return new ThemeFilms(theme, new PageJson<>(total, request.page(), request.size(), films));
        });
    }

    /**
     * The films added last, newest first, with the titles of the lists that name them; a dataset's films are left
     * out (the feed gives each dataset one entry: {@link CatalogueService#imports()}).
     */
    public List<AddedFilm> recentlyAdded(int limit) {
        return Row.list(em, """
                        SELECT f.id, f.title, f.year, f.year_end, f.created_at, f.updated_at,
                               (SELECT string_agg(l.title, ', ' ORDER BY l.title)
                                FROM list_entry e JOIN curated_list l ON l.id = e.list_id WHERE e.film_id = f.id) AS lists
                        FROM film f
                        WHERE """ + CatalogueService.NOT_FROM_A_DATASET + """
                        ORDER BY f.created_at DESC, f.id DESC
                        LIMIT ?1""", limit).stream()
                .map(r -> new AddedFilm(r.longValue("id"), r.string("title"), r.intOrNull("year"), r.intOrNull("year_end"),
                        r.instant("created_at"), r.instant("updated_at"), r.string("lists"))).toList();
    }

    /** A theme and one page of the films carrying it. */
    public record ThemeFilms(Theme theme, PageJson<WeightedFilm> films) {
    }

    /** A film and how strongly (0 to 1, three decimals) it carries a theme. */
    public record WeightedFilm(long id, String title, Integer year, Integer yearEnd, double weight, Instant updatedAt) {
    }

    /** A film as the feed of additions shows it; {@code lists} is null when no list names it. */
    public record AddedFilm(long id, String title, Integer year, Integer yearEnd, Instant createdAt, Instant updatedAt,
                            String lists) {
    }

    // weights are stored as real: 0.87 would otherwise read 0.8700000047683716
    static double rounded(double weight) {
        return Math.round(weight * 1000) / 1000.0;
    }
}
