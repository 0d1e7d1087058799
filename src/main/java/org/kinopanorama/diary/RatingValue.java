package org.kinopanorama.diary;

import java.util.Optional;

/** A rating as a form sends it: stars in halves, "0.5" to "5" ("3" and "3.0" alike); anything else is no rating. */
public final class RatingValue {

    private RatingValue() {
    }

    /** The half stars (1..10) the text names, or empty for anything else: "0", "5.5", "3.3", "NaN", "1e1", "". */
    public static Optional<Integer> halfStars(String text) {
        if (text == null || !text.strip().matches("[0-9](\\.[05])?")) {
            return Optional.empty();
        }
        String t = text.strip();
        int half = Integer.parseInt(t.substring(0, 1)) * 2 + (t.endsWith(".5") ? 1 : 0);
        return half >= 1 && half <= 10 ? Optional.of(half) : Optional.empty();
    }

    /** The form value of half stars: 7 is "3.5", 6 is "3". */
    public static String of(Integer halfStars) {
        return halfStars == null ? "" : (halfStars / 2) + (halfStars % 2 == 1 ? ".5" : "");
    }
}
