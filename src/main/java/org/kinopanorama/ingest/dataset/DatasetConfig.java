package org.kinopanorama.ingest.dataset;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "kinopanorama.datasets")
public interface DatasetConfig {

    /** Films (MovieLens movies) per transaction; tags take five times as many, ratings 25 times. */
    @WithDefault("200")
    int batchSize();

    /** Largest dataset a curator may upload, in bytes. */
    @WithDefault("67108864")
    long maxUploadBytes();

    /** Whether an instance resumes an interrupted import when it starts. */
    @WithDefault("true")
    boolean resumeAtStart();
}
