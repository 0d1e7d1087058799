package org.kinopanorama.catalog.browse;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;
import org.kinopanorama.database.SeedCatalogueProfile;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** The film list on the seed catalogue alone (a fresh database), with a page size of 10. */
@QuarkusTest
@TestProfile(SeedCatalogueProfile.class)
class FilmListTest {

    private static String page(String url) {
        return given().urlEncodingEnabled(false).get(url).then().statusCode(200).extract().asString();
    }

    private static List<String> titles(String html) {
        Matcher m = Pattern.compile("class=\"film-card__title\" href=\"/films/\\d+\">([^<]+)</a>").matcher(html);
        List<String> out = new java.util.ArrayList<>();
        while (m.find()) {
            out.add(m.group(1).replace("&#39;", "'"));
        }
        return out;
    }

    @Test
    void allFilmsArePagedByTitleWithATotal() {
        // issue 15: the default order is popularity, title order is one click
        assertThat(page("/films")).contains("23 films · showing 1–10").contains("href=\"/films?page=2\"");
        String first = page("/films?sort=title");
        assertThat(first).contains("23 films · showing 1–10").contains("<h1 id=\"page-title\">Films</h1>");
        assertThat(titles(first)).hasSize(10).startsWith("The Ascent");
        assertThat(first).contains("href=\"/films?sort=title&amp;page=2\"").contains("href=\"/films?sort=title&amp;page=3\"");
        String third = page("/films?sort=title&page=3");
        assertThat(third).contains("showing 21–23");
        assertThat(titles(third)).hasSize(3);
    }

    @Test
    void aThemeGivesItsFilmsButNotTheOnesOnlySaidNotToBeAboutIt() {
        String betrayal = page("/films?all=betrayal");
        assertThat(betrayal).contains("9 films");
        assertThat(titles(betrayal)).contains("The Ascent", "The Star").doesNotContain("The Irony of Fate");
    }

    @Test
    void themesCombineAsAllOfAnyOfAndNoneOf() {
        assertThat(titles(page("/films?all=betrayal&all=world-war-ii")))
                .containsExactlyInAnyOrder("The Ascent", "The Shield and the Sword", "The Fall of Berlin");
        assertThat(titles(page("/films?any=comedy&any=new-year")))
                .containsExactlyInAnyOrder("The Irony of Fate", "The Diamond Arm", "The Rumyantsev Case");
        assertThat(page("/films?none=betrayal")).contains("14 films");
    }

    @Test
    void decadeAndListCombineWithThemes() {
        assertThat(page("/films?decade=1970")).contains("8 films");
        assertThat(page("/films?list=true-love-in-soviet-cinema")).contains("10 films");
        assertThat(titles(page("/films?decade=1970&list=betrayal-in-soviet-cinema")))
                .containsExactlyInAnyOrder("The Meeting Place Cannot Be Changed", "The Ascent", "The Irony of Fate", "The Flight");
        assertThat(titles(page("/films?decade=1970&list=betrayal-in-soviet-cinema&all=betrayal")))
                .containsExactlyInAnyOrder("The Meeting Place Cannot Be Changed", "The Ascent", "The Flight");
    }

    @Test
    void eachThemeSaysHowManyFilmsAClickWouldGive() {
        String betrayal = page("/films?all=betrayal");
        assertThat(betrayal).contains("href=\"/films?all=betrayal&amp;all=world-war-ii\" aria-label=\"Include World War II: 3 films\"");
        assertThat(betrayal).contains("aria-label=\"Exclude World War II: 6 films\"");
        String decades = page("/films?list=betrayal-in-soviet-cinema");
        assertThat(decades).contains("href=\"/films?list=betrayal-in-soviet-cinema&amp;decade=1970\">1970s</a> <span class=\"meta\">4</span>");
    }

    @Test
    void anEmptyResultOffersToRemoveTheLastFilter() {
        String empty = page("/films?all=betrayal&all=comedy");
        assertThat(empty).contains("No films match these filters.")
                .contains("href=\"/films?all=betrayal\">Remove the last filter (all=comedy)</a>");
        assertThat(titles(empty)).isEmpty();
    }

    @Test
    void sortingByYearPutsTheOldestFirst() {
        assertThat(titles(page("/films?sort=year"))).startsWith("The Star", "The Fall of Berlin");
        assertThat(titles(page("/films?all=betrayal&sort=relevance"))).hasSize(9);
    }

    @Test
    void aCuratedListPageShowsItsIntroductionAndItsEntriesInOrderAsWritten() {
        String list = page("/lists/betrayal-in-soviet-cinema");
        assertThat(list).contains("<h1 id=\"list-title\">Betrayal in Soviet cinema</h1>")
                .contains("<p>Delving into the rich tapestry of Soviet cinema")
                .contains("10 films · theme: Betrayal")
                .contains("Fact.</strong> The film was so popular that it led to a sequel, &quot;The Sword and the Shield,&quot; released in")
                .contains("(cut off in the source)")
                .contains("Source: 000_cf483bedbf380018.txt")
                .contains("type=\"application/atom+xml\"");
        assertThat(list.split("<a class=\"entry__poster poster-link\" href=\"/films/", -1)).as("a poster beside every entry")
                .hasSize(11);
        assertThat(list.indexOf("The Meeting Place Cannot Be Changed (1979)"))
                .isLessThan(list.indexOf("The Ascent (1977)"))
                .isLessThan(list.indexOf("The Flight (1970)"));
    }

    @Test
    void nonsenseInTheAddressIsIgnoredNotAnError() {
        assertThat(page("/films?decade=1975&all=%3Cscript%3E&page=abc&sort=x")).contains("23 films");
    }

    @Test
    void themePagesListFilmsStrongestFirstWithRelatedThemesAndBothLabels() {
        String theme = page("/themes/betrayal");
        assertThat(theme).contains("<h1 id=\"theme-title\">Betrayal <span lang=\"ru\" class=\"theme__ru\">Предательство</span></h1>")
                .contains("9 films, strongest first").contains("Related themes").doesNotContain(">The Irony of Fate<");
        assertThat(theme.indexOf(">The Ascent<")).isLessThan(theme.indexOf(">The Star<"));
        assertThat(page("/themes")).contains("href=\"/themes/betrayal\">Betrayal</a>");
        given().get("/themes/no-such-theme").then().statusCode(404);
        given().get("/films/999999999").then().statusCode(404);
        given().get("/lists/no-such-list").then().statusCode(404);
    }
}
