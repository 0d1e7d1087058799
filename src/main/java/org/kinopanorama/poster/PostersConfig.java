package org.kinopanorama.poster;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.Optional;

/** Where film posters are loaded from: nowhere by default (every film gets our own typographic poster). */
@ConfigMapping(prefix = "kinopanorama.posters")
public interface PostersConfig {

    /**
     * The image host's base address, e.g. {@code https://image.tmdb.org/t/p/}: a poster's address is this, a size and the
     * film's poster path. Unset: no image is loaded from anywhere.
     */
    Optional<String> imageBase();

    /** The size asked of the host for film cards (TMDb: w92, w154, w185, w342, w500, w780, original). */
    @WithDefault("w342")
    String cardSize();

    /** The size asked of the host for the film's own page. */
    @WithDefault("w500")
    String pageSize();
}
