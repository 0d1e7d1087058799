-- "For you": what saving a film says for another film (EASE's item-item weight, org.kinopanorama.similarity.
-- SuggestionWeights), the largest few hundred of each film enough people saved; only pairs at least the behaviour
-- floor of baskets hold. Rewritten whole by a full rebuild of related films; read for a person's suggestions.
CREATE TABLE film_suggestion_weight (
    film_id      bigint NOT NULL REFERENCES film (id) ON DELETE CASCADE,
    suggested_id bigint NOT NULL REFERENCES film (id) ON DELETE CASCADE CHECK (suggested_id <> film_id),
    weight       real   NOT NULL CHECK (weight > 0),
    PRIMARY KEY (film_id, suggested_id)
);
CREATE INDEX film_suggestion_weight_suggested_idx ON film_suggestion_weight (suggested_id);
