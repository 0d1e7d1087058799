package org.kinopanorama.catalog;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class HomePageTest {

    @AfterEach
    void removeFilms() {
        QuarkusTransaction.requiringNew().run(() -> Film.deleteAll());
    }

    @Test
    void theHomePageIsServedInTheLayout() {
        given().when().get("/")
                .then().statusCode(200)
                .contentType(startsWith("text/html"))
                .body(containsString("<html lang=\"en\">"))
                .body(containsString("<title>Discover Soviet cinema · Kinopanorama</title>"))
                .body(containsString("name=\"viewport\""))
                .body(containsString("<nav class=\"site-nav\" aria-label=\"Main\">"))
                .body(containsString("<main id=\"main\""))
                .body(containsString("<footer class=\"site-footer\">"))
                .body(containsString("href=\"#main\""));
    }

    @Test
    void anEmptyCatalogueSaysSo() {
        given().when().get("/")
                .then().statusCode(200)
                .body(containsString("The catalogue has no films yet."));
    }

    @Test
    void filmsInTheCatalogueAreListedAsRecentlyAdded() {
        QuarkusTransaction.requiringNew().run(() -> {
            Film film = new Film();
            film.title = "The Cranes Are Flying";
            film.year = 1957;
            film.persist();
        });

        given().when().get("/")
                .then().statusCode(200)
                .body(containsString("1 film in the catalogue."))
                .body(containsString("The Cranes Are Flying"))
                .body(containsString("(1957)"));
    }

    @Test
    void theStylesheetIsServedFromThisSite() {
        given().when().get("/css/site.css")
                .then().statusCode(200)
                .contentType(startsWith("text/css"));
    }
}
