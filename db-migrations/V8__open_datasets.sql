-- Open film datasets (Soviet Bloc Cinema Data, MovieLens): people, studios, external ids, what each
-- source claims about a film, dataset topics, genres, tags, and the import runs that bring them in.

-- People and studios: catalogue entities with their own pages. (source, source_key) is the record's
-- id in its dataset (a slug in Soviet Bloc Cinema Data), so re-importing updates the same row.
CREATE SEQUENCE person_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE person (
    id            bigint PRIMARY KEY,
    source        text NOT NULL,
    source_key    text NOT NULL,
    name          text NOT NULL CHECK (length(btrim(name)) > 0),
    name_original text,
    born          text,
    died          text,
    wikidata      text,
    UNIQUE (source, source_key)
);

CREATE SEQUENCE studio_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE studio (
    id            bigint PRIMARY KEY,
    source        text NOT NULL,
    source_key    text NOT NULL,
    name          text NOT NULL CHECK (length(btrim(name)) > 0),
    name_original text,
    country       text,
    wikidata      text,
    UNIQUE (source, source_key)
);

CREATE TABLE film_person (
    film_id   bigint  NOT NULL REFERENCES film (id) ON DELETE CASCADE,
    person_id bigint  NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    role      text    NOT NULL CHECK (role IN ('director', 'screenwriter', 'cast')),
    position  integer NOT NULL,
    source    text    NOT NULL,
    PRIMARY KEY (film_id, person_id, role)
);
CREATE INDEX film_person_person_idx ON film_person (person_id);

CREATE TABLE film_studio (
    film_id   bigint  NOT NULL REFERENCES film (id) ON DELETE CASCADE,
    studio_id bigint  NOT NULL REFERENCES studio (id) ON DELETE CASCADE,
    position  integer NOT NULL,
    source    text    NOT NULL,
    PRIMARY KEY (film_id, studio_id)
);
CREATE INDEX film_studio_studio_idx ON film_studio (studio_id);

-- Identifiers in other catalogues; one film per identifier.
CREATE TABLE film_external_id (
    kind    text   NOT NULL CHECK (kind IN ('wikidata', 'imdb', 'tmdb')),
    value   text   NOT NULL CHECK (length(value) > 0),
    film_id bigint NOT NULL REFERENCES film (id) ON DELETE CASCADE,
    source  text   NOT NULL,
    PRIMARY KEY (kind, value)
);
CREATE INDEX film_external_id_film_idx ON film_external_id (film_id);

-- Which dataset record became which film (source 'sbc' + film slug, 'movielens' + movieId), with the
-- record's checksum: an unchanged record is skipped, a changed one rewrites its source's fields.
CREATE TABLE dataset_record (
    source    text   NOT NULL,
    record_id text   NOT NULL,
    film_id   bigint NOT NULL REFERENCES film (id) ON DELETE CASCADE,
    checksum  text   NOT NULL,
    PRIMARY KEY (source, record_id)
);
CREATE INDEX dataset_record_film_idx ON dataset_record (film_id);

-- What each source says about a film, field by field (title_ru, title_original, title_en, year,
-- country, runtime_min, censorship, director, screenwriter, studio, genre, imdb, wikidata, tmdb).
-- Nothing is overwritten: two sources giving two years are two rows, shown as a conflict.
CREATE TABLE film_claim (
    film_id bigint NOT NULL REFERENCES film (id) ON DELETE CASCADE,
    field   text   NOT NULL,
    value   text   NOT NULL,
    source  text   NOT NULL,
    PRIMARY KEY (film_id, field, source, value)
);

-- A field on which the sources disagree: for each source, the set of values it gives; a conflict
-- when two sources give different sets. Curated lists' years (film_year_claim) take part.
CREATE VIEW film_claim_conflict (film_id, field, claims) AS
    WITH claims AS (
        SELECT film_id, field, source, string_agg(value, ', ' ORDER BY value) AS vals
        FROM film_claim
        WHERE field IN ('year', 'runtime_min', 'director', 'screenwriter', 'imdb', 'wikidata', 'tmdb', 'censorship')
        GROUP BY film_id, field, source
        UNION ALL
        SELECT c.film_id, 'year', 'list:' || l.slug, c.year::text FROM film_year_claim c JOIN curated_list l ON l.id = c.list_id
    )
    SELECT film_id, field, string_agg(vals || ' (' || source || ')', '; ' ORDER BY source)
    FROM claims GROUP BY film_id, field HAVING count(DISTINCT vals) > 1;

