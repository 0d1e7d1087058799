-- A rebuild remembers the baskets it saw, so the scheduled behaviour rebuild runs only when they changed.
ALTER TABLE similarity_build ADD COLUMN basket_fingerprint bigint;
CREATE INDEX similarity_build_started_idx ON similarity_build (started_at DESC);
