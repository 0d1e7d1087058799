-- A curated list saved as one's own ("Save this list") copies the list's films into a new watchlist. Those
-- copied entries say nothing about which films people keep together (they are the list itself, which the
-- similarity module already knows), so they are marked and left out of the baskets; films the person adds to
-- that watchlist afterwards count as usual.
ALTER TABLE watchlist_entry ADD COLUMN copied_from_list bigint;

-- Copies made before this migration: entries of a non-default watchlist named like a curated list that hold
-- one of that list's films.
UPDATE watchlist_entry e SET copied_from_list = l.id
FROM watchlist w, curated_list l, list_entry le
WHERE w.id = e.watchlist_id AND NOT w.is_default AND w.name = l.title
  AND le.list_id = l.id AND le.film_id = e.film_id;

CREATE OR REPLACE VIEW film_basket (basket, film_id) AS
    SELECT source || ':' || basket, film_id FROM behaviour_signal
    UNION ALL
    SELECT 'watchlist:' || watchlist_id::text, film_id FROM watchlist_entry WHERE copied_from_list IS NULL;
