-- Curated lists, their entries, every title a film was given, themes and their evidence.

ALTER TABLE film ADD COLUMN year_end integer CHECK (year_end IS NULL OR year_end >= year);
ALTER TABLE film ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now();

-- Themes: a controlled vocabulary, synchronised at start-up from themes/vocabulary.txt (by slug).
CREATE SEQUENCE theme_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE theme (
    id       bigint PRIMARY KEY,
    slug     text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9-]+$'),
    label_en text NOT NULL,
    label_ru text NOT NULL,
    synonyms text[] NOT NULL DEFAULT '{}'
);

-- Every title a film was given, by any source; match keys are the title matcher's normalised forms.
CREATE SEQUENCE film_title_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE film_title (
    id         bigint PRIMARY KEY,
    film_id    bigint NOT NULL REFERENCES film (id) ON DELETE CASCADE,
    title      text   NOT NULL CHECK (length(btrim(title)) > 0),
    source     text   NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (film_id, title)
);
CREATE TABLE film_match_key (
    match_key text   NOT NULL,
    film_id   bigint NOT NULL REFERENCES film (id) ON DELETE CASCADE,
    PRIMARY KEY (match_key, film_id)
);
CREATE INDEX film_match_key_film_idx ON film_match_key (film_id);

CREATE SEQUENCE curated_list_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE curated_list (
    id                  bigint PRIMARY KEY,
    slug                text   NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9-]+$'),
    title               text   NOT NULL CHECK (length(btrim(title)) > 0),
    -- a curator's own title is kept when the document is ingested again
    title_edited        boolean NOT NULL DEFAULT false,
    introduction        text   NOT NULL,
    source_name         text   NOT NULL UNIQUE,
    checksum            text   NOT NULL,
    central_theme_id    bigint REFERENCES theme (id),
    central_theme_words text,
    created_at          timestamptz NOT NULL DEFAULT now(),
    updated_at          timestamptz NOT NULL DEFAULT now()
);

CREATE SEQUENCE list_entry_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE list_entry (
    id                    bigint PRIMARY KEY,
    list_id               bigint  NOT NULL REFERENCES curated_list (id) ON DELETE CASCADE,
    -- negative only inside an ingest's transaction, while entries are being reordered
    position              integer NOT NULL CHECK (position <> 0),
    film_id               bigint  NOT NULL REFERENCES film (id),
    heading               text    NOT NULL,
    year                  integer NOT NULL,
    year_end              integer,
    description           text,
    fact                  text,
    description_truncated boolean NOT NULL DEFAULT false,
    fact_truncated        boolean NOT NULL DEFAULT false,
    line                  integer NOT NULL,
    UNIQUE (list_id, film_id)
);
CREATE UNIQUE INDEX list_entry_position_key ON list_entry (list_id, position);
CREATE INDEX list_entry_film_idx ON list_entry (film_id);

-- What each source says the year is; more than one distinct year is a conflict shown to curators.
CREATE TABLE film_year_claim (
    film_id  bigint  NOT NULL REFERENCES film (id) ON DELETE CASCADE,
    list_id  bigint  NOT NULL REFERENCES curated_list (id) ON DELETE CASCADE,
    year     integer NOT NULL,
    year_end integer,
    PRIMARY KEY (film_id, list_id)
);

-- Why a film carries a theme: which list and entry, which words, negated or not.
CREATE SEQUENCE film_theme_evidence_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE film_theme_evidence (
    id       bigint PRIMARY KEY,
    film_id  bigint NOT NULL REFERENCES film (id) ON DELETE CASCADE,
    theme_id bigint NOT NULL REFERENCES theme (id) ON DELETE CASCADE,
    list_id  bigint NOT NULL REFERENCES curated_list (id) ON DELETE CASCADE,
    entry_id bigint NOT NULL REFERENCES list_entry (id) ON DELETE CASCADE,
    weight   real   NOT NULL CHECK (weight > 0 AND weight <= 1),
    words    text   NOT NULL,
    negated  boolean NOT NULL DEFAULT false,
    origin   text   NOT NULL,
    UNIQUE (entry_id, theme_id)
);
CREATE INDEX film_theme_evidence_film_idx ON film_theme_evidence (film_id);

-- A film's strength on a theme, combined over all its evidence (noisy-or); rebuilt for the films an ingest touches.
CREATE TABLE film_theme (
    film_id  bigint NOT NULL REFERENCES film (id) ON DELETE CASCADE,
    theme_id bigint NOT NULL REFERENCES theme (id) ON DELETE CASCADE,
    weight   real   NOT NULL CHECK (weight > 0 AND weight <= 1),
    PRIMARY KEY (film_id, theme_id)
);
CREATE INDEX film_theme_theme_idx ON film_theme (theme_id, weight DESC);

-- One row per document ingested (or refused at confirmation), for the report page and the audit trail.
CREATE SEQUENCE ingest_run_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE ingest_run (
    id           bigint PRIMARY KEY,
    list_id      bigint REFERENCES curated_list (id) ON DELETE SET NULL,
    source_name  text   NOT NULL,
    checksum     text   NOT NULL,
    actor        text   NOT NULL,
    outcome      text   NOT NULL CHECK (outcome IN ('created', 'updated', 'unchanged')),
    report       text   NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now()
);
