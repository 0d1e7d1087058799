package org.kinopanorama.catalog;

import java.util.Locale;

/**
 * The film's average rating in stars (0.5..5) and how many people rated it, as its page shows them: only once at
 * least {@link RatingsConfig#averageFloor()} people have.
 */
public record AverageRating(double stars, int count) {

    /** One decimal, as the page writes it (a point in English, a comma in Russian). */
    public String stars(Locale reader) {
        return String.format(reader, "%.1f", stars);
    }

    /** The average of half stars (1..10) and their count, or null when fewer than {@code floor} people rated. */
    public static AverageRating of(Double halfStars, int count, int floor) {
        return halfStars == null || count < Math.max(1, floor) ? null : new AverageRating(halfStars / 2, count);
    }
}
