package org.kinopanorama.catalog;

import org.kinopanorama.catalog.film.FilmPage;
import org.kinopanorama.catalog.film.FilmSheet;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.kinopanorama.database.Row;
import jakarta.transaction.Transactional;

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
    private static final ObjectMapper JSON = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    @Inject
    EntityManager em;

    @Inject
    RatingsConfig ratingsConfig;

    /** In English: for feeds, the API and curators. */
    public CatalogueSummary summary() {
        return summary(Locale.ENGLISH);
    }

    /** @param reader the reader's language, for the titles of the films */
    public CatalogueSummary summary(Locale reader) {
        return new CatalogueSummary(Film.count(), recentlyAdded(RECENTLY_ADDED, LocalizedTitles.forReader(reader)), lists(),
                imports());
    }

    /** The films added last, but not those a dataset brought (each dataset is one line of {@link #imports()}). */
    private List<CatalogueSummary.FilmLink> recentlyAdded(int limit, LocalizedTitles titles) {
        return Row.list(em, "SELECT f.id, " + titles.title("f") + " AS title, f.year, " + PosterColumns.of("f") + ", f.year_end FROM film f"
                        + titles.join("f") + " WHERE " + NOT_FROM_A_DATASET + " ORDER BY f.created_at DESC, f.id DESC LIMIT ?1", limit)
                .stream().map(r -> new CatalogueSummary.FilmLink(r.longValue("id"), r.string("title"), r.intOrNull("year"),
                        r.intOrNull("year_end"), r.string("poster_path"), r.string("director"))).toList();
    }

    /** A film a curated list holds, or one no dataset brought (added by hand, or by a list since removed). */
    public static final String NOT_FROM_A_DATASET = "(EXISTS (SELECT 1 FROM list_entry e WHERE e.film_id = f.id)"
            + " OR NOT EXISTS (SELECT 1 FROM dataset_record r WHERE r.film_id = f.id))";

    /** The films each dataset's imports created (so far, while one runs), the latest import first. */
    public List<CatalogueSummary.Import> imports() {
        return Row.list(em, """
                        SELECT CASE dataset WHEN 'soviet-cinema' THEN 'sbc' ELSE dataset END AS dataset, sum(films_created) AS films,
                               max(COALESCE(finished_at, heartbeat_at, created_at)) AS latest
                        FROM dataset_import WHERE films_created > 0
                        GROUP BY dataset ORDER BY 3 DESC""").stream()
                .map(r -> new CatalogueSummary.Import(r.string("dataset"), r.longValue("films"), r.instant("latest"))).toList();
    }

    /** Every curated list with its number of films, by title. */
    public List<CatalogueSummary.ListCard> lists() {
        return Row.list(em, """
                        SELECT l.slug, l.title, l.introduction, count(e.id) AS films
                        FROM curated_list l LEFT JOIN list_entry e ON e.list_id = l.id
                        GROUP BY l.id ORDER BY l.title""").stream()
                .map(r -> new CatalogueSummary.ListCard(r.string("slug"), r.string("title"), r.string("introduction"), r.intValue("films")))
                .toList();
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
        return film(id, Locale.ENGLISH, null);
    }

    /** Everything about the film its page shows, in one query: see {@link FilmSheet}. */
    private static final String FILM_SHEET = """
            SELECT CAST(json_build_object(
              'id', f.id, 'title', f.title, 'year', f.year, 'yearEnd', f.year_end, 'posterPath', f.poster_path,
              'titles', (SELECT json_agg(json_build_object('id', t.id, 'title', t.title, 'source', t.source,
                                 'language', t.language) ORDER BY t.id)
                         FROM film_title t WHERE t.film_id = f.id),
              'yearClaims', (SELECT json_agg(json_build_object('year', c.year, 'yearEnd', c.year_end, 'listTitle', l.title,
                                     'listSlug', l.slug) ORDER BY c.year, l.title)
                             FROM film_year_claim c JOIN curated_list l ON l.id = c.list_id WHERE c.film_id = f.id),
              'themes', (SELECT json_agg(json_build_object('slug', t.slug, 'labelEn', t.label_en, 'labelRu', t.label_ru,
                                 'weight', ft.weight, 'evidence',
                                 (SELECT json_agg(json_build_object('listTitle', l.title, 'listSlug', l.slug, 'words', ev.words,
                                         'negated', ev.negated, 'weight', ev.weight, 'origin', ev.origin) ORDER BY ev.weight DESC)
                                  FROM film_theme_evidence ev JOIN curated_list l ON l.id = ev.list_id
                                  WHERE ev.film_id = ft.film_id AND ev.theme_id = ft.theme_id))
                                 ORDER BY ft.weight DESC, t.label_en)
                         FROM film_theme ft JOIN theme t ON t.id = ft.theme_id WHERE ft.film_id = f.id),
              'appearances', (SELECT json_agg(json_build_object('id', e.id, 'listId', l.id, 'listSlug', l.slug,
                                      'listTitle', l.title, 'position', e.position,
                                      'text', json_build_object('heading', e.heading, 'year', e.year, 'yearEnd', e.year_end,
                                          'description', e.description, 'fact', e.fact,
                                          'descriptionTruncated', e.description_truncated,
                                          'factTruncated', e.fact_truncated, 'line', e.line)) ORDER BY l.title, e.id)
                              FROM list_entry e JOIN curated_list l ON l.id = e.list_id WHERE e.film_id = f.id),
              'people', (SELECT json_agg(json_build_object('role', fp.role, 'id', p.id, 'name', p.name,
                                 'original', p.name_original) ORDER BY fp.position)
                         FROM film_person fp JOIN person p ON p.id = fp.person_id WHERE fp.film_id = f.id),
              'studios', (SELECT json_agg(json_build_object('id', s.id, 'name', s.name, 'original', s.name_original)
                                  ORDER BY fs.position)
                          FROM film_studio fs JOIN studio s ON s.id = fs.studio_id WHERE fs.film_id = f.id),
              'genres', (SELECT json_agg(json_build_object('key', g.genre, 'label', g.label, 'source', g.source)
                                 ORDER BY g.source, g.label)
                         FROM film_genre g WHERE g.film_id = f.id),
              'topics', (SELECT json_agg(json_build_object('key', t.slug, 'label', t.name, 'source', t.source) ORDER BY t.name)
                         FROM film_topic ft JOIN topic t ON t.id = ft.topic_id WHERE ft.film_id = f.id),
              'tags', (SELECT json_agg(x.tag ORDER BY x.uses DESC, x.tag)
                       FROM (SELECT tag, uses FROM film_tag WHERE film_id = f.id ORDER BY uses DESC, tag LIMIT 30) x),
              'externalIds', (SELECT json_agg(json_build_object('kind', x.kind, 'value', x.value) ORDER BY x.kind, x.value)
                              FROM film_external_id x WHERE x.film_id = f.id),
              'facts', (SELECT json_agg(json_build_object('field', x.field, 'value', x.value, 'source', x.source)
                                ORDER BY x.field, x.source)
                        FROM (SELECT field, string_agg(value, ', ' ORDER BY value) AS value, source FROM film_claim
                              WHERE film_id = f.id AND field IN ('title_ru', 'title_original', 'title_en', 'title_alt', 'year',
                                                                 'country', 'runtime_min', 'censorship')
                              GROUP BY field, source) x),
              'conflicts', (SELECT json_agg(json_build_object('field', x.field, 'value', x.claims) ORDER BY x.field)
                            FROM film_claim_conflict x WHERE x.film_id = f.id),
              'asked', (SELECT json_build_object('slug', t.slug, 'labelEn', t.label_en, 'labelRu', t.label_ru)
                        FROM theme t WHERE t.slug = ?2),
              'ratings', (SELECT json_build_object('halfStars', avg(r.half_stars), 'count', count(*))
                          FROM film_rating r WHERE r.film_id = f.id),
              'literarySources', (SELECT json_agg(json_build_object('key', ls.source || ':' || ls.work_key, 'title', ls.title,
                                          'original', ls.title_original, 'year', ls.year, 'authorId', p.id,
                                          'authorName', p.name, 'authorOriginal', p.name_original)
                                          ORDER BY ls.position, ls.source, ls.work_key, ls.author_position)
                                  FROM film_literary_source ls LEFT JOIN person p ON p.id = ls.author_id
                                  WHERE ls.film_id = f.id)
            ) AS text) FROM film f WHERE f.id = ?1""";

    /**
     * A film's page without its related films and the reader's save buttons, in one query.
     *
     * @param reader the reader's language, for the title of the film
     * @param asked  a theme's slug the page's address names ({@code ?more=}), read with the film; or null
     */
    public Optional<FilmPage> film(long id, Locale reader, String asked) {
        @SuppressWarnings("unchecked")
        List<String> found = em.createNativeQuery(FILM_SHEET).setParameter(1, id).setParameter(2, asked == null ? "" : asked)
                .getResultList();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        FilmSheet sheet;
        try {
            sheet = JSON.readValue(found.get(0), FilmSheet.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Film " + id + ": unreadable page data", e);
        }
        return Optional.of(sheet.page(reader, ratingsConfig.averageFloor()));
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
        return Row.list(em, """
                        SELECT f.id, f.title, string_agg(c.year || ' on ''' || l.title || '''', ', ' ORDER BY c.year, l.title) AS claims
                        FROM film f JOIN film_year_claim c ON c.film_id = f.id JOIN curated_list l ON l.id = c.list_id
                        GROUP BY f.id, f.title HAVING count(DISTINCT c.year) > 1 ORDER BY f.title""").stream()
                .map(r -> new YearConflict(r.longValue("id"), r.string("title"), r.string("claims"))).toList();
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
