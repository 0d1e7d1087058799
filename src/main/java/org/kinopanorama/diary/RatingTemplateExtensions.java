package org.kinopanorama.diary;

import io.quarkus.qute.TemplateExtension;

import java.time.LocalDate;

/** How ratings read in templates: half stars (1..10) as "3½", and today's date for a diary form. */
public class RatingTemplateExtensions {

    private RatingTemplateExtensions() {
    }

    /** Half stars as stars, the same in every language: 7 is "3½", 1 is "½", 10 is "5". */
    @TemplateExtension
    public static String asStars(Integer halfStars) {
        if (halfStars == null) {
            return "";
        }
        int whole = halfStars / 2;
        boolean half = halfStars % 2 == 1;
        return whole == 0 ? "½" : whole + (half ? "½" : "");
    }

    /** Half stars as a rating form's value: 7 is "3.5" (what {@link RatingValue} reads). */
    @TemplateExtension
    public static String asRatingValue(Integer halfStars) {
        return RatingValue.of(halfStars);
    }

    /** Today, as a date input's value: {@code {diary:today}}. */
    @TemplateExtension(namespace = "diary")
    static String today() {
        return LocalDate.now().toString();
    }
}
