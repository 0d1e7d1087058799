-- When two films turn out to be one (a dataset record links them), the film merged away keeps answering:
-- its address redirects to the film it became, so bookmarks and shared links survive the merge.
CREATE TABLE film_redirect (
    old_id     bigint PRIMARY KEY,
    film_id    bigint NOT NULL REFERENCES film (id) ON DELETE CASCADE,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX film_redirect_film_idx ON film_redirect (film_id);
