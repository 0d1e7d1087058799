-- The last rebuild of related films that failed (one row), for the curators' page: shown until a later rebuild
-- finishes. Written in a transaction of its own, after the failed rebuild's transaction rolled back.
CREATE TABLE similarity_rebuild_failure (
    singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
    failed_at timestamptz NOT NULL DEFAULT now(),
    actor     text NOT NULL,
    reason    text NOT NULL
);

-- A curator's list document between its preview and the confirmation, under a random key bound to the curator who
-- uploaded it, so that the confirmation carries only the key (and any instance can confirm it). Expired rows are
-- dropped by the next preview.
CREATE TABLE curator_document_stage (
    id         text PRIMARY KEY,
    owner_id   bigint NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    file_name  text NOT NULL,
    content    bytea NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX curator_document_stage_created_idx ON curator_document_stage (created_at);
