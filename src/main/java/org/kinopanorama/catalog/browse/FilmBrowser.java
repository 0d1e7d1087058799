package org.kinopanorama.catalog.browse;

import org.kinopanorama.catalog.CatalogConfig;
import org.kinopanorama.catalog.PosterColumns;
import org.kinopanorama.catalog.RatingsConfig;
import org.kinopanorama.catalog.Theme;
import org.kinopanorama.catalog.LocalizedTitles;
import org.kinopanorama.catalog.search.SearchResults;
import org.kinopanorama.catalog.search.SearchService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import org.kinopanorama.database.Row;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static jakarta.transaction.Transactional.TxType.SUPPORTS;

/**
 * The film list with combinable filters: themes (all of / any of / none of), and one value each of decade, curated
 * list, genre, country, director, studio, topic, runtime, and "no animation". Each facet says how many films a click
 * would give (counted without the facet's own value, so its other values stay reachable); director, studio and topic
 * show their {@link #TOP} largest values, the chosen one always among them. Sorted by popularity, dataset rating, year
 * or title ({@link BrowseScores}). A film carries a theme when its combined weight reaches
 * {@code kinopanorama.catalog.theme-threshold}, so a negated mention does not make it a film of that theme.
 * The counts (total and facets) are kept per filter until the catalogue changes ({@link FacetCounts}): a page
 * of a filter counted before costs two queries, its films and their themes.
 */
@ApplicationScoped
@Transactional(SUPPORTS)
public class FilmBrowser {

    @Inject
    EntityManager em;

    @Inject
    CatalogConfig config;

    @Inject
    FacetCounts facetCounts;

    @Inject
    BrowseScores scores;

    @Inject
    SearchService search;

    @Inject
    RatingsConfig ratings;

    /** Values shown of the facets that have many (directors, studios, topics). */
    static final int TOP = 12;

    /** Leading punctuation, spaces and quotes a title's sort key leaves out ("...тот станет всем", «Бег»). */
    static final String LEADING_PUNCTUATION = "'^[[:punct:][:space:]«»„“”‘’…—–―·•№]+'";

    /**
     * The film list's page: its films and every facet's counts.
     *
     * @param reader the reader's language: films are shown, and sorted, under their titles in it
     */
    public FilmListPage browse(FilmFilter filter, Locale reader) {
        return page(filter, reader, true);
    }

    /**
     * A page of films and how many match, without the facets' counts (a dozen queries that only the film list shows):
     * for the API and the home page's popular films.
     */
    public FilmListPage films(FilmFilter filter, Locale reader) {
        return page(filter, reader, false);
    }

    private FilmListPage page(FilmFilter filter, Locale reader, boolean facets) {
        scores.ensureFresh();
        Where base = where(filter, true);
        FacetCounts.Counts counts = facets ? facetCounts.of(filter, () -> count(filter, base)) : FacetCounts.Counts.totalOnly(total(base));

        LocalizedTitles titles = LocalizedTitles.forReader(reader);
        String title = titles.title("f");
        String titleKey = "lower(regexp_replace(regexp_replace(" + title + ", " + LEADING_PUNCTUATION + ", ''), '^(The|A|An) ', ''))";
        String order = switch (filter.effectiveSort()) {
            case POPULARITY -> "b.popularity DESC NULLS LAST, b.rating_rank DESC NULLS LAST, " + titleKey + ", f.id";
            case RATING -> "b.rating_rank DESC NULLS LAST, b.popularity DESC NULLS LAST, " + titleKey + ", f.id";
            case YEAR -> "f.year NULLS LAST, " + titleKey + ", f.id";
            case RELEVANCE -> "relevance DESC, b.popularity DESC NULLS LAST, " + titleKey + ", f.id";
            case TITLE -> titleKey + ", f.year, f.id";
        };
        Set<String> chosen = new java.util.HashSet<>(filter.all());
        chosen.addAll(filter.any());
        List<Row> rows = Row.list(rows(("""
                        SELECT f.id, %s AS title, f.year, f.year_end,
                               COALESCE((SELECT sum(ft.weight) FROM film_theme ft JOIN theme t ON t.id = ft.theme_id
                                         WHERE ft.film_id = f.id AND t.slug = ANY(:chosen)), 0) AS relevance, %s,
                               b.rating_mean, b.rating_count
                        FROM film f LEFT JOIN film_browse b ON b.film_id = f.id %s WHERE""".formatted(title, PosterColumns.of("f"), titles.join("f"))
                        + " " + base.sql + " ORDER BY " + order + " LIMIT :limit OFFSET :offset"), base)
                .setParameter("chosen", chosen.toArray(String[]::new))
                .setParameter("limit", filter.pageSize())
                .setParameter("offset", filter.offset()));
        List<FilmListPage.Card> cards = rows.stream().map(r -> new FilmListPage.Card(r.longValue("id"), r.string("title"),
                r.intOrNull("year"), r.intOrNull("year_end"), shownMean(r.doubleOrNull("rating_mean"), r.intOrNull("rating_count")),
                r.intOrNull("rating_count") == null ? 0 : r.intValue("rating_count"), r.string("poster_path"), r.string("director")))
                .toList();
        attachThemes(cards);

        return new FilmListPage(filter, counts.total(), cards, counts);
    }

