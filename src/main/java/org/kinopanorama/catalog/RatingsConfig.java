package org.kinopanorama.catalog;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** What the catalogue shows of people's ratings (the ratings themselves are the diary feature's). */
@ConfigMapping(prefix = "kinopanorama.ratings")
public interface RatingsConfig {

    /**
     * How many people must have rated a film before its page shows the average and the count: below it, one or two
     * people's taste would read as the film's standing (and could tell who rated what).
     */
    @WithDefault("3")
    int averageFloor();
}
