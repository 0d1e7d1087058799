package org.kinopanorama.web;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;
import org.kinopanorama.account.Visitor;
import org.kinopanorama.database.EmptyCatalogueProfile;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** With KINOPANORAMA_PUBLIC_URL set, every absolute link the site writes uses it, whatever the request names. */
@QuarkusTest
@TestProfile(EmptyCatalogueProfile.class)
class PublicUrlTest {

    @Test
    void canonicalLinksFeedsAndExportsUseThePublicUrl() {
        assertThat(given().header("Host", "evil.example").get("/about").asString())
                .contains("<link rel=\"canonical\" href=\"https://kino.example.org/about\">").doesNotContain("evil.example");
        assertThat(given().get("/about").asString()).contains("<link rel=\"canonical\" href=\"https://kino.example.org/about\">");
        String feed = given().header("Host", "evil.example").get("/feeds/films.atom").then().statusCode(200).extract().asString();
        assertThat(feed).contains("href=\"https://kino.example.org/feeds/films.atom\"", "href=\"https://kino.example.org/\"")
                .doesNotContain("evil.example", "localhost");

        Visitor reader = Visitor.signedUp(Visitor.uniqueName("public-url"));
        String csv = reader.request().header("Host", "evil.example").get("/watchlists/" + watchlistOf(reader) + "/export?format=list").asString();
        assertThat(csv).contains("https://kino.example.org/watchlists/").doesNotContain("evil.example");
    }

    private static long watchlistOf(Visitor reader) {
        String page = reader.get("/watchlists").asString();
        var matcher = java.util.regex.Pattern.compile("href=\"/watchlists/(\\d+)\"").matcher(page);
        assertThat(matcher.find()).as(page).isTrue();
        return Long.parseLong(matcher.group(1));
    }
}
