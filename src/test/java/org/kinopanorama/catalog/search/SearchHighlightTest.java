package org.kinopanorama.catalog.search;

import org.kinopanorama.catalog.identity.TitleMatcher;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kinopanorama.catalog.search.HighlightedText.Segment;

/** How search results mark why they matched: plain Java, no Quarkus. */
class SearchHighlightTest {

    private static Segment plain(String text) {
        return new Segment(text, false);
    }

    private static Segment marked(String text) {
        return new Segment(text, true);
    }

    private static List<Segment> title(String title, String query) {
        return HighlightedText.ofTitle(title, TitleMatcher.normalize(query)).segments();
    }

    @Test
    void wordsOfTheTitleThatAreInTheQueryAreMarkedAsOnePhrase() {
        assertThat(title("The Irony of Fate", "irony of fate")).containsExactly(plain("The "), marked("Irony of Fate"));
    }

    @Test
    void aTypingSlipMarksTheWordItMeant() {
        assertThat(title("The Cranes Are Flying", "Cranes are fyling")).containsExactly(plain("The "), marked("Cranes Are Flying"));
        assertThat(title("Moscow Does Not Believe in Tears", "moscow believes in teers"))
                .containsExactly(marked("Moscow"), plain(" Does Not "), marked("Believe in Tears"));
    }

    @Test
    void theBeginningOfAWordMarksTheWholeWord() {
        assertThat(title("The Irony of Fate", "iron")).containsExactly(plain("The "), marked("Irony"), plain(" of Fate"));
    }

    @Test
    void oneLetterMarksOnlyAWordOfThatOneLetter() {
        assertThat(title("The Ascent", "a")).containsExactly(plain("The Ascent"));
    }

    @Test
    void cyrillicTitlesAreMarkedForAQueryInEitherScript() {
        assertThat(title("Летят журавли", "Letyat zhuravli")).containsExactly(marked("Летят журавли"));
        assertThat(title("Летят журавли", "летят")).containsExactly(marked("Летят"), plain(" журавли"));
        assertThat(title("The Cranes Are Flying (Letyat zhuravli)", "Летят журавли"))
                .containsExactly(plain("The Cranes Are Flying ("), marked("Letyat zhuravli"), plain(")"));
    }

    @Test
    void unrelatedWordsAreNotMarked() {
        assertThat(HighlightedText.ofTitle("The Star", "partisans").hasHighlight()).isFalse();
        assertThat(HighlightedText.ofTitle("The Star", "").segments()).containsExactly(plain("The Star"));
    }

    @Test
    void theMarkersOfTheDatabaseBecomeSegmentsAndDisappear() {
        HighlightedText text = HighlightedText.ofMarkers("two \uE000partisans\uE001 during \uE000WWII\uE001", '\uE000', '\uE001');
        assertThat(text.segments()).containsExactly(plain("two "), marked("partisans"), plain(" during "), marked("WWII"));
        assertThat(text.text()).isEqualTo("two partisans during WWII");
    }

    @Test
    void aMarkerWithoutItsPairIsDropped() {
        assertThat(HighlightedText.ofMarkers("a \uE001b \uE000c", '\uE000', '\uE001').segments())
                .containsExactly(plain("a b "), marked("c"));
        assertThat(HighlightedText.ofMarkers("", '\uE000', '\uE001').segments()).isEmpty();
    }

    @Test
    void markupInTheTextStaysText() {
        assertThat(title("<b>Zarnitsa</b>", "zarnitsa")).containsExactly(plain("<b>"), marked("Zarnitsa"), plain("</b>"));
    }

    @Test
    void typingDistanceCountsSwapsAsOneSlip() {
        assertThat(HighlightedText.typingDistance("flying", "fyling", 1)).isTrue();
        assertThat(HighlightedText.typingDistance("flying", "flyign", 1)).isTrue();
        assertThat(HighlightedText.typingDistance("flying", "frying", 1)).isTrue();
        assertThat(HighlightedText.typingDistance("flying", "flowing", 1)).isFalse();
    }
}
