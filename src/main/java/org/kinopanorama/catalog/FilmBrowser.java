package org.kinopanorama.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
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
 * The film list with combinable filters: themes (all of / any of / none of), decade, curated list. Each
 * facet says how many films a click would give. A film carries a theme when its combined weight reaches
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

    /** In English. */
    public FilmListPage browse(FilmFilter filter) {
        return browse(filter, Locale.ENGLISH);
    }

    /** @param reader the reader's language: films are shown, and sorted, under their titles in it */
    public FilmListPage browse(FilmFilter filter, Locale reader) {
        Where base = where(filter, true);
        FacetCounts.Counts counts = facetCounts.of(filter, () -> count(filter, base));

        LocalizedTitles titles = LocalizedTitles.forReader(reader);
        String title = titles.title("f");
        String order = switch (filter.effectiveSort()) {
            case YEAR -> "f.year NULLS LAST, lower(" + title + "), f.id";
            case RELEVANCE -> "relevance DESC, lower(" + title + "), f.id";
            case TITLE -> "lower(regexp_replace(" + title + ", '^(The|A|An) ', '')), f.year, f.id";
        };
        Set<String> chosen = new java.util.HashSet<>(filter.all());
        chosen.addAll(filter.any());
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query(("""
                        SELECT f.id, %s, f.year, f.year_end,
                               COALESCE((SELECT sum(ft.weight) FROM film_theme ft JOIN theme t ON t.id = ft.theme_id
                                         WHERE ft.film_id = f.id AND t.slug = ANY(:chosen)), 0) AS relevance, %s
                        FROM film f %s WHERE""".formatted(title, PosterColumns.of("f"), titles.join("f"))
                        + " " + base.sql + " ORDER BY " + order + " LIMIT :limit OFFSET :offset"), base)
                .setParameter("chosen", chosen.toArray(String[]::new))
                .setParameter("limit", filter.pageSize())
                .setParameter("offset", filter.offset())
                .getResultList();
        List<FilmListPage.Card> cards = rows.stream().map(r -> new FilmListPage.Card(((Number) r[0]).longValue(),
                (String) r[1], r[2] == null ? null : ((Number) r[2]).intValue(),
                r[3] == null ? null : ((Number) r[3]).intValue(), (String) r[5], (String) r[6])).toList();
        attachThemes(cards);

        return new FilmListPage(filter, counts.total(), cards, counts.themes(), counts.decades(), counts.lists());
    }

    private FacetCounts.Counts count(FilmFilter filter, Where base) {
        long total = ((Number) query(("SELECT count(*) FROM film f WHERE " + base.sql), base)
                .getSingleResult()).longValue();
        return new FacetCounts.Counts(total, themeFacets(filter, total), decadeFacets(filter), listFacets(filter));
    }

    /** The conditions of the filter; without {@code any} when counting what an any-of click would give. */
    private Where where(FilmFilter filter, boolean withAny) {
        StringBuilder sql = new StringBuilder("TRUE");
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
        if (filter.list() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM list_entry e JOIN curated_list l ON l.id = e.list_id"
                    + " WHERE e.film_id = f.id AND l.slug = :list)");
            params.put("list", filter.list());
        }
        return new Where(sql.toString(), params);
    }

    private record Where(String sql, Map<String, Object> params) {
    }

    /** A native query with the filter's parameters that it uses bound (a name is followed by a non-word character). */
    private Query query(String sql, Where where) {
        Query query = em.createNativeQuery(sql);
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
                          AND ft.film_id IN (SELECT f.id FROM film f WHERE """ + " " + base.sql + ")"
                        + " GROUP BY t.slug"), base).getResultList();
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
        FilmFilter others = FilmFilter.parse(filter.order().stream().filter(o -> !o.startsWith("decade="))
                .map(FilmBrowser::entry).toList(), filter.pageSize());
        Where base = where(others, true);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query(("SELECT (f.year / 10) * 10 AS decade, count(*) FROM film f WHERE "
                + base.sql + " AND f.year IS NOT NULL GROUP BY 1 ORDER BY 1"), base).getResultList();
        return rows.stream().map(r -> new FilmListPage.Facet(String.valueOf(((Number) r[0]).intValue()),
                ((Number) r[0]).intValue() + "s", ((Number) r[1]).longValue())).toList();
    }

    private List<FilmListPage.Facet> listFacets(FilmFilter filter) {
        FilmFilter others = FilmFilter.parse(filter.order().stream().filter(o -> !o.startsWith("list="))
                .map(FilmBrowser::entry).toList(), filter.pageSize());
        Where base = where(others, true);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query(("""
                        SELECT l.slug, l.title, count(DISTINCT e.film_id) FROM curated_list l
                        JOIN list_entry e ON e.list_id = l.id
                        WHERE e.film_id IN (SELECT f.id FROM film f WHERE """ + " " + base.sql + """
                        ) GROUP BY l.slug, l.title ORDER BY l.title"""), base).getResultList();
        return rows.stream().map(r -> new FilmListPage.Facet((String) r[0], (String) r[1], ((Number) r[2]).longValue()))
                .toList();
    }

    /** The three strongest themes of each film on the page, in one query. */
    private void attachThemes(List<FilmListPage.Card> cards) {
        if (cards.isEmpty()) {
            return;
        }
        Map<Long, FilmListPage.Card> byId = new LinkedHashMap<>();
        cards.forEach(c -> byId.put(c.id(), c));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT film_id, slug, label_en, label_ru FROM (
                          SELECT ft.film_id, t.slug, t.label_en, t.label_ru,
                                 row_number() OVER (PARTITION BY ft.film_id ORDER BY ft.weight DESC, t.label_en) AS n
                          FROM film_theme ft JOIN theme t ON t.id = ft.theme_id
                          WHERE ft.film_id = ANY(:ids) AND ft.weight >= :threshold) ranked
                        WHERE n <= 3 ORDER BY film_id, n""")
                .setParameter("ids", byId.keySet().toArray(Long[]::new))
                .setParameter("threshold", config.themeThreshold())
                .getResultList();
        for (Object[] r : rows) {
            byId.get(((Number) r[0]).longValue()).themes().add(new FilmListPage.ThemeLink((String) r[1], (String) r[2],
                    (String) r[3]));
        }
    }

    private static Map.Entry<String, String> entry(String nameValue) {
        int eq = nameValue.indexOf('=');
        return Map.entry(nameValue.substring(0, eq), nameValue.substring(eq + 1));
    }
}
