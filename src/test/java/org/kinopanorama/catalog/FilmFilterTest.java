package org.kinopanorama.catalog;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class FilmFilterTest {

    private static FilmFilter parse(String... nameValues) {
        List<Map.Entry<String, String>> params = new java.util.ArrayList<>();
        for (int i = 0; i < nameValues.length; i += 2) {
            params.add(Map.entry(nameValues[i], nameValues[i + 1]));
        }
        return FilmFilter.parse(params, 24);
    }

    @Test
    void filtersKeepTheOrderTheyWereAddedIn() {
        FilmFilter f = parse("decade", "1970", "all", "war", "none", "comedy");
        assertThat(f.url()).isEqualTo("/films?decade=1970&all=war&none=comedy");
        assertThat(f.last()).isEqualTo("none=comedy");
        assertThat(f.withoutLast()).isEqualTo("/films?decade=1970&all=war");
    }

    @Test
    void aThemeIsInOneModeAtATime() {
        FilmFilter f = parse("all", "war");
        assertThat(f.with("none", "war")).isEqualTo("/films?none=war");
        assertThat(f.with("any", "love")).isEqualTo("/films?all=war&any=love");
    }

    @Test
    void aNewDecadeReplacesTheOldOneAndChangesGoBackToPageOne() {
        FilmFilter f = parse("decade", "1970", "page", "3");
        assertThat(f.page()).isEqualTo(3);
        assertThat(f.with("decade", "1960")).isEqualTo("/films?decade=1960");
        assertThat(f.atPage(2)).isEqualTo("/films?decade=1970&page=2");
        assertThat(f.sortedBy("YEAR")).isEqualTo("/films?decade=1970&sort=year");
    }

    @Test
    void valuesThatCannotBeRightAreDropped() {
        FilmFilter f = parse("decade", "1975", "all", "<script>", "sort", "price", "page", "-1", "list", "../etc");
        assertThat(f.isEmpty()).isTrue();
        assertThat(f.page()).isEqualTo(1);
        assertThat(f.effectiveSort()).as("issue 15: the default order is popularity").isEqualTo(FilmFilter.Sort.POPULARITY);
    }

    @Test
    void choosingThemesSortsByRelevanceUnlessASortIsChosen() {
        assertThat(parse("all", "war").effectiveSort()).isEqualTo(FilmFilter.Sort.RELEVANCE);
        assertThat(parse("all", "war", "sort", "year").effectiveSort()).isEqualTo(FilmFilter.Sort.YEAR);
    }
}
