package org.kinopanorama.watchlist;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "kinopanorama.watchlists")
public interface WatchlistConfig {

    /** Largest Letterboxd CSV file accepted for import, in bytes. */
    @WithDefault("2000000")
    int maxImportBytes();

    /** How many suggestions a list's page shows. */
    @WithDefault("12")
    int suggestions();
}
