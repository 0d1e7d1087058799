-- Every plain view, as it is now, in one place (a repeatable migration: Flyway runs it again after the versioned
-- ones whenever this file changes). Change a view here, never in a new versioned migration; keep its columns, or
-- DROP it here first (and whatever reads it). The versioned migrations that first created these (V5, V7, V8, V9,
-- V17, V20) are released and stay as they are. film_browse is a materialized view, refreshed by the app: V22.

-- Baskets of films saved together, as the similarity module reads them: a dataset user's films, a watchlist's
-- films (not those copied from a curated list with "Save this list", which are the list itself).
CREATE OR REPLACE VIEW film_basket (basket, film_id) AS
    SELECT source || ':' || basket, film_id FROM behaviour_signal
    UNION ALL
    SELECT 'watchlist:' || watchlist_id::text, film_id FROM watchlist_entry WHERE copied_from_list IS NULL;

-- What datasets say about a film: its people by role, studios, genres and tags.
CREATE OR REPLACE VIEW film_credit_attribute (film_id, kind, value, label) AS
    SELECT fp.film_id, fp.role, 'person:' || p.id, p.name
    FROM film_person fp JOIN person p ON p.id = fp.person_id
    UNION ALL
    SELECT fs.film_id, 'studio'::text, 'studio:' || s.id, s.name
    FROM film_studio fs JOIN studio s ON s.id = fs.studio_id
    UNION ALL
    SELECT film_id, 'genre'::text, genre, min(label)
    FROM film_genre GROUP BY film_id, genre
    UNION ALL
    SELECT film_id, 'tag'::text, lower(tag), min(tag)
    FROM film_tag GROUP BY film_id, lower(tag);

-- The similarity module's view of a film's attributes: the credits above and the authors of the works it is based on.
CREATE OR REPLACE VIEW film_attribute (film_id, kind, value, label) AS
    SELECT film_id, kind, value, label FROM film_credit_attribute
    UNION ALL
    SELECT DISTINCT ls.film_id, 'author'::text, 'person:' || p.id, p.name
    FROM film_literary_source ls JOIN person p ON p.id = ls.author_id;

-- Conflicting claims about a film, naming their sources as a reader knows them: the dataset's name, the list's title.
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
