-- Search over every title a film has and over what the curated lists say of it.
--
-- Titles are searched through a Latin key that the database derives from each title itself
-- (a stored generated column, so ingestion needs no change): Cyrillic romanised like
-- TitleMatcher.normalize (BGN/PCGN), accents dropped, lower case, punctuation as single spaces,
-- leading English article dropped. The application compares TitleMatcher.normalize(query) with it
-- by trigram similarity, so "Letyat zhuravli", "Летят журавли" and "Cranes are fyling" meet the
-- titles they mean whichever script either side is written in. The key is ASCII on purpose: pg_trgm
-- and lower() ignore Cyrillic letters in a database created with the C locale.
--
-- Every function here is IMMUTABLE (a generated column needs it) and locale-independent; changing
-- one later means recomputing the columns in a new migration.

-- unaccent() is only STABLE (it reads its dictionary by name); with the dictionary given explicitly
-- the result cannot change, so the wrapper may be declared IMMUTABLE.
CREATE FUNCTION public.f_unaccent(text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$;

-- Lower-cases Cyrillic whatever the database's locale (lower() does not in the C locale); ё is е.
CREATE FUNCTION public.f_lower_cyrillic(text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$ SELECT translate($1, 'АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯёІЇЄҐЎ',
                           'абвгдеежзийклмнопрстуфхцчшщъыьэюяеіїєґў') $$;

-- Russian to Latin as ICU's Russian-Latin/BGN does it once TitleMatcher has deleted the marks for
-- soft and hard signs: е is "ye" at the start of a word and after a vowel, ъ or ь. Ukrainian and
-- Belarusian letters go the way ICU's Any-Latin and Latin-ASCII take them there.
CREATE FUNCTION public.f_translit_ru(text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$ SELECT translate(
        replace(replace(replace(replace(replace(replace(replace(replace(
            regexp_replace(public.f_lower_cyrillic($1), '(?<![бвгджзйклмнпрстфхцчшщ])е', 'ye', 'g'),
            'ж', 'zh'), 'х', 'kh'), 'ц', 'ts'), 'ч', 'ch'), 'щ', 'shch'), 'ш', 'sh'), 'ю', 'yu'), 'я', 'ya'),
        'абвгдезийклмнопрстуфыэіїєґўъь',
        'abvgdeziyklmnoprstufyeiiegu') $$;

-- The search key of a title: what TitleMatcher.normalize gives for Russian, Ukrainian and Latin-script
-- titles (tested on a list of titles). Letters of other scripts, which ICU romanises there, are dropped
-- here: such a title is found by its full-text words only.
CREATE FUNCTION public.f_search_key(title text) RETURNS text
    LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
AS $$
DECLARE
    k text := lower(public.f_unaccent(public.f_translit_ru(title)));
BEGIN
    -- apostrophes and primes join the letters around them: "sud'by" = "sudby"
    k := regexp_replace(k, '[''`´·ʹʺʻʼʽˈ‘’‛′″‧­]', '', 'g');
    -- MovieLens writes the article last: "Cranes Are Flying, The"
    k := regexp_replace(k, ',\s*(the|an?)\s*(?=$|[(\[/])', '', 'g');
    -- dotted acronyms: "U.S.S.R." = "USSR"
    k := regexp_replace(k, '\m([a-z])\.(?=[a-z]\M)', '\1', 'g');
    k := replace(k, '&', ' and ');
    k := btrim(regexp_replace(k, '[^a-z0-9]+', ' ', 'g'));
    -- leading articles, as long as a word remains
    RETURN regexp_replace(k, '^((the|an?) )+', '');
END
$$;

ALTER TABLE film_title
    ADD COLUMN search_key text GENERATED ALWAYS AS (public.f_search_key(title)) STORED,
    -- words of the key (any script, romanised) and Russian stems of the title as written
    ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('simple'::regconfig, public.f_search_key(title)), 'A')
        || setweight(to_tsvector('russian'::regconfig, public.f_lower_cyrillic(title)), 'B')) STORED;

CREATE INDEX film_title_search_key_trgm_idx ON film_title USING gin (search_key gin_trgm_ops);
CREATE INDEX film_title_search_vector_idx ON film_title USING gin (search_vector);

-- Descriptions weigh more than facts; both are English as the curators write them.
ALTER TABLE list_entry
    ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('english'::regconfig, coalesce(description, '')), 'A')
        || setweight(to_tsvector('english'::regconfig, coalesce(fact, '')), 'B')) STORED;

CREATE INDEX list_entry_search_vector_idx ON list_entry USING gin (search_vector);
