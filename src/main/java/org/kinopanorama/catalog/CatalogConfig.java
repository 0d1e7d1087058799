package org.kinopanorama.catalog;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

@ConfigMapping(prefix = "kinopanorama.catalog")
public interface CatalogConfig {

    /**
     * A film carries a theme, for filters and theme pages, when its combined weight is at least this.
     * 0.3 keeps a theme the film is only said not to be (a negated mention on its list: 0.25) out.
     */
    @WithDefault("0.3")
    double themeThreshold();

    /** Films per page of the film list. */
    @WithDefault("24")
    int pageSize();

    /** Keep the film list's counts (its total and every facet's) per filter until the catalogue changes. */
    @WithName("facet-cache.enabled")
    @WithDefault("true")
    boolean facetCacheEnabled();

    /** Most filters whose counts are kept; the least used go first. */
    @WithName("facet-cache.max-filters")
    @WithDefault("1000")
    long facetCacheMaxFilters();

    /**
     * How often an instance looks whether readers' saves and ratings changed the films' popularity since the film
     * list's sort keys were last computed, and recomputes them (raising the catalogue version) when they did.
     */
    @WithName("popularity-refresh-every")
    @WithDefault("5m")
    String popularityRefreshEvery();
}
