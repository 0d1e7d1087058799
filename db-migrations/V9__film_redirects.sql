-- When two films turn out to be one (a dataset record links them), the film merged away keeps answering:
-- its address redirects to the film it became, so bookmarks and shared links survive the merge.
CREATE TABLE film_redirect (
    old_id     bigint PRIMARY KEY,
    film_id    bigint NOT NULL REFERENCES film (id) ON DELETE CASCADE,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX film_redirect_film_idx ON film_redirect (film_id);

-- Conflicting claims name their sources as a reader knows them: the dataset's name, the list's title.
CREATE OR REPLACE VIEW film_claim_conflict (film_id, field, claims) AS
    WITH claims AS (
        SELECT film_id, field,
               CASE source WHEN 'sbc' THEN 'Soviet Bloc Cinema Data' WHEN 'movielens' THEN 'MovieLens' ELSE source END AS source,
               string_agg(value, ', ' ORDER BY value) AS vals
        FROM film_claim
        WHERE field IN ('year', 'runtime_min', 'director', 'screenwriter', 'imdb', 'wikidata', 'tmdb', 'censorship')
        GROUP BY film_id, field, source
        UNION ALL
        SELECT c.film_id, 'year', '“' || l.title || '”', c.year::text FROM film_year_claim c JOIN curated_list l ON l.id = c.list_id
    )
    SELECT film_id, field, string_agg(vals || ' (' || source || ')', '; ' ORDER BY source)
    FROM claims GROUP BY film_id, field HAVING count(DISTINCT vals) > 1;
