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

    /**
     * Weight of what people who saved the person's films also saved (EASE's weights, summed over their films)
     * beside their films' related films (each film's list relative to its closest, summed); chosen on the
     * MovieLens evaluation's validation split. 0 leaves it out.
     */
    @WithDefault("30")
    double savedWithWeight();

    /**
     * How fast the person's older films count for less: evidence through the film saved {@code n} films before the
     * latest weighs {@code h / (h + n)} (halved {@code h} films back); chosen on the MovieLens evaluation's
     * validation split. 0: every film weighs the same.
     */
    @WithDefault("3")
    double recencyHalfLife();

    /**
     * How many of the person's latest films' years For you also looks at, once they have at least that many films:
     * the popular films of those years (what people save lately tends to come from the same years); 0 looks at none.
     */
    @WithDefault("5")
    int sameYearFilms();

    /**
     * Weight of a film's popularity (relative to the catalogue's most popular film's) when it is from the same year
     * as one of the person's latest films, weighed by recency like the rest; chosen on the MovieLens evaluation's
     * validation split. 0 leaves it out.
     */
    @WithDefault("0.7")
    double sameYearWeight();
}