    /** A card's average rating, from the floor of ratings on ("★ 5.0" from one rating told nothing); else none. */
    private Double shownMean(Double mean, Integer count) {
        if (mean == null || count == null || count < Math.max(1, ratings.averageFloor())) {
            return null;
        }
        return mean;
    }

    /** The most popular films, for the home page (the film list's first films, with its counts kept alike). */
    public List<FilmListPage.Card> popular(int count, Locale reader) {
        return films(FilmFilter.parse(List.of(), count), reader).films();
    }

    /**
     * The director or studio a reader typed into a facet's search box: the best match of the name search that has
     * directed a film (any studio's name match will do), or empty.
     *
     * @param facet "director" or "studio"
     */
    public java.util.Optional<Long> named(String facet, String name) {
        if (name == null || name.isBlank() || name.length() > 200) {
            return java.util.Optional.empty();
        }
        if (facet.equals("studio")) {
            return search.names(name, "studio", "film_studio", "studio_id").stream().map(SearchResults.NameHit::id).findFirst();
        }
        for (SearchResults.NameHit hit : search.names(name, "person", "film_person", "person_id")) {
            if (!em.createNativeQuery("SELECT 1 FROM film_person WHERE person_id = :id AND role = 'director' LIMIT 1")
                    .setParameter("id", hit.id()).getResultList().isEmpty()) {
                return java.util.Optional.of(hit.id());
            }
        }
        return java.util.Optional.empty();
    }

    private long total(Where base) {
        return ((Number) query(("SELECT count(*) FROM film f WHERE " + base.sql), base).getSingleResult()).longValue();
    }

    private FacetCounts.Counts count(FilmFilter filter, Where base) {
        long total = total(base);
        return new FacetCounts.Counts(total, themeFacets(filter, total), decadeFacets(filter), listFacets(filter),
                facet(filter, "genre", "g.film_id", """
                        SELECT g.genre AS value, min(g.label) AS label, NULL AS original_label, count(DISTINCT g.film_id) AS films FROM film_genre g
                        WHERE %s GROUP BY g.genre ORDER BY 4 DESC, 1 LIMIT 40"""),
                facet(filter, "country", "c.film_id", """
                        SELECT c.value AS value, c.value AS label, NULL AS original_label, count(DISTINCT c.film_id) AS films FROM film_claim c
                        WHERE c.field = 'country' AND %s GROUP BY c.value ORDER BY 4 DESC, 1 LIMIT 40"""),
                // counted before the names are joined (a film has a director, studio or topic once: count(*))
                facet(filter, "director", "fp.film_id", """
                        SELECT p.id::text AS value, p.name AS label, p.name_original AS original_label, n.films FROM (
                          SELECT fp.person_id, count(*) AS films FROM film_person fp
                          WHERE fp.role = 'director' AND %s GROUP BY fp.person_id) n
                        JOIN person p ON p.id = n.person_id
                        ORDER BY p.id::text = :mine DESC, 4 DESC, 2 LIMIT :top"""),
                facet(filter, "studio", "fs.film_id", """
                        SELECT s.id::text AS value, s.name AS label, s.name_original AS original_label, n.films FROM (
                          SELECT fs.studio_id, count(*) AS films FROM film_studio fs WHERE %s GROUP BY fs.studio_id) n
                        JOIN studio s ON s.id = n.studio_id
                        ORDER BY s.id::text = :mine DESC, 4 DESC, 2 LIMIT :top"""),
                facet(filter, "topic", "ft.film_id", """
                        SELECT t.slug AS value, t.name AS label, NULL AS original_label, n.films FROM (
                          SELECT ft.topic_id, count(*) AS films FROM film_topic ft WHERE %s GROUP BY ft.topic_id) n
                        JOIN topic t ON t.id = n.topic_id
                        ORDER BY t.slug = :mine DESC, 4 DESC, 2 LIMIT :top"""),
                runtimeFacets(filter), animated(filter));
    }

