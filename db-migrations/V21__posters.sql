-- The poster a film is shown with: a path on an image host (TMDb's "poster_tmdb_path", e.g. /abc123.jpg),
-- chosen from the sources' claims (film_claim field 'poster_tmdb_path') when a film is consolidated. Only the
-- shape below is ever stored: the page puts it after a configured base address, never anything else.
ALTER TABLE film ADD COLUMN poster_path text
    CHECK (poster_path ~ '^/[A-Za-z0-9]{1,64}\.(jpg|jpeg|png|webp)$');
