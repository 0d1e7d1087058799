package org.kinopanorama.catalog;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;
import org.kinopanorama.database.EmptyCatalogueProfile;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/** A catalogue with nothing in it yet: no seeds configured, an empty database. */
@QuarkusTest
@TestProfile(EmptyCatalogueProfile.class)
class EmptyCatalogueTest {

    @Test
    void theHomePageSaysTheCatalogueIsEmpty() {
        given().when().get("/")
                .then().statusCode(200)
                .body(containsString("The catalogue has no films yet."))
                .body(not(containsString("Curated lists</h2>")));
    }
}
