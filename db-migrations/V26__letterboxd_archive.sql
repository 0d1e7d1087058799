-- A whole Letterboxd export archive (the .zip) read and reported on, waiting for its owner to confirm. Kept in the
-- database (not in one instance's memory) under a random key; removed when confirmed, and stale ones after a day.
-- The archive is kept as uploaded (within the configured size) and read again, with the same limits, to confirm.
CREATE TABLE letterboxd_archive_import (
    id         text   PRIMARY KEY CHECK (length(id) >= 22),
    owner_id   bigint NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    file_name  text   NOT NULL,
    archive    bytea  NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX letterboxd_archive_import_created_idx ON letterboxd_archive_import (created_at);
CREATE INDEX letterboxd_archive_import_owner_idx ON letterboxd_archive_import (owner_id);