    private static final java.util.regex.Pattern NAMED_MINE = java.util.regex.Pattern.compile(":mine(?![A-Za-z0-9_])");
    private static final java.util.regex.Pattern NAMED_TOP = java.util.regex.Pattern.compile(":top(?![A-Za-z0-9_])");

    /**
     * The values of one facet with the films each gives, counted among the films of the filter without that facet.
     *
     * @param filmColumn the column of {@code sql} that holds a film's id
     * @param sql {@code value, label, original_label, films} (a count); {@code %s} is the condition on the films, {@code :mine} the chosen value
     */
    private List<FilmListPage.Facet> facet(FilmFilter filter, String name, String filmColumn, String sql) {
        Where others = where(filter.without(name), true);
        String full = sql.formatted(others.among(filmColumn));
        Query q = rows(full, others);
        // whole parameter names: ":top" is also the start of the filter's own ":topic"
        if (NAMED_MINE.matcher(full).find()) {
            q.setParameter("mine", filter.chosen(name) == null ? "" : filter.chosen(name));
        }
        if (NAMED_TOP.matcher(full).find()) {
            q.setParameter("top", TOP);
        }
        return Row.list(q).stream().map(r -> new FilmListPage.Facet(r.string("value"), r.string("label"),
                r.string("original_label"), r.longValue("films"))).toList();
    }

    private List<FilmListPage.Facet> runtimeFacets(FilmFilter filter) {
        Where others = where(filter.without("runtime"), true);
        StringBuilder buckets = new StringBuilder("CASE");
        for (FilmFilter.Runtime r : FilmFilter.Runtime.values()) {
            buckets.append(" WHEN b.runtime_min BETWEEN ").append(r.from).append(" AND ").append(r.to)
                    .append(" THEN '").append(r.param()).append("'");
        }
        buckets.append(" END");
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query("SELECT " + buckets + ", count(*) FROM film f JOIN film_browse b ON b.film_id = f.id WHERE "
                + others.sql + " AND b.runtime_min IS NOT NULL GROUP BY 1", others).getResultList();
        Map<String, Long> byBucket = new HashMap<>();
        rows.forEach(r -> byBucket.put((String) r[0], ((Number) r[1]).longValue()));
        return java.util.Arrays.stream(FilmFilter.Runtime.values()).filter(r -> byBucket.containsKey(r.param()))
                .map(r -> new FilmListPage.Facet(r.param(), r.param(), null, byBucket.get(r.param()))).toList();
    }

    /** How many of the films the filter gives without its "no animation" are animated. */
    private long animated(FilmFilter filter) {
        Where others = where(filter.without("animation"), true);
        return ((Number) query("SELECT count(*) FROM film f WHERE " + others.sql
                + " AND EXISTS (SELECT 1 FROM film_genre g WHERE g.film_id = f.id AND g.genre = 'animation')", others)
                .getSingleResult()).longValue();
    }

