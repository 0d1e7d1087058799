package org.kinopanorama.ingest;

import org.kinopanorama.ingest.document.DocumentRejectedException;
import org.kinopanorama.ingest.document.ListDocumentParser;
import org.kinopanorama.ingest.document.ParsedDocument;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Ingests the documents of the seeds directory at start-up. Unchanged documents change nothing, so every
 * instance may do it at every start; a document that cannot be read is logged and the others go on.
 */
@ApplicationScoped
public class SeedDocuments {

    private static final Logger LOG = Logger.getLogger(SeedDocuments.class);

    @Inject
    IngestConfig config;

    @Inject
    IngestService ingest;

    void onStart(@Observes @Priority(20) StartupEvent start) {
        config.seedsDir().filter(d -> !d.isBlank()).map(Path::of).ifPresent(this::ingestAll);
    }

    void ingestAll(Path dir) {
        if (!Files.isDirectory(dir)) {
            LOG.infof("No seed documents: %s is not a directory", dir.toAbsolutePath());
            return;
        }
        List<Path> documents;
        try (Stream<Path> files = Files.list(dir)) {
            documents = files.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().matches("(?i).+\\.(txt|md)"))
                    .sorted().toList();
        } catch (IOException e) {
            LOG.errorf(e, "Cannot list the seed documents in %s", dir.toAbsolutePath());
            return;
        }
        ListDocumentParser parser = new ListDocumentParser(config.maxDocumentBytes());
        for (Path file : documents) {
            try {
                ParsedDocument doc = parser.parse(file.getFileName().toString(), Files.readAllBytes(file));
                IngestReport report = ingest.ingest(doc, "seeds");
                if (report.changed()) {
                    LOG.infof("Seed %s: list '%s' %s, %d films added, %d merged", file.getFileName(), report.listTitle(),
                            report.outcome().name().toLowerCase(), report.filmsAdded(), report.filmsMerged());
                }
            } catch (DocumentRejectedException e) {
                LOG.errorf("Seed %s was not ingested: %s", file.getFileName(), e.getMessage());
            } catch (IOException | RuntimeException e) {
                LOG.errorf(e, "Seed %s was not ingested", file.getFileName());
            }
        }
    }
}
