package org.kinopanorama.catalog.browse;

import org.kinopanorama.catalog.Film;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class HomePageTest {

    private Long added;

    @AfterEach
    void removeTheFilmThisTestAdded() {
        if (added != null) {
            QuarkusTransaction.requiringNew().run(() -> Film.deleteById(added));
        }
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
    void theCuratedListsAreOnTheHomePageWithTheirFilmCounts() {
        given().when().get("/")
                .then().statusCode(200)
                .body(containsString("<h2 id=\"lists-title\">Curated lists</h2>"))
                .body(containsString("href=\"/lists/betrayal-in-soviet-cinema\">Betrayal in Soviet cinema</a>"))
                .body(containsString("10 films"))
                .body(containsString("Delving into the rich tapestry of Soviet cinema, this collection of films explores the complex theme of betrayal."));
    }

    @Test
    void filmsInTheCatalogueAreListedAsRecentlyAdded() {
        added = QuarkusTransaction.requiringNew().call(() -> {
            Film film = new Film();
            film.title = "Walking the Streets of Moscow";
            film.year = 1963;
            film.persist();
            return film.id;
        });

        given().when().get("/")
                .then().statusCode(200)
                .body(containsString("films in the catalogue."))
                .body(containsString("href=\"/films/" + added + "\">Walking the Streets of Moscow</a>"))
                .body(containsString("(1963)"));
    }

    @Test
    void theStylesheetIsServedFromThisSite() {
        given().when().get("/css/site.css")
                .then().statusCode(200)
                .contentType(startsWith("text/css"));
    }
}
