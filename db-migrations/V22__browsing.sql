-- Browsing the catalogue: every rating an open dataset gives a film (behaviour_signal keeps only the liked ones,
-- an average needs them all), and one row per film of what the film list sorts and buckets by, materialised.

-- One rating per dataset rater and film (MovieLens: userId), stars 0.5-5; re-importing rewrites the same row.
CREATE TABLE dataset_rating (
    source  text   NOT NULL CHECK (length(source) > 0),
    rater   text   NOT NULL CHECK (length(rater) > 0),
    film_id bigint NOT NULL REFERENCES film (id) ON DELETE CASCADE,
    stars   real   NOT NULL CHECK (stars > 0 AND stars <= 5),
    PRIMARY KEY (source, rater, film_id)
);
CREATE INDEX dataset_rating_film_idx ON dataset_rating (film_id);

-- What the film list sorts by, refreshed (CONCURRENTLY, by catalog/BrowseScores) when the catalogue version changes.
-- popularity: people here who saved the film (their own choice, not a copied curated list), curated lists that hold it, and the number of dataset
--   ratings, on a log scale so a dataset's crowd does not drown the readers here. Personal ratings join it later as
--   one more term (drop and create the view in that migration with the same columns).
-- rating_rank: the average pulled towards the catalogue's mean by 10 phantom votes (a single 5 does not lead).
CREATE MATERIALIZED VIEW film_browse AS
    WITH saves AS (SELECT e.film_id, count(DISTINCT w.owner_id) AS n FROM watchlist_entry e
                  JOIN watchlist w ON w.id = e.watchlist_id WHERE e.copied_from_list IS NULL GROUP BY e.film_id),
         lists AS (SELECT film_id, count(DISTINCT list_id) AS n FROM list_entry WHERE film_id IS NOT NULL GROUP BY film_id),
         ratings AS (SELECT film_id, count(*) AS n, avg(stars) AS mean FROM dataset_rating GROUP BY film_id),
         overall AS (SELECT COALESCE(avg(stars), 3.5) AS mean FROM dataset_rating),
         runtimes AS (SELECT film_id, min(value::integer) AS minutes FROM film_claim
                      WHERE field = 'runtime_min' AND value ~ '^[0-9]{1,4}$' GROUP BY film_id)
    SELECT f.id AS film_id,
           COALESCE(s.n, 0)::integer AS saves,
           COALESCE(r.n, 0)::integer AS rating_count,
           r.mean::real AS rating_mean,
           CASE WHEN r.n IS NULL THEN NULL
                ELSE ((r.mean * r.n + o.mean * 10) / (r.n + 10))::real END AS rating_rank,
           (3 * COALESCE(s.n, 0) + 2 * COALESCE(l.n, 0) + ln(1 + COALESCE(r.n, 0)))::real AS popularity,
           rt.minutes AS runtime_min
    FROM film f
    CROSS JOIN overall o
    LEFT JOIN saves s ON s.film_id = f.id
    LEFT JOIN lists l ON l.film_id = f.id
    LEFT JOIN ratings r ON r.film_id = f.id
    LEFT JOIN runtimes rt ON rt.film_id = f.id;
CREATE UNIQUE INDEX film_browse_film_idx ON film_browse (film_id);

-- The facets' lookups by film (film_claim's key starts with film_id; these did not have one).
CREATE INDEX film_genre_genre_idx ON film_genre (genre, film_id);
CREATE INDEX film_person_director_idx ON film_person (person_id, film_id) WHERE role = 'director';
