-- What the similarity module reads and writes, shared with the watchlist and dataset features.

-- Precomputed "If you liked this": the top K neighbours of each film, best first. A film page reads
-- them with one indexed query; the similarity module rewrites a film's rows in one transaction.
CREATE TABLE film_neighbour (
    film_id      bigint   NOT NULL REFERENCES film (id) ON DELETE CASCADE,
    rank         smallint NOT NULL CHECK (rank >= 1),
    neighbour_id bigint   NOT NULL REFERENCES film (id) ON DELETE CASCADE CHECK (neighbour_id <> film_id),
    score        real     NOT NULL CHECK (score > 0 AND score <= 1),
    -- why, largest contribution first: [{"kind": "THEME", "feature": "betrayal", "label": "betrayal",
    -- "contribution": 0.21}, ...]; kinds as in org.kinopanorama.similarity.Explanation.Kind
    reasons      jsonb    NOT NULL DEFAULT '[]',
    PRIMARY KEY (film_id, rank),
    UNIQUE (film_id, neighbour_id)
);
CREATE INDEX film_neighbour_neighbour_idx ON film_neighbour (neighbour_id);

-- When neighbours were last computed and how; one row per rebuild, for the curator's page.
CREATE SEQUENCE similarity_build_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE similarity_build (
    id          bigint PRIMARY KEY,
    scope       text   NOT NULL CHECK (scope IN ('full', 'films', 'behaviour')),
    films       integer NOT NULL DEFAULT 0,
    neighbours  integer NOT NULL DEFAULT 0,
    millis      bigint  NOT NULL DEFAULT 0,
    actor       text   NOT NULL,
    started_at  timestamptz NOT NULL DEFAULT now(),
    finished_at timestamptz
);

-- Anonymous behaviour from open datasets (e.g. MovieLens ratings): a basket is one person's films in
-- that source, under an opaque key that is never shown. Only co-occurrence counts leave the database.
CREATE TABLE behaviour_signal (
    source   text   NOT NULL CHECK (length(source) > 0),
    basket   text   NOT NULL CHECK (length(basket) > 0),
    film_id  bigint NOT NULL REFERENCES film (id) ON DELETE CASCADE,
    strength real   NOT NULL DEFAULT 1 CHECK (strength > 0),
    PRIMARY KEY (source, basket, film_id)
);
CREATE INDEX behaviour_signal_film_idx ON behaviour_signal (film_id);

-- Every basket of films saved together, whatever its origin. Watchlists join it in their own
-- migration (CREATE OR REPLACE VIEW with the same columns).
CREATE VIEW film_basket (basket, film_id) AS
    SELECT source || ':' || basket, film_id FROM behaviour_signal;

-- People and metadata a dataset supplied, as the similarity module sees them: kind is one of
-- director, screenwriter, cast, studio, genre, tag; value is a stable key within the kind (an id),
-- label what a reader is shown. Empty until the dataset importers' migration replaces the view.
CREATE VIEW film_attribute (film_id, kind, value, label) AS
    SELECT NULL::bigint, NULL::text, NULL::text, NULL::text WHERE false;
