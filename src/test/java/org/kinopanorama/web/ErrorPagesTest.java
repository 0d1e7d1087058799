package org.kinopanorama.web;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class ErrorPagesTest {

    @Test
    void anUnknownPathGivesTheNotFoundPageInTheLayout() {
        given().accept("text/html")
                .when().get("/no-such-film-page")
                .then().statusCode(404)
                .contentType(startsWith("text/html"))
                .body(containsString("<title>Page not found · Kinopanorama</title>"))
                .body(containsString("There is no page at <code>/no-such-film-page</code>"))
                .body(containsString("class=\"site-header\""))
                .body(containsString("href=\"/\""));
    }

    @Test
    void thePathShownOnTheNotFoundPageIsEscaped() {
        given().urlEncodingEnabled(false)
                .when().get("/%3Cscript%3Ealert(1)%3C%2Fscript%3E")
                .then().statusCode(404)
                .body(not(containsString("<script>alert(1)")))
                .body(containsString("&lt;script&gt;"));
    }

    @Test
    void anUnexpectedErrorGivesTheErrorPageWithAReferenceAndNoStackTrace() {
        given().when().get("/test-only/failing-page")
                .then().statusCode(500)
                .contentType(startsWith("text/html"))
                .body(containsString("Something went wrong on our side"))
                .body(containsString("tell us this reference"))
                .body(not(containsString("IllegalStateException")))
                .body(not(containsString("at org.kinopanorama")))
                .body(not(containsString("the projector caught fire")));
    }

    @Test
    void aMethodThatIsNotAllowedGivesItsStatusInTheLayout() {
        given().when().delete("/about")
                .then().statusCode(405)
                .contentType(startsWith("text/html"))
                .body(containsString("Method Not Allowed"))
                .body(containsString("class=\"site-header\""));
    }
}
