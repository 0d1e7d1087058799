-- Full credits (issue 15, items 4 and 5): cinematographers and composers beside directors, screenwriters and cast;
-- YouTube ids beside the IMDb, TMDb and Wikidata ones; and the literary works films are based on.

ALTER TABLE film_person DROP CONSTRAINT film_person_role_check;
ALTER TABLE film_person ADD CONSTRAINT film_person_role_check
    CHECK (role IN ('director', 'screenwriter', 'cinematographer', 'composer', 'cast'));

-- a YouTube video id is 11 characters of [A-Za-z0-9_-]; anything else is refused by the importer before it gets here
ALTER TABLE film_external_id DROP CONSTRAINT film_external_id_kind_check;
ALTER TABLE film_external_id ADD CONSTRAINT film_external_id_kind_check
    CHECK (kind IN ('wikidata', 'imdb', 'tmdb', 'youtube')
           AND (kind <> 'youtube' OR value ~ '^[A-Za-z0-9_-]{11}$'));

-- A literary work a film is based on, as a dataset links them: one row per author of the work (authors are people,
-- the same rows as a film's cast and crew: a writer may also have written the screenplay or directed), or one row
-- with no author when the dataset names none. work_key is the dataset's id of the link; a merge of two films moves
-- these rows with the film like every other row about it.
CREATE TABLE film_literary_source (
    film_id         bigint  NOT NULL REFERENCES film (id) ON DELETE CASCADE,
    source          text    NOT NULL,
    work_key        text    NOT NULL CHECK (length(work_key) BETWEEN 1 AND 200),
    author_position integer NOT NULL CHECK (author_position >= 0),
    author_id       bigint  REFERENCES person (id) ON DELETE CASCADE,
    title           text    NOT NULL CHECK (length(btrim(title)) BETWEEN 1 AND 500),
    title_original  text    CHECK (length(title_original) <= 500),
    year            integer,
    position        integer NOT NULL,
    PRIMARY KEY (film_id, source, work_key, author_position)
);
CREATE INDEX film_literary_source_author_idx ON film_literary_source (author_id);

-- The similarity module's view (same columns as in V5 and V8) with the authors of the works films are based on: the
-- view of V8 under a name of its own, and these added to it.
ALTER VIEW film_attribute RENAME TO film_credit_attribute;
CREATE VIEW film_attribute (film_id, kind, value, label) AS
    SELECT film_id, kind, value, label FROM film_credit_attribute
    UNION ALL
    SELECT DISTINCT ls.film_id, 'author'::text, 'person:' || p.id, p.name
    FROM film_literary_source ls JOIN person p ON p.id = ls.author_id;
