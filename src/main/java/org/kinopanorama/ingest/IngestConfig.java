package org.kinopanorama.ingest;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Optional;

@ConfigMapping(prefix = "kinopanorama.ingest")
public interface IngestConfig {

    /** Directory whose documents (*.txt, *.md) are ingested at start-up; empty to ingest none. */
    Optional<String> seedsDir();

    /** Largest document accepted, in bytes. */
    @WithDefault("1000000")
    int maxDocumentBytes();

    /** How long a previewed document waits for the curator's confirmation before it must be uploaded again. */
    @WithDefault("1h")
    Duration stagedDocumentExpiry();
}
