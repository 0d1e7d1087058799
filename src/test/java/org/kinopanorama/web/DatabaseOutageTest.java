package org.kinopanorama.web;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kinopanorama.account.Visitor;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Finding 12 of issue 17: during a database outage a signed-in reader got a bare JSON 500 for every request,
 * the stylesheet and the liveness check included. Now: the site's 503 page, static files and liveness as
 * always, and the site back by itself when the database is.
 */
@QuarkusTest
@TestProfile(StoppablePostgres.Profile.class)
class DatabaseOutageTest {

    @AfterEach
    void databaseBack() {
        StoppablePostgres.restart();
    }

    @Test
    void aSignedInReaderGetsTheSitesOutagePageAndTheSiteRecoversByItself() throws InterruptedException {
        String name = Visitor.uniqueName("outage-reader");
        Visitor reader = Visitor.signedUp(name);
        assertThat(reader.get("/about").asString()).contains(name);

        StoppablePostgres.stopServer();

        for (String page : new String[]{"/", "/films", "/watchlists", "/account", "/search?q=cranes"}) {
            Response response = reader.request().accept("text/html").get(page);
            assertThat(response.statusCode()).as(page).isEqualTo(503);
            assertThat(response.contentType()).as(page).startsWith("text/html");
            assertThat(response.asString()).as(page)
                    .contains("class=\"site-header\"")
                    .contains("<link rel=\"stylesheet\" href=\"/css/site.css\">")
                    .doesNotContain("Exception");
        }
        // a page that needs no database still shows, to the reader the session cookie names
        assertThat(reader.request().accept("text/html").get("/about").then().extract().asString()).contains(name);
        assertThat(reader.request().get("/css/site.css").statusCode()).isEqualTo(200);
        assertThat(reader.request().get("/q/health/live").statusCode()).isEqualTo(200);
        assertThat(given().get("/css/site.css").statusCode()).isEqualTo(200);
        assertThat(given().get("/q/health/live").statusCode()).isEqualTo(200);
        Response api = reader.request().get("/api/lists");
        assertThat(api.statusCode()).isEqualTo(503);
        assertThat(api.contentType()).startsWith("application/json");

        StoppablePostgres.restart();

        long deadline = System.nanoTime() + 60_000_000_000L;
        int status = 0;
        while (System.nanoTime() < deadline) {
            status = reader.request().accept("text/html").get("/about").statusCode();
            if (status == 200) {
                break;
            }
            Thread.sleep(250);
        }
        assertThat(status).as("the site answers again once the database is back, without a restart").isEqualTo(200);
        assertThat(reader.get("/watchlists").statusCode()).isEqualTo(200);
        assertThat(reader.get("/about").asString()).contains(name);
    }
}
