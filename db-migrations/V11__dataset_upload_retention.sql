-- An import knows whether it came as an uploaded archive even after that archive is dropped
-- (kinopanorama.datasets.keep-uploads-for after it finished), so a later Resume says so instead of
-- looking for a folder of that name.
ALTER TABLE dataset_import
    ADD COLUMN uploaded          boolean NOT NULL DEFAULT false,
    ADD COLUMN upload_dropped_at timestamptz;

UPDATE dataset_import SET uploaded = true WHERE upload IS NOT NULL;

-- the scheduled clean-up looks for finished imports that still hold their archive
CREATE INDEX dataset_import_upload_kept ON dataset_import (finished_at) WHERE upload IS NOT NULL;
