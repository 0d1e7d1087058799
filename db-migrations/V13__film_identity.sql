-- One film per film: titles know their language, merges are recorded (enough to undo them), and pairs a
-- curator said are two films are remembered so that nothing proposes or merges them again.

-- The language of a title where a source says it ('ru', 'en'); null when unknown.
ALTER TABLE film_title ADD COLUMN language text CHECK (language IS NULL OR language ~ '^[a-z]{2,3}$');

-- Every merge of two films: who, when, why, what moved, and a snapshot of every row that referred to
-- either film before (jsonb by table), from which the merge is undone. No foreign key to film: the record
-- outlives the film merged away (and, after an undo, the merge).
CREATE SEQUENCE film_merge_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE film_merge (
    id          bigint PRIMARY KEY,
    kept_id     bigint  NOT NULL,
    gone_id     bigint  NOT NULL CHECK (gone_id <> kept_id),
    kept_title  text    NOT NULL,
    kept_year   integer,
    gone_title  text    NOT NULL,
    gone_year   integer,
    actor       text    NOT NULL,
    origin      text    NOT NULL,
    automatic   boolean NOT NULL DEFAULT false,
    reason      text    NOT NULL CHECK (length(reason) <= 2000),
    moved       jsonb   NOT NULL DEFAULT '{}',
    snapshot    jsonb   NOT NULL DEFAULT '{}',
    created_at  timestamptz NOT NULL DEFAULT now(),
    undone_at   timestamptz,
    undone_by   text
);
CREATE INDEX film_merge_created_idx ON film_merge (created_at DESC, id DESC);
CREATE INDEX film_merge_gone_idx ON film_merge (gone_id);

-- "Not the same film": never proposed as duplicates, never merged automatically. film_a < film_b.
CREATE TABLE film_distinct (
    film_a     bigint NOT NULL,
    film_b     bigint NOT NULL CHECK (film_a < film_b),
    actor      text   NOT NULL,
    reason     text   CHECK (reason IS NULL OR length(reason) <= 2000),
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (film_a, film_b)
);
CREATE INDEX film_distinct_b_idx ON film_distinct (film_b);
