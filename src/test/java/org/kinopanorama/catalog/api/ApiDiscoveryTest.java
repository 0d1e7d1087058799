package org.kinopanorama.catalog.api;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;
import org.kinopanorama.database.SeedCatalogueProfile;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

/** The film list and the search as JSON, on the seed catalogue alone. */
@QuarkusTest
@TestProfile(SeedCatalogueProfile.class)
class ApiDiscoveryTest {

    @Test
    void theFilmListTakesTheSameFiltersAsItsPage() {
        given().get("/api/films?all=betrayal&all=world-war-ii")
                .then().statusCode(200)
                .body("total", equalTo(3))
                .body("items.title", containsInAnyOrder("The Ascent", "The Shield and the Sword", "The Fall of Berlin"))
                .body("items[0].url", containsString("/films/"))
                .body("items[0].themes", hasItem("betrayal"));
        given().get("/api/films?decade=1970&list=betrayal-in-soviet-cinema&none=betrayal")
                .then().statusCode(200).body("items.title", containsInAnyOrder("The Irony of Fate"));
    }

    @Test
    void theFilmListIsPaginated() {
        given().get("/api/films?size=10&page=3&sort=title")
                .then().statusCode(200)
                .body("total", equalTo(23)).body("page", equalTo(3)).body("size", equalTo(10))
                .body("items", hasSize(3));
        given().get("/api/films?size=500").then().statusCode(400).body("error", containsString("size"));
    }

    @Test
    void searchAnswersInJsonToo() {
        given().get("/api/search?q=Cranes are fyling")
                .then().statusCode(200)
                .body("items[0].title", equalTo("The Cranes Are Flying"))
                .body("items[0].url", endsWith("/films/" + given().get("/api/search?q=Cranes are fyling").path("items[0].id")));
        given().get("/api/search?q=").then().statusCode(200).body("total", equalTo(0));
        given().get("/api/search?q=irony").then().statusCode(200).body("items.title", hasItem("The Irony of Fate"))
                .body("items.title", not(hasItem("The Ascent")));
    }

    @Test
    void theOpenApiDocumentDescribesThem() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body(containsString("\"/api/films\"")).body(containsString("\"/api/search\""));
    }
}
