-- Search finds people and studios by name in either script, and curators may give a film titles.
--
-- Names are searched through a loose Latin key: the title search key of V4 (BGN/PCGN romanisation as
-- TitleMatcher.normalize gives it), then folded so that the usual English spellings of Russian names
-- meet it: "Tarkovsky", "Tarkovskiy" and «Тарковский» are all "tarkovski"; "Andrei"/"Andrey",
-- "Yuri"/"Yuriy"/"Jurij", "Mikhalkov"/"Mihalkov", "Alexei"/"Aleksey", "Yevgeny"/"Evgeny". NameKey.of in
-- Java gives the same key for a query (tested on the dataset's names). Whatever Latin form a page shows a
-- person under, the key is computed from the names the sources gave, so it finds them.

-- Azerbaijani ə is e (f_search_key would drop it); then x = ks, kh = h, yy = y (BGN writes йе as "yye", V4
-- as "ye"), ye/yo = e, j and y = i, ii.. = i (in that order).
CREATE FUNCTION public.f_loose_key(name text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$ SELECT regexp_replace(
        translate(regexp_replace(regexp_replace(replace(replace(public.f_search_key(translate($1, 'əƏ', 'ee')), 'x', 'ks'), 'kh', 'h'),
                                                'y{2,}', 'y', 'g'), 'y[eo]', 'e', 'g'), 'jy', 'ii'),
        'i{2,}', 'i', 'g') $$;

-- A person's or studio's key: the name, and the original name when it says more (a patronymic, a Latin spelling).
CREATE FUNCTION public.f_name_key(name text, original text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$ SELECT CASE WHEN original IS NULL OR public.f_loose_key(original) = public.f_loose_key(name)
                  THEN public.f_loose_key(name)
                  ELSE public.f_loose_key(name) || ' ' || public.f_loose_key(original) END $$;

ALTER TABLE person
    ADD COLUMN search_key text GENERATED ALWAYS AS (public.f_name_key(name, name_original)) STORED,
    ADD COLUMN search_words tsvector GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, public.f_name_key(name, name_original))) STORED;
CREATE INDEX person_search_key_trgm_idx ON person USING gin (search_key gin_trgm_ops);
CREATE INDEX person_search_words_idx ON person USING gin (search_words);

ALTER TABLE studio
    ADD COLUMN search_key text GENERATED ALWAYS AS (public.f_name_key(name, name_original)) STORED,
    ADD COLUMN search_words tsvector GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, public.f_name_key(name, name_original))) STORED;
CREATE INDEX studio_search_key_trgm_idx ON studio USING gin (search_key gin_trgm_ops);
CREATE INDEX studio_search_words_idx ON studio USING gin (search_words);

-- film_title.language (the language a source or a curator says a title is in) comes from V13.
