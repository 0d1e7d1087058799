package org.kinopanorama.catalog.identity;

/**
 * What every source of a film adds up to, as SQL shared by the curated-list ingest and the dataset
 * importers, so that the order of imports does not matter: the title and year a film is shown under are
 * chosen by a fixed preference (a curated list's, then MovieLens', then Soviet Bloc Cinema's) from what the
 * sources claim, never by which came first; a film's themes combine list evidence and dataset genres that
 * mean a theme. Each statement takes the film ids (a bigint array) as every one of its JDBC parameters: run them with
 * {@link #apply}.
 */
public final class FilmConsolidation {

    private FilmConsolidation() {
    }

    /** Title: the first list title; else an English title (MovieLens first); else the Russian one. Year likewise. */
    public static final String SHOWN_TITLE_AND_YEAR = """
            UPDATE film f SET title = c.title, year = c.year, updated_at = now()
            FROM (
                SELECT f.id,
                    coalesce(
                        (SELECT t.title FROM film_title t WHERE t.film_id = f.id AND t.source LIKE 'list:%'
                         ORDER BY t.created_at, t.id LIMIT 1),
                        (SELECT value FROM film_claim WHERE film_id = f.id AND field = 'title_en'
                         ORDER BY (source = 'movielens') DESC, source, value LIMIT 1),
                        (SELECT value FROM film_claim WHERE film_id = f.id AND field = 'title_ru'
                         ORDER BY source, value LIMIT 1),
                        f.title) AS title,
                    coalesce(
                        (SELECT y.year FROM film_year_claim y WHERE y.film_id = f.id ORDER BY y.list_id LIMIT 1),
                        (SELECT value::int FROM film_claim WHERE film_id = f.id AND field = 'year'
                         ORDER BY (source = 'movielens') DESC, source, value LIMIT 1),
                        f.year) AS year
                FROM film f WHERE f.id = ANY(?)
            ) c
            WHERE c.id = f.id AND (f.title IS DISTINCT FROM c.title OR f.year IS DISTINCT FROM c.year)""";

    /** Poster: the first source's path of the one allowed shape (see {@link PosterPath}); none if no source has one. */
    public static final String SHOWN_POSTER = """
            UPDATE film f SET poster_path = c.poster_path
            FROM (
                SELECT f.id,
                    (SELECT value FROM film_claim WHERE film_id = f.id AND field = 'poster_tmdb_path'
                       AND value ~ '^/[A-Za-z0-9]{1,64}\\.(jpg|jpeg|png|webp)$'
                     ORDER BY source, value LIMIT 1) AS poster_path
                FROM film f WHERE f.id = ANY(?)
            ) c
            WHERE c.id = f.id AND f.poster_path IS DISTINCT FROM c.poster_path""";

    /** Runs the statements for these films on a JDBC connection (inside the caller's transaction). */
    public static void apply(java.sql.Connection c, java.util.Collection<Long> filmIds) throws java.sql.SQLException {
        if (filmIds.isEmpty()) {
            return;
        }
        java.sql.Array ids = c.createArrayOf("bigint", filmIds.toArray());
        for (String sql : new String[] {SHOWN_TITLE_AND_YEAR, SHOWN_POSTER, DELETE_THEMES, INSERT_THEMES}) {
            try (java.sql.PreparedStatement ps = c.prepareStatement(sql)) {
                long n = sql.chars().filter(ch -> ch == '?').count();
                for (int i = 1; i <= n; i++) {
                    ps.setArray(i, ids);
                }
                ps.executeUpdate();
            }
        }
    }

    public static final String DELETE_THEMES = "DELETE FROM film_theme WHERE film_id = ANY(?)";

    /**
     * A film's weight on a theme combines all its evidence, 1 - Π(1 - w): the lists' and, at 0.6 per source,
     * a dataset genre that means the theme ("comedy", "war").
     */
    public static final String INSERT_THEMES = """
            INSERT INTO film_theme (film_id, theme_id, weight)
            SELECT film_id, theme_id, LEAST(1.0, 1.0 - exp(sum(ln(1.0 - LEAST(weight, 0.999)))))
            FROM (
                SELECT film_id, theme_id, weight FROM film_theme_evidence WHERE film_id = ANY(?)
                UNION ALL
                SELECT film_id, theme_id, 0.6::real FROM (
                    SELECT DISTINCT g.film_id, t.id AS theme_id, g.source
                    FROM film_genre g JOIN genre_theme gt ON gt.genre = g.genre JOIN theme t ON t.slug = gt.theme_slug
                    WHERE g.film_id = ANY(?)) genre_evidence
            ) e
            GROUP BY film_id, theme_id""";
}
