-- What a signed-in reader's own parts of a catalogue page show (their lists and which films these hold, their
-- ratings, watches, diary and hidden suggestions) changes only when one of these rows of theirs changes. Each such
-- change bumps the reader's version here, in the writing transaction, whatever code path wrote it: an instance
-- that kept a reader's parts rendered serves them again only while one primary-key read finds the same version,
-- so a change made through any instance is seen at once by all of them.
CREATE TABLE reader_version (
    account_id bigint PRIMARY KEY REFERENCES account (id) ON DELETE CASCADE,
    version    bigint NOT NULL DEFAULT 0
);

INSERT INTO reader_version (account_id) SELECT id FROM account;

CREATE FUNCTION reader_version_new_account() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO reader_version (account_id) VALUES (NEW.id) ON CONFLICT (account_id) DO NOTHING;
    RETURN NULL;
END
$$;
CREATE TRIGGER account_has_reader_version AFTER INSERT ON account FOR EACH ROW
    EXECUTE FUNCTION reader_version_new_account();

-- rows keyed by the reader's account_id
CREATE FUNCTION reader_version_bump() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE reader_version SET version = version + 1
    WHERE account_id = CASE WHEN TG_OP = 'DELETE' THEN OLD.account_id ELSE NEW.account_id END;
    RETURN NULL;
END
$$;

-- a list: the reader is its owner
CREATE FUNCTION reader_version_bump_list() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE reader_version SET version = version + 1
    WHERE account_id = CASE WHEN TG_OP = 'DELETE' THEN OLD.owner_id ELSE NEW.owner_id END;
    RETURN NULL;
END
$$;

-- a list's films: the reader is the list's owner
CREATE FUNCTION reader_version_bump_entry() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE reader_version SET version = version + 1
    WHERE account_id = (SELECT owner_id FROM watchlist
                        WHERE id = CASE WHEN TG_OP = 'DELETE' THEN OLD.watchlist_id ELSE NEW.watchlist_id END);
    RETURN NULL;
END
$$;

CREATE TRIGGER watchlist_changes_reader AFTER INSERT OR UPDATE OR DELETE ON watchlist
    FOR EACH ROW EXECUTE FUNCTION reader_version_bump_list();
CREATE TRIGGER watchlist_entry_changes_reader AFTER INSERT OR UPDATE OR DELETE ON watchlist_entry
    FOR EACH ROW EXECUTE FUNCTION reader_version_bump_entry();
CREATE TRIGGER film_rating_changes_reader AFTER INSERT OR UPDATE OR DELETE ON film_rating
    FOR EACH ROW EXECUTE FUNCTION reader_version_bump();
CREATE TRIGGER film_watched_changes_reader AFTER INSERT OR UPDATE OR DELETE ON film_watched
    FOR EACH ROW EXECUTE FUNCTION reader_version_bump();
CREATE TRIGGER diary_entry_changes_reader AFTER INSERT OR UPDATE OR DELETE ON diary_entry
    FOR EACH ROW EXECUTE FUNCTION reader_version_bump();
CREATE TRIGGER suggestion_dismissal_changes_reader AFTER INSERT OR UPDATE OR DELETE ON suggestion_dismissal
    FOR EACH ROW EXECUTE FUNCTION reader_version_bump();
