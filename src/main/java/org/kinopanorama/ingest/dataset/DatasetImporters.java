package org.kinopanorama.ingest.dataset;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.IOException;
import java.nio.file.Path;

/** Which importer reads which dataset, with the configured batch size and record limit. */
@ApplicationScoped
public class DatasetImporters {

    @Inject
    DatasetConfig config;

    public void run(String dataset, ImportRun run, Path root) throws IOException {
        if (dataset.equals(DatasetImportJob.SOVIET_CINEMA)) {
            new SovietCinemaImporter(config.batchSize(), config.maxRecordBytes()).run(run, root);
        } else {
            new MovieLensImporter(config.batchSize()).run(run, root);
        }
    }
}
