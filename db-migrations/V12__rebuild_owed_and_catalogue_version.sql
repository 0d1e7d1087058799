-- Related films owed: every film an ingest or a dataset batch changed, written in the transaction that
-- changes it, and deleted by the rebuild that recomputes its neighbours, in the rebuild's own transaction.
-- What a crash leaves here is rebuilt at the next start-up or by the scheduler.
CREATE SEQUENCE similarity_owed_seq;
CREATE TABLE similarity_owed (
    film_id  bigint PRIMARY KEY,          -- no foreign key: a film merged away meanwhile is simply skipped
    owed_seq bigint NOT NULL DEFAULT nextval('similarity_owed_seq'), -- a newer change of the same film gets a new one
    owed_at  timestamptz NOT NULL DEFAULT now()
);

-- One number that every change of the catalogue raises, in the changing transaction; the NOTIFY goes out
-- when it commits, so that every instance learns at once that what it derived from the catalogue is stale.
CREATE TABLE catalogue_version (
    singleton  boolean PRIMARY KEY DEFAULT true CHECK (singleton),
    version    bigint NOT NULL,
    changed_at timestamptz NOT NULL DEFAULT now()
);
INSERT INTO catalogue_version (version) VALUES (1);

-- Called last in a changing transaction (the row stays locked until it commits).
CREATE FUNCTION bump_catalogue_version() RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE
    v bigint;
BEGIN
    UPDATE catalogue_version SET version = version + 1, changed_at = now() RETURNING version INTO v;
    PERFORM pg_notify('kinopanorama_catalogue', v::text);
    RETURN v;
END
$$;
