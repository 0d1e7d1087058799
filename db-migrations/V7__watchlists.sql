-- Watchlists: what a signed-in person keeps. Every person has one default "Watchlist" and may keep more.

CREATE SEQUENCE watchlist_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE watchlist (
    id           bigint  PRIMARY KEY,
    owner_id     bigint  NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    name         text    NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 100),
    description  text    CHECK (description IS NULL OR length(description) <= 2000),
    is_default   boolean NOT NULL DEFAULT false,
    visibility   text    NOT NULL DEFAULT 'private' CHECK (visibility IN ('private', 'unlisted', 'public')),
    -- the only way to read a list without being its owner: 128+ random bits, base64url; replaced to revoke
    secret       text    NOT NULL UNIQUE CHECK (length(secret) >= 22),
    created_at   timestamptz NOT NULL DEFAULT now(),
    updated_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX watchlist_owner_idx ON watchlist (owner_id);
-- one default list a person: two first visits at once cannot make two
CREATE UNIQUE INDEX watchlist_default_key ON watchlist (owner_id) WHERE is_default;

-- Every account has its "Watchlist" from the moment it exists (so no page has to create it on a GET).
-- The secret: 32 random bytes (two version-4 UUIDs, 244 random bits), base64url without padding.
CREATE FUNCTION watchlist_new_secret() RETURNS text
    LANGUAGE sql VOLATILE
AS $$ SELECT rtrim(translate(encode(decode(replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', ''), 'hex'),
                                    'base64'), '+/', '-_'), '=') $$;

CREATE FUNCTION watchlist_create_default() RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    INSERT INTO watchlist (id, owner_id, name, is_default, secret)
    VALUES (nextval('watchlist_seq'), NEW.id, 'Watchlist', true, watchlist_new_secret());
    RETURN NEW;
END
$$;

CREATE TRIGGER account_default_watchlist AFTER INSERT ON account
    FOR EACH ROW EXECUTE FUNCTION watchlist_create_default();

INSERT INTO watchlist (id, owner_id, name, is_default, secret)
SELECT nextval('watchlist_seq'), a.id, 'Watchlist', true, watchlist_new_secret() FROM account a;

-- A film on a list. (watchlist_id, film_id) is unique: adding the same film twice, even from two tabs
-- at once, leaves one entry (INSERT ... ON CONFLICT DO NOTHING).
CREATE SEQUENCE watchlist_entry_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE watchlist_entry (
    id           bigint  PRIMARY KEY,
    watchlist_id bigint  NOT NULL REFERENCES watchlist (id) ON DELETE CASCADE,
    film_id      bigint  NOT NULL REFERENCES film (id) ON DELETE CASCADE,
    -- the owner's order, 1..n; changes lock the list's row first, so positions stay distinct
    position     integer NOT NULL CHECK (position >= 1),
    note         text    CHECK (note IS NULL OR length(note) <= 2000),
    watched_on   date,
    added_at     timestamptz NOT NULL DEFAULT now(),
    UNIQUE (watchlist_id, film_id)
);
CREATE INDEX watchlist_entry_order_idx ON watchlist_entry (watchlist_id, position);
CREATE INDEX watchlist_entry_film_idx ON watchlist_entry (film_id);

-- "Not interested": films a person never wants suggested again (undone from the account page).
CREATE TABLE suggestion_dismissal (
    account_id   bigint NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    film_id      bigint NOT NULL REFERENCES film (id) ON DELETE CASCADE,
    dismissed_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (account_id, film_id)
);

-- A Letterboxd file read and reported on, waiting for its owner to confirm. Kept in the database (not in
-- one instance's memory) under a random key; removed when confirmed, and stale ones after a day.
CREATE TABLE watchlist_import (
    id           text   PRIMARY KEY CHECK (length(id) >= 22),
    owner_id     bigint NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    -- null: the list the file names (a list export) or the default Watchlist (a watchlist export)
    watchlist_id bigint REFERENCES watchlist (id) ON DELETE CASCADE,
    file_name    text   NOT NULL,
    content      text   NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX watchlist_import_created_idx ON watchlist_import (created_at);

-- Watchlists are baskets of films saved together for the similarity module. The key is the list's
-- internal id, never shown; only co-occurrence counts leave the database, never whose list it was.
CREATE OR REPLACE VIEW film_basket (basket, film_id) AS
    SELECT source || ':' || basket, film_id FROM behaviour_signal
    UNION ALL
    SELECT 'watchlist:' || watchlist_id::text, film_id FROM watchlist_entry;
