package org.kinopanorama.ingest.dataset;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.kinopanorama.web.Messages;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;

/** Checks what a curator asked for (page or API) and queues the import. */
@ApplicationScoped
public class DatasetImports {

    @Inject
    DatasetImportJob job;

    @Inject
    DatasetConfig config;

    /** Either an import id, or an HTTP status and the problem in the reader's language. */
    public record Started(Long id, int status, Function<Messages, String> problem, String englishProblem) {
    }

    public Started start(String dataset, String path, FileUpload archive, boolean everyFilm, String actor) {
        if (dataset == null || !(dataset.equals(DatasetImportJob.SOVIET_CINEMA) || dataset.equals(DatasetImportJob.MOVIELENS))) {
            return new Started(null, 400, Messages::datasets_unknown, "Name the dataset: soviet-cinema or movielens.");
        }
        boolean uploaded = archive != null && archive.uploadedFile() != null && archive.fileName() != null
                && !archive.fileName().isBlank() && archive.size() > 0;
        if (uploaded) {
            if (archive.size() > config.maxUploadBytes()) {
                long max = config.maxUploadBytes();
                return new Started(null, 413, m -> m.datasets_too_large(max), "The archive is larger than " + max + " bytes.");
            }
            try {
                byte[] bytes = Files.readAllBytes(archive.uploadedFile());
                return new Started(job.start(dataset, archive.fileName(), bytes, everyFilm, actor), 202, null, null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (path == null || path.isBlank()) {
            return new Started(null, 400, Messages::datasets_missing, "Give a path on the server or upload an archive.");
        }
        String cleaned = path.strip();
        if (!Files.isReadable(Path.of(cleaned))) {
            return new Started(null, 422, m -> m.datasets_not_found(cleaned), "The server cannot read " + cleaned + ".");
        }
        return new Started(job.start(dataset, cleaned, null, everyFilm, actor), 202, null, null);
    }
}
