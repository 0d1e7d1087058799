package org.kinopanorama.catalog.browse;

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

    @Test
    void everyFacetHoldsOneValueAndANewOneReplacesIt() {
        FilmFilter f = parse("genre", "drama", "director", "42", "country", "SU", "runtime", "90-119", "animation", "exclude");
        assertThat(f.url()).isEqualTo("/films?genre=drama&director=42&country=SU&runtime=90-119&animation=exclude");
        assertThat(f.with("director", "7")).isEqualTo("/films?genre=drama&country=SU&runtime=90-119&animation=exclude&director=7");
        assertThat(f.runtime()).isEqualTo(FilmFilter.Runtime.FEATURE);
        assertThat(f.excludesAnimation()).isTrue();
        assertThat(f.without("animation", "exclude")).isEqualTo("/films?genre=drama&director=42&country=SU&runtime=90-119");
    }

    @Test
    void excludingAnimationSurvivesOtherFiltersAndSorts() {
        FilmFilter f = parse("animation", "exclude");
        assertThat(f.with("decade", "1970")).isEqualTo("/films?animation=exclude&decade=1970");
        assertThat(f.sortedBy("RATING")).isEqualTo("/films?animation=exclude&sort=rating");
    }

    @Test
    void hostileFacetValuesAreDropped() {
        FilmFilter f = parse("director", "0", "studio", "-3", "studio", "99999999999999999999", "country", "su; drop",
                "runtime", "1-1000", "animation", "yes", "genre", "x".repeat(500), "topic", "../x", "source", "<b>");
        assertThat(f.isEmpty()).isTrue();
        assertThat(f.url()).isEqualTo("/films");
    }

    @Test
    void theDefaultOrderIsPopularityAndRelevanceOnlyMeansSomethingWithThemes() {
        assertThat(parse().effectiveSort()).isEqualTo(FilmFilter.Sort.POPULARITY);
        assertThat(parse("sort", "relevance").effectiveSort()).isEqualTo(FilmFilter.Sort.POPULARITY);
        assertThat(parse("sort", "relevance").url()).isEqualTo("/films");
        assertThat(parse("sort", "rating").effectiveSort()).isEqualTo(FilmFilter.Sort.RATING);
        assertThat(parse("all", "war", "sort", "relevance").url()).isEqualTo("/films?all=war&sort=relevance");
        assertThat(parse("all", "war", "sort", "relevance").without("all", "war")).isEqualTo("/films");
    }

    @Test
    void anAddressWithDuplicatesOrDroppedValuesIsNotCanonical() {
        assertThat(parse("decade", "1970", "sort", "year").isCanonical(params("decade", "1970", "sort", "year"))).isTrue();
        assertThat(parse("decade", "1970", "q", "x").isCanonical(params("decade", "1970", "q", "x")))
                .as("parameters that are not filters do not count").isTrue();
        assertThat(parse("decade", "1970", "decade", "1970").isCanonical(params("decade", "1970", "decade", "1970"))).isFalse();
        assertThat(parse("sort", "year", "decade", "1970").isCanonical(params("sort", "year", "decade", "1970"))).isFalse();
        assertThat(parse("sort", "price").isCanonical(params("sort", "price"))).isFalse();
        assertThat(parse("page", "1").isCanonical(params("page", "1"))).isFalse();
        assertThat(parse("all", "war", "none", "war").url()).as("a theme in one mode at a time").isEqualTo("/films?all=war");
    }

    private static List<Map.Entry<String, String>> params(String... nameValues) {
        List<Map.Entry<String, String>> params = new java.util.ArrayList<>();
        for (int i = 0; i < nameValues.length; i += 2) {
            params.add(Map.entry(nameValues[i], nameValues[i + 1]));
        }
        return params;
    }
}
