-- Foundation of the catalogue. Text search extensions are needed by the search (trusted
-- extensions since PostgreSQL 13: a database owner may create them).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS unaccent;

-- One row per film, however many lists and datasets name it.
CREATE SEQUENCE film_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE film (
    id         bigint PRIMARY KEY,
    title      text        NOT NULL CHECK (length(btrim(title)) > 0),
    year       integer     CHECK (year BETWEEN 1890 AND 2100),
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX film_created_at_idx ON film (created_at DESC);
