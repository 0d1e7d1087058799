-- A film deleted (merged away, or removed) is owed a rebuild of related films, as a changed film is: the rebuild
-- around it takes its features out of the stored counts (V18) and recomputes the films near it, without looking
-- through every film's stored features for films that no longer exist. Written by the deleting transaction.
CREATE FUNCTION similarity_film_gone() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO similarity_owed (film_id) VALUES (OLD.id)
    ON CONFLICT (film_id) DO UPDATE SET owed_seq = nextval('similarity_owed_seq'), owed_at = now();
    RETURN NULL;
END
$$;
CREATE TRIGGER film_gone_owes_similarity AFTER DELETE ON film FOR EACH ROW EXECUTE FUNCTION similarity_film_gone();

-- films deleted before this migration and still counted
INSERT INTO similarity_owed (film_id)
SELECT s.film_id FROM similarity_film_feature s WHERE NOT EXISTS (SELECT 1 FROM film f WHERE f.id = s.film_id)
ON CONFLICT (film_id) DO NOTHING;
