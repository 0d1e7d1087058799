package org.kinopanorama.foryou;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "kinopanorama.for-you")
public interface ForYouConfig {

    /** How many suggestions the For you page shows. */
    @WithDefault("12")
    int suggestions();

    /** How many of them the home page shows to a signed-in person. */
    @WithDefault("4")
    int onHome();

    /** How many of the person's most recently saved films suggestions start from (bounds the work of one page). */
    @WithDefault("200")
    int seeds();
}