-- Genres as each source names them, under a common code ('comedy', 'science_fiction'...).
CREATE TABLE film_genre (
    film_id bigint NOT NULL REFERENCES film (id) ON DELETE CASCADE,
    genre   text   NOT NULL,
    label   text   NOT NULL,
    source  text   NOT NULL,
    PRIMARY KEY (film_id, genre, source)
);

-- A dataset genre that means the same as one of our themes gives the film that theme (joined by slug:
-- themes are synchronised from the vocabulary at start-up).
CREATE TABLE genre_theme (
    genre      text NOT NULL,
    theme_slug text NOT NULL,
    PRIMARY KEY (genre, theme_slug)
);
INSERT INTO genre_theme (genre, theme_slug) VALUES
    ('comedy', 'comedy'), ('tragicomedy', 'comedy'),
    ('war', 'war'),
    ('historical', 'history'),
    ('musical', 'music'), ('concert_film', 'music'),
    ('detective', 'crime'), ('crime', 'crime'), ('noir', 'crime'),
    ('romance', 'love'), ('melodrama', 'love'),
    ('tragedy', 'tragedy');

-- Free-text tags (MovieLens), with how many people applied each.
CREATE TABLE film_tag (
    film_id bigint  NOT NULL REFERENCES film (id) ON DELETE CASCADE,
    tag     text    NOT NULL CHECK (length(btrim(tag)) > 0),
    source  text    NOT NULL,
    uses    integer NOT NULL DEFAULT 1 CHECK (uses > 0),
    PRIMARY KEY (film_id, tag, source)
);

-- A dataset's thematic lists ("Оттепель", "films by Tarkovsky"): lists of their own kind, always shown
-- with their source, filled by the dataset and never by curators.
CREATE SEQUENCE topic_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE topic (
    id          bigint PRIMARY KEY,
    source      text NOT NULL,
    source_key  text NOT NULL,
    slug        text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9-]+$'),
    name        text NOT NULL CHECK (length(btrim(name)) > 0),
    description text,
    UNIQUE (source, source_key)
);
CREATE TABLE film_topic (
    film_id  bigint NOT NULL REFERENCES film (id) ON DELETE CASCADE,
    topic_id bigint NOT NULL REFERENCES topic (id) ON DELETE CASCADE,
    PRIMARY KEY (topic_id, film_id)
);
CREATE INDEX film_topic_film_idx ON film_topic (film_id);

-- One row per dataset import: its state lives here, so that any instance can show, cancel or resume it.
-- cursor: how far it got ("films:1200", "ratings:50000"), committed with each batch.
CREATE SEQUENCE dataset_import_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE dataset_import (
    id               bigint PRIMARY KEY,
    dataset          text    NOT NULL CHECK (dataset IN ('soviet-cinema', 'movielens')),
    location         text    NOT NULL,
    upload           bytea,
    every_film       boolean NOT NULL DEFAULT false,
    status           text    NOT NULL CHECK (status IN ('queued', 'running', 'cancelled', 'failed', 'done')),
    cancel_requested boolean NOT NULL DEFAULT false,
    phase            text    NOT NULL DEFAULT '',
    total            integer NOT NULL DEFAULT 0,
    done             integer NOT NULL DEFAULT 0,
    films_created    integer NOT NULL DEFAULT 0,
    films_matched    integer NOT NULL DEFAULT 0,
    films_unchanged  integer NOT NULL DEFAULT 0,
    films_merged     integer NOT NULL DEFAULT 0,
    not_in_catalogue integer NOT NULL DEFAULT 0,
    skipped          integer NOT NULL DEFAULT 0,
    signals          integer NOT NULL DEFAULT 0,
    cursor           text    NOT NULL DEFAULT '',
    error            text,
    actor            text    NOT NULL,
    created_at       timestamptz NOT NULL DEFAULT now(),
    started_at       timestamptz,
    heartbeat_at     timestamptz,
    finished_at      timestamptz,
    elapsed_millis   bigint  NOT NULL DEFAULT 0
);

CREATE SEQUENCE dataset_import_log_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE dataset_import_log (
    id        bigint PRIMARY KEY,
    import_id bigint NOT NULL REFERENCES dataset_import (id) ON DELETE CASCADE,
    level     text   NOT NULL CHECK (level IN ('info', 'skipped', 'warning', 'error')),
    file      text,
    message   text   NOT NULL,
    at        timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX dataset_import_log_import_idx ON dataset_import_log (import_id, id);

-- The similarity module's view of what datasets say about a film (same columns as in V5).
CREATE OR REPLACE VIEW film_attribute (film_id, kind, value, label) AS
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
