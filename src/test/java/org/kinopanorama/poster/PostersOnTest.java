package org.kinopanorama.poster;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** With an image base set, film cards and the film's page carry the poster's address, and the policy names that host. */
@QuarkusTest
@TestProfile(PostersOnProfile.class)
class PostersOnTest extends WithPosterFixtures {


    @Test
    void theFilmPageShowsThePosterFromTheHostAtItsSize() throws SQLException {
        long plakat = PosterFixtures.film(dataSource, "plakat-1971");
        Response page = given().get("/films/" + plakat);
        assertThat(page.asString()).contains("<img class=\"poster poster--page\" src=\"https://image.tmdb.org/t/p/w500"
                + PosterFixtures.GOOD_PATH + "\" width=\"300\" height=\"450\" loading=\"lazy\" decoding=\"async\" alt=\"Poster: Plakat (1971)\">");
        assertThat(page.header("Content-Security-Policy")).contains("img-src 'self' data: https://image.tmdb.org;");
    }

    @Test
    void filmCardsCarryTheCardSizeAddress() {
        String card = "src=\"https://image.tmdb.org/t/p/w342" + PosterFixtures.GOOD_PATH + "\" width=\"184\" height=\"276\" loading=\"lazy\"";
        assertThat(given().queryParam("q", "Plakat").get("/search").asString()).contains(card);
        assertThat(given().queryParam("decade", "1970").queryParam("sort", "year").get("/films").asString()).contains(card);
        // the home page no longer lists a dataset's films one by one (issue 15: an import is one line); its popular
        // films are poster cards like the film list's
        assertThat(given().get("/").asString()).contains("film-card film-card--poster").contains("class=\"poster poster--card");
    }

    @Test
    void filmsWithoutAPathOrWithAHostileOneStillGetOurOwnPosterAndNothingHostileReachesThePage() throws SQLException {
        for (String record : new String[] {"bez-plakata-1972", "dva-slesha-1974", "razmetka-1977", "data-1983"}) {
            String html = given().get("/films/" + PosterFixtures.film(dataSource, record)).asString();
            assertThat(html).as(record).contains("poster--drawn").doesNotContain("image.tmdb.org")
                    .doesNotContain("evil.example").doesNotContain("alert(1)");
        }
    }

    @Test
    void everyPageSaysTheImageHostInItsPolicy() {
        for (String path : new String[] {"/", "/films", "/signin", "/about"}) {
            assertThat(given().get(path).header("Content-Security-Policy")).as(path)
                    .contains("img-src 'self' data: https://image.tmdb.org;").contains("default-src 'self'");
        }
    }
}
