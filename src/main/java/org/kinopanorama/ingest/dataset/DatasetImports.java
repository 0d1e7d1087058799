package org.kinopanorama.ingest.dataset;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.kinopanorama.web.Language;

import java.nio.file.Path;
import java.util.function.Function;

/** Checks what a curator asked for (page or API) and queues the import. */
@ApplicationScoped
public class DatasetImports {

    @Inject
    DatasetImportJob job;

    @Inject
    DatasetConfig config;

    /** Either an import id, or an HTTP status and the problem in a language ("en", "ru"). */
    public record Started(Long id, int status, Function<String, String> problem, String englishProblem) {
    }

    public Started start(String dataset, String path, FileUpload archive, boolean everyFilm, String actor) {
        if (dataset == null || !(dataset.equals(DatasetImportJob.SOVIET_CINEMA) || dataset.equals(DatasetImportJob.MOVIELENS))) {
            return new Started(null, 400, lang -> ds(lang).datasets_unknown(), "Name the dataset: soviet-cinema or movielens.");
        }
        boolean uploaded = archive != null && archive.uploadedFile() != null && archive.fileName() != null
                && !archive.fileName().isBlank() && archive.size() > 0;
        if (uploaded) {
            if (archive.size() > config.maxUploadBytes()) {
                long max = config.maxUploadBytes();
                return new Started(null, 413, lang -> ds(lang).datasets_too_large(max),
                        "The archive is larger than " + max + " bytes.");
            }
            return new Started(job.start(dataset, archiveName(archive.fileName()), archive.uploadedFile(), everyFilm, actor),
                    202, null, null);
        }
        if (path == null || path.isBlank()) {
            return new Started(null, 400, lang -> ds(lang).datasets_missing(), "Give a path on the server or upload an archive.");
        }
        String given = path.strip();
        try {
            new ImportFolder(Path.of(config.importDir())).resolve(given);
        } catch (ImportFolder.Refused refused) {
            return refusal(refused);
        }
        return new Started(job.start(dataset, given, null, everyFilm, actor), 202, null, null);
    }

    private static Started refusal(ImportFolder.Refused refused) {
        String given = refused.given();
        return switch (refused.reason()) {
            case NOT_RELATIVE -> new Started(null, 400, lang -> ds(lang).not_relative(), refused.english());
            case ESCAPES -> new Started(null, 400, lang -> ds(lang).escapes(given), refused.english());
            case LINKS_OUT -> new Started(null, 400, lang -> ds(lang).links_out(given), refused.english());
            case NOT_FOUND -> new Started(null, 422, lang -> ds(lang).not_found(given), refused.english());
            case NO_FOLDER -> new Started(null, 422, lang -> ds(lang).no_folder(), refused.english());
        };
    }

    private static DatasetMessages ds(String language) {
        return Language.RUSSIAN.equals(language) ? MessageBundles.get(DatasetMessages.class, Localized.Literal.of(Language.RUSSIAN))
                : MessageBundles.get(DatasetMessages.class);
    }

    /** An uploaded archive's file name as shown and stored: its last segment, no control characters, at most 200 characters. */
    static String archiveName(String given) {
        String name = given.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
        if (name.length() > 200) {
            name = name.substring(name.length() - 200);
        }
        return name.isEmpty() ? "archive" : name;
    }
}
