package org.kinopanorama.web;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The anonymous readers' page cache ({@link PageCache}). */
@ConfigMapping(prefix = "kinopanorama.page-cache")
public interface PageCacheConfig {

    /** Whether catalogue pages for anonymous readers are kept in memory and answered with validators. */
    @WithDefault("true")
    boolean enabled();

    /** Most memory the kept pages may take, in bytes (roughly: their text plus keys). */
    @WithDefault("33554432")
    long maxBytes();

    /**
     * Most memory a signed-in reader's own parts of kept pages may take, in bytes (their save buttons, rating and
     * account menu, kept per reader and page while the reader's lists and ratings stay the same).
     */
    @WithDefault("16777216")
    long readerMaxBytes();
}