    /** The conditions of the filter; without {@code any} when counting what an any-of click would give. */
    private Where where(FilmFilter filter, boolean withAny) {
        StringBuilder sql = new StringBuilder(EVERY_FILM);
        Map<String, Object> params = new HashMap<>();
        params.put("threshold", config.themeThreshold());
        if (!filter.all().isEmpty()) {
            // one pass over the themes' index entries, not a count per film (which grows with the catalogue)
            sql.append(" AND f.id IN (SELECT ft.film_id FROM film_theme ft JOIN theme t ON t.id = ft.theme_id"
                    + " WHERE ft.weight >= :threshold AND t.slug = ANY(:all) GROUP BY ft.film_id HAVING count(*) = :allCount)");
            params.put("all", filter.all().toArray(String[]::new));
            params.put("allCount", filter.all().size());
        }
        if (withAny && !filter.any().isEmpty()) {
            sql.append(" AND EXISTS (SELECT 1 FROM film_theme ft JOIN theme t ON t.id = ft.theme_id"
                    + " WHERE ft.film_id = f.id AND ft.weight >= :threshold AND t.slug = ANY(:any))");
            params.put("any", filter.any().toArray(String[]::new));
        }
        if (!filter.none().isEmpty()) {
            sql.append(" AND NOT EXISTS (SELECT 1 FROM film_theme ft JOIN theme t ON t.id = ft.theme_id"
                    + " WHERE ft.film_id = f.id AND ft.weight >= :threshold AND t.slug = ANY(:none))");
            params.put("none", filter.none().toArray(String[]::new));
        }
        if (filter.decade() != null) {
            sql.append(" AND f.year BETWEEN :decade AND :decade + 9");
            params.put("decade", filter.decade());
        }
        if (filter.chosen("genre") != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM film_genre g WHERE g.film_id = f.id AND g.genre = :genre)");
            params.put("genre", filter.chosen("genre"));
        }
        if (filter.chosen("country") != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM film_claim c WHERE c.film_id = f.id AND c.field = 'country' AND c.value = :country)");
            params.put("country", filter.chosen("country"));
        }
        if (filter.chosen("director") != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM film_person fp WHERE fp.film_id = f.id AND fp.role = 'director'"
                    + " AND fp.person_id = :director)");
            params.put("director", Long.parseLong(filter.chosen("director")));
        }
        if (filter.chosen("studio") != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM film_studio fs WHERE fs.film_id = f.id AND fs.studio_id = :studio)");
            params.put("studio", Long.parseLong(filter.chosen("studio")));
        }
        if (filter.chosen("topic") != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM film_topic ft JOIN topic t ON t.id = ft.topic_id"
                    + " WHERE ft.film_id = f.id AND t.slug = :topic)");
            params.put("topic", filter.chosen("topic"));
        }
        if (filter.runtime() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM film_browse rb WHERE rb.film_id = f.id"
                    + " AND rb.runtime_min BETWEEN :runtimeFrom AND :runtimeTo)");
            params.put("runtimeFrom", filter.runtime().from);
            params.put("runtimeTo", filter.runtime().to);
        }
        if (filter.chosen("source") != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM dataset_record r WHERE r.film_id = f.id AND r.source = :source)");
            params.put("source", filter.chosen("source"));
        }
        if (filter.excludesAnimation()) {
            sql.append(" AND NOT EXISTS (SELECT 1 FROM film_genre g WHERE g.film_id = f.id AND g.genre = 'animation')");
        }
        if (filter.list() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM list_entry e JOIN curated_list l ON l.id = e.list_id"
                    + " WHERE e.film_id = f.id AND l.slug = :list)");
            params.put("list", filter.list());
        }
        return new Where(sql.toString(), params);
    }

    private record Where(String sql, Map<String, Object> params) {
        /** The condition that a film's id (in {@code column}) is one of these films; no condition when every film is. */
        String among(String column) {
            return sql.equals(EVERY_FILM) ? EVERY_FILM : column + " IN (SELECT f.id FROM film f WHERE " + sql + ")";
        }
    }

    /** The condition of a filter that leaves every film in (the films of a facet's table are all films: foreign keys). */
    private static final String EVERY_FILM = "TRUE";

    /** A native query with the filter's parameters that it uses bound (a name is followed by a non-word character). */
    private Query query(String sql, Where where) {
        return withParameters(em.createNativeQuery(sql), sql, where);
    }

    /** {@link #query}, its rows read by column name ({@link Row}). */
    private Query rows(String sql, Where where) {
        return withParameters(em.createNativeQuery(sql, Tuple.class), sql, where);
    }

    private static Query withParameters(Query query, String sql, Where where) {
        where.params.forEach((name, value) -> {
            if (java.util.regex.Pattern.compile(":" + name + "\\b").matcher(sql).find()) {
                query.setParameter(name, value);
            }
        });
        return query;
    }

    /**
     * For every theme: how many films "include" (all of), "either" (any of) and "exclude" (none of) would give.
     */
    private List<FilmListPage.ThemeFacet> themeFacets(FilmFilter filter, long total) {
        Where base = where(filter, true);
        @SuppressWarnings("unchecked")
        List<Object[]> with = query(("""
                        SELECT t.slug, count(ft.film_id) FROM theme t
                        LEFT JOIN film_theme ft ON ft.theme_id = t.id AND ft.weight >= :threshold
                          AND""" + " " + base.among("ft.film_id") + " GROUP BY t.slug"), base).getResultList();
        Map<String, Long> including = new HashMap<>();
        with.forEach(r -> including.put((String) r[0], ((Number) r[1]).longValue()));

        // any-of: the films without the any-of condition that have one of (current any-of themes + this one)
        Map<String, Long> either = new HashMap<>();
        Where withoutAny = where(filter, false);
        @SuppressWarnings("unchecked")
        List<Object[]> anyRows = query(("""
                        WITH candidates AS (
                          SELECT f.id,
                                 EXISTS (SELECT 1 FROM film_theme ft JOIN theme t ON t.id = ft.theme_id
                                         WHERE ft.film_id = f.id AND ft.weight >= :threshold AND t.slug = ANY(:anyNow)) AS has_any
                          FROM film f WHERE """ + " " + withoutAny.sql + """
                        )
                        SELECT t.slug,
                               (SELECT count(*) FROM candidates WHERE has_any)
                               + count(c.id) FILTER (WHERE NOT c.has_any)
                        FROM theme t
                        LEFT JOIN film_theme ft ON ft.theme_id = t.id AND ft.weight >= :threshold
                        LEFT JOIN candidates c ON c.id = ft.film_id
                        GROUP BY t.slug"""), withoutAny)
                .setParameter("threshold", config.themeThreshold())
                .setParameter("anyNow", filter.any().toArray(String[]::new))
                .getResultList();
        anyRows.forEach(r -> either.put((String) r[0], ((Number) r[1]).longValue()));

        List<FilmListPage.ThemeFacet> facets = new ArrayList<>();
        for (Theme theme : Theme.<Theme>list("order by labelEn")) {
            long in = including.getOrDefault(theme.slug, 0L);
            String state = filter.has("all", theme.slug) ? "all" : filter.has("any", theme.slug) ? "any"
                    : filter.has("none", theme.slug) ? "none" : null;
            facets.add(new FilmListPage.ThemeFacet(theme.slug, theme.labelEn, theme.labelRu, state, in,
                    either.getOrDefault(theme.slug, 0L), total - in));
        }
        facets.sort((a, b) -> Long.compare(b.include(), a.include()));
        return facets;
    }

    private List<FilmListPage.Facet> decadeFacets(FilmFilter filter) {
        Where base = where(filter.without("decade"), true);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query(("SELECT (f.year / 10) * 10 AS decade, count(*) FROM film f WHERE "
                + base.sql + " AND f.year IS NOT NULL GROUP BY 1 ORDER BY 1"), base).getResultList();
        return rows.stream().map(r -> new FilmListPage.Facet(String.valueOf(((Number) r[0]).intValue()),
                ((Number) r[0]).intValue() + "s", null, ((Number) r[1]).longValue())).toList();
    }

    private List<FilmListPage.Facet> listFacets(FilmFilter filter) {
        Where base = where(filter.without("list"), true);
        List<Row> rows = Row.list(rows(("""
                        SELECT l.slug, l.title, count(DISTINCT e.film_id) AS films FROM curated_list l
                        JOIN list_entry e ON e.list_id = l.id
                        WHERE e.film_id IS NOT NULL AND""" + " " + base.among("e.film_id")
                        + " GROUP BY l.slug, l.title ORDER BY l.title"), base));
        return rows.stream().map(r -> new FilmListPage.Facet(r.string("slug"), r.string("title"), null, r.longValue("films"))).toList();
    }

    /** The three strongest themes of each film on the page, in one query. */
    private void attachThemes(List<FilmListPage.Card> cards) {
        if (cards.isEmpty()) {
            return;
        }
        Map<Long, FilmListPage.Card> byId = new LinkedHashMap<>();
        cards.forEach(c -> byId.put(c.id(), c));
        List<Row> rows = Row.list(em.createNativeQuery("""
                        SELECT film_id, slug, label_en, label_ru FROM (
                          SELECT ft.film_id, t.slug, t.label_en, t.label_ru,
                                 row_number() OVER (PARTITION BY ft.film_id ORDER BY ft.weight DESC, t.label_en) AS n
                          FROM film_theme ft JOIN theme t ON t.id = ft.theme_id
                          WHERE ft.film_id = ANY(:ids) AND ft.weight >= :threshold) ranked
                        WHERE n <= 3 ORDER BY film_id, n""", Tuple.class)
                .setParameter("ids", byId.keySet().toArray(Long[]::new))
                .setParameter("threshold", config.themeThreshold()));
        for (Row r : rows) {
            byId.get(r.longValue("film_id")).themes().add(new FilmListPage.ThemeLink(r.string("slug"), r.string("label_en"),
                    r.string("label_ru")));
        }
    }
}
