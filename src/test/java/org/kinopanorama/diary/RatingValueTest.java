package org.kinopanorama.diary;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A rating form's value is a half star from 0.5 to 5, and reads back as the stars a page shows. */
class RatingValueTest {

    @Test
    void halfStarsFromHalfToFive() {
        assertThat(RatingValue.halfStars("0.5")).contains(1);
        assertThat(RatingValue.halfStars("3")).contains(6);
        assertThat(RatingValue.halfStars("3.0")).contains(6);
        assertThat(RatingValue.halfStars(" 3.5 ")).contains(7);
        assertThat(RatingValue.halfStars("5")).contains(10);
    }

    @Test
    void anythingElseIsNoRating() {
        for (String bad : new String[] {null, "", "0", "0.0", "5.5", "6", "9.5", "-1", "3.3", "3.50", "10", "NaN", "1e1", "½", "3,5", "٣"}) {
            assertThat(RatingValue.halfStars(bad)).as("%s", bad).isEmpty();
        }
    }

    @Test
    void halfStarsReadAsStarsAndAsFormValues() {
        assertThat(RatingTemplateExtensions.asStars(1)).isEqualTo("½");
        assertThat(RatingTemplateExtensions.asStars(7)).isEqualTo("3½");
        assertThat(RatingTemplateExtensions.asStars(10)).isEqualTo("5");
        for (int half = 1; half <= 10; half++) {
            assertThat(RatingValue.halfStars(RatingValue.of(half))).contains(half);
        }
    }
}
