package org.kinopanorama.web;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Finding 6 of issue 17: a request's {@code Host} header put {@code http://evil.example/} in the canonical link and
 * in every Atom feed link, which a shared cache could then serve to everyone. Without a configured public URL only
 * an allowed host (localhost by default) is ever written.
 */
@QuarkusTest
class SiteAddressTest {

    private static String own() {
        return "http://localhost:" + RestAssured.port;
    }

    @Test
    void aForeignHostHeaderNeverBecomesTheCanonicalLink() {
        for (String page : new String[]{"/", "/about", "/films?decade=1970", "/themes", "/no-such-page"}) {
            String html = given().header("Host", "evil.example").accept("text/html").get(page).asString();
            assertThat(html).as(page).doesNotContain("evil.example")
                    .containsPattern("<link rel=\"canonical\" href=\"http://localhost:\\d+/");
        }
    }

    @Test
    void aForeignHostHeaderNeverReachesTheFeedsNorTheApi() {
        String feed = given().header("Host", "evil.example:8080").get("/feeds/films.atom").then().statusCode(200).extract().asString();
        assertThat(feed).doesNotContain("evil.example").contains("href=\"http://localhost:");
        String lists = given().header("Host", "evil.example").get("/api/lists").then().statusCode(200).extract().asString();
        assertThat(lists).doesNotContain("evil.example");
        assertThat(given().header("Host", "EVIL.example").header("X-Forwarded-Host", "evil.example").get("/feeds/films.atom")
                .then().statusCode(200).extract().asString()).doesNotContain("evil.example", "EVIL.example").contains(own() + "/");
    }

    @Test
    void anAllowedHostIsWrittenAsTheVisitorReachedIt() {
        String html = given().header("Host", "127.0.0.1:" + RestAssured.port).accept("text/html").get("/about").asString();
        assertThat(html).contains("<link rel=\"canonical\" href=\"http://127.0.0.1:" + RestAssured.port + "/about\">");
        assertThat(given().get("/about").asString()).contains("<link rel=\"canonical\" href=\"" + own() + "/about\">");
    }
}
