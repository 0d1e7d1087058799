package org.kinopanorama.catalog.api;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class ApiNotFoundTest {

    @Test
    void anUnknownListFilmOrThemeIsA404InJson() {
        for (String path : new String[]{"/api/lists/no-such-list", "/api/films/999999999999", "/api/themes/no-such-theme",
                "/api/films/not-a-number", "/api/nothing-here"}) {
            given().get(path).then().statusCode(404)
                    .contentType(startsWith("application/json"))
                    .body("error", equalTo("Nothing found at " + path + "."));
        }
    }

    @Test
    void aScriptAskingForJsonGetsJsonEvenOutsideTheApi() {
        given().accept("application/json").get("/no-such-page").then().statusCode(404)
                .contentType(startsWith("application/json"))
                .body("error", equalTo("Nothing found at /no-such-page."));
    }

    @Test
    void aBrowserStillGetsTheNotFoundPage() {
        given().accept("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8").get("/films/999999999999")
                .then().statusCode(404)
                .contentType(startsWith("text/html"))
                .body(containsString("<title>Page not found · Kinopanorama</title>"));
        given().accept("*/*").get("/no-such-page").then().statusCode(404).contentType(startsWith("text/html"));
    }
}
