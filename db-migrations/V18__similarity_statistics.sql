-- What the similarity rebuild counts over the whole catalogue, kept by the rebuild itself (a full rebuild writes
-- it all, a rebuild around changed films corrects it for them, in the same transaction as their neighbours), so
-- that a rebuild around a change reads only the films near it instead of the whole catalogue.

-- Each film's features as the last rebuild read them (kind letter + name: 'tbetrayal', 'l42', 'wforest',
-- 'adirector:person:7'); no foreign key: a film deleted or merged away is subtracted by the next rebuild.
CREATE TABLE similarity_film_feature (
    film_id  bigint PRIMARY KEY,
    features text[] NOT NULL
);
-- the films sharing a feature with the films around a change
CREATE INDEX similarity_film_feature_features_idx ON similarity_film_feature USING gin (features);

-- How many films have each feature (its document frequency).
CREATE TABLE similarity_feature_count (
    feature text PRIMARY KEY,
    films   integer NOT NULL
);

-- How many films there are ('*'), and how many have each kind of data ('t' themes, 'l' lists, 'w' words,
-- 'a:director' and so on for each kind of attribute). Empty until the first full rebuild.
CREATE TABLE similarity_kind_count (
    kind  text PRIMARY KEY,
    films integer NOT NULL
);

-- The baskets holding given films, by the key the film_basket view gives them.
CREATE INDEX behaviour_signal_basket_key_idx ON behaviour_signal ((source || ':' || basket));
CREATE INDEX watchlist_entry_basket_key_idx ON watchlist_entry (('watchlist:' || watchlist_id::text));
