package org.kinopanorama.ingest.dataset;

import io.micrometer.core.annotation.Timed;
import io.micrometer.core.aop.MeterTag;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.IOException;
import java.nio.file.Path;

/** Which importer reads which dataset, with the configured batch size and record limit. */
@ApplicationScoped
public class DatasetImporters {

    @Inject
    DatasetConfig config;

    // in /q/metrics: how long imports took, and how long the one running has run so far
    @Timed(value = "kinopanorama.dataset.import", description = "Dataset imports (reading and writing the films)")
    @Timed(value = "kinopanorama.dataset.import.running", longTask = true, description = "A dataset import under way")
    public void run(@MeterTag(key = "dataset") String dataset, ImportRun run, Path root) throws IOException {
        if (dataset.equals(DatasetImportJob.SOVIET_CINEMA)) {
            new SovietCinemaImporter(config.batchSize(), config.maxRecordBytes()).run(run, root);
        } else {
            new MovieLensImporter(config.batchSize()).run(run, root);
        }
    }
}
