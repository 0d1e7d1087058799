package org.kinopanorama.ingest.dataset;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The importers, except that a dataset holding a file named {@value #MARKER} makes them throw an
 * {@link OutOfMemoryError} halfway, as a 2 GB file read whole once did (enabled by {@link DatasetProfile}).
 */
@Alternative
@ApplicationScoped
public class FaultyImporters extends DatasetImporters {

    static final String MARKER = "THROW-OUT-OF-MEMORY";

    @Override
    public void run(String dataset, ImportRun run, Path root) throws IOException {
        if (Files.exists(root.resolve(MARKER))) {
            run.beginPhase("films", 10);
            throw new OutOfMemoryError("Java heap space");
        }
        super.run(dataset, run, root);
    }
}
