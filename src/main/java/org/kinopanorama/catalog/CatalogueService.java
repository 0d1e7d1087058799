package org.kinopanorama.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static jakarta.transaction.Transactional.TxType.SUPPORTS;

/** Reads of the catalogue as visitors see it. */
@ApplicationScoped
@Transactional(SUPPORTS)
public class CatalogueService {

    static final int RECENTLY_ADDED = 12;

    @Inject
    EntityManager em;

    /** In English: for feeds, the API and curators. */
    public CatalogueSummary summary() {
        return summary(Locale.ENGLISH);
    }

    /** @param reader the reader's language, for the titles of the films */
    public CatalogueSummary summary(Locale reader) {
        return new CatalogueSummary(Film.count(), recentlyAdded(RECENTLY_ADDED, LocalizedTitles.forReader(reader)), lists());
    }

    private List<CatalogueSummary.FilmLink> recentlyAdded(int limit, LocalizedTitles titles) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT f.id, " + titles.title("f") + ", f.year FROM film f"
                        + titles.join("f") + " ORDER BY f.created_at DESC, f.id DESC LIMIT :limit")
                .setParameter("limit", limit).getResultList();
        return rows.stream().map(r -> new CatalogueSummary.FilmLink(((Number) r[0]).longValue(), (String) r[1],
                r[2] == null ? null : ((Number) r[2]).intValue())).toList();
    }

    /** Every curated list with its number of films, by title. */
    public List<CatalogueSummary.ListCard> lists() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT l.slug, l.title, l.introduction, count(e.id)
                        FROM curated_list l LEFT JOIN list_entry e ON e.list_id = l.id
                        GROUP BY l.id ORDER BY l.title""").getResultList();
        return rows.stream().map(r -> new CatalogueSummary.ListCard((String) r[0], (String) r[1], (String) r[2],
                ((Number) r[3]).intValue())).toList();
    }

    /** The film a film of this id was merged into, if it was. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Long> mergedInto(long id) {
        @SuppressWarnings("unchecked")
        List<Number> to = em.createNativeQuery("SELECT film_id FROM film_redirect WHERE old_id = ?1").setParameter(1, id)
                .getResultList();
        return to.stream().findFirst().map(Number::longValue);
    }

    /** In English: for feeds and the API. */
    public Optional<FilmPage> film(long id) {
        return film(id, Locale.ENGLISH);
    }

    /** @param reader the reader's language, for the title of the film */
    public Optional<FilmPage> film(long id, Locale reader) {
        Film film = Film.findById(id);
        if (film == null) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> claims = em.createNativeQuery("""
                        SELECT c.year, c.year_end, l.title, l.slug FROM film_year_claim c
                        JOIN curated_list l ON l.id = c.list_id WHERE c.film_id = ?1 ORDER BY c.year, l.title""")
                .setParameter(1, id).getResultList();
        List<FilmPage.YearClaim> years = claims.stream().map(r -> new FilmPage.YearClaim(((Number) r[0]).intValue(),
                r[1] == null ? null : ((Number) r[1]).intValue(), (String) r[2], (String) r[3])).toList();

        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT t.slug, t.label_en, t.label_ru, ft.weight, l.title, l.slug, ev.words, ev.negated, ev.weight, ev.origin
                        FROM film_theme ft
                        JOIN theme t ON t.id = ft.theme_id
                        LEFT JOIN film_theme_evidence ev ON ev.film_id = ft.film_id AND ev.theme_id = ft.theme_id
                        LEFT JOIN curated_list l ON l.id = ev.list_id
                        WHERE ft.film_id = ?1
                        ORDER BY ft.weight DESC, t.label_en, ev.weight DESC""")
                .setParameter(1, id).getResultList();
        Map<String, FilmPage.ThemeStrength> themes = new LinkedHashMap<>();
        for (Object[] r : rows) {
            FilmPage.ThemeStrength theme = themes.computeIfAbsent((String) r[0], slug -> new FilmPage.ThemeStrength(slug,
                    (String) r[1], (String) r[2], ((Number) r[3]).doubleValue(), new ArrayList<>()));
            if (r[4] != null) {
                theme.evidence().add(new FilmPage.Evidence((String) r[4], (String) r[5], (String) r[6],
                        (Boolean) r[7], ((Number) r[8]).doubleValue(), (String) r[9]));
            }
        }
        List<FilmTitle> titles = FilmTitle.ofFilm(id);
        return Optional.of(new FilmPage(film, LocalizedTitles.forReader(reader).choose(film.title, titles), titles, years,
                List.copyOf(themes.values()), ListEntry.ofFilm(id)));
    }

    /** In English: for feeds and the API. */
    public Optional<CuratedListPage> list(String slug) {
        return list(slug, Locale.ENGLISH);
    }

    /** @param reader the reader's language, for the titles of the films and the label of the list's theme */
    public Optional<CuratedListPage> list(String slug, Locale reader) {
        return CuratedList.findBySlug(slug).map(list -> {
            List<ListEntry> entries = ListEntry.ofList(list.id);
            Map<Long, String> cyrillic = LocalizedTitles.forReader(reader).cyrillic(em,
                    entries.stream().map(e -> e.film.id).distinct().toList());
            String theme = list.centralTheme == null ? null
                    : ThemeLabels.label(list.centralTheme.labelEn, list.centralTheme.labelRu, reader);
            return new CuratedListPage(list, theme, entries, cyrillic);
        });
    }

    /** Films whose sources disagree on the year, for curators. */
    public List<YearConflict> yearConflicts() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT f.id, f.title, string_agg(c.year || ' on ''' || l.title || '''', ', ' ORDER BY c.year, l.title)
                        FROM film f JOIN film_year_claim c ON c.film_id = f.id JOIN curated_list l ON l.id = c.list_id
                        GROUP BY f.id, f.title HAVING count(DISTINCT c.year) > 1 ORDER BY f.title""").getResultList();
        return rows.stream().map(r -> new YearConflict(((Number) r[0]).longValue(), (String) r[1], (String) r[2])).toList();
    }

    public record YearConflict(long filmId, String title, String claims) {
    }

    /** @param cyrillicTitles for a Russian reader, the Cyrillic title of each film that has one, by film id */
    public record CuratedListPage(CuratedList list, String centralTheme, List<ListEntry> entries,
                                  Map<Long, String> cyrillicTitles) {

        public int filmCount() {
            return entries.size();
        }

        /** An entry's film as the reader sees it: its Cyrillic title for a Russian reader, else as the list wrote it. */
        public String titleOf(ListEntry entry) {
            return cyrillicTitles.getOrDefault(entry.film.id, entry.heading);
        }
    }
}
