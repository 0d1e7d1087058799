package org.kinopanorama.ingest.dataset;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

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

    /** The one folder whose datasets a curator may name with a path ({@code path=}); relative to the working directory. */
    @WithDefault("imports")
    String importDir();

    /** Most bytes a dataset may hold once unpacked (all its files together), counted while unpacking. */
    @WithDefault("268435456")
    long maxUnpackedBytes();

    /** Most files and folders a dataset may hold. */
    @WithDefault("200000")
    int maxEntries();

    /** Largest single file of a dataset, in bytes. */
    @WithDefault("67108864")
    long maxFileBytes();

    /** Largest single YAML record (a film, person, studio, topic), read whole to be parsed. */
    @WithDefault("1048576")
    long maxRecordBytes();

    /** How long a finished import keeps its uploaded archive (for Resume) before it is dropped. */
    @WithDefault("24H")
    Duration keepUploadsFor();

    /** How often an instance looks for uploaded archives to drop (one instance at a time does it). */
    @WithDefault("1h")
    String uploadCleanupEvery();
}
