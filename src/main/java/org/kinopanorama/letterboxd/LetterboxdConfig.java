package org.kinopanorama.letterboxd;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits on a Letterboxd export archive (.zip) uploaded for import. */
@ConfigMapping(prefix = "kinopanorama.letterboxd")
public interface LetterboxdConfig {

    /** Largest archive accepted, in bytes, as uploaded (compressed). */
    @WithDefault("20000000")
    long maxArchiveBytes();

    /** Most entries (files and folders) an archive may hold. */
    @WithDefault("2000")
    int maxEntries();

    /** Most bytes all entries may inflate to together: a "zip bomb" is refused once it passes this. */
    @WithDefault("50000000")
    long maxUncompressedBytes();

    /** Most film rows all the archive's files may hold together. */
    @WithDefault("100000")
    int maxRows();
}
