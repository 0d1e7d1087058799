package org.kinopanorama.catalog.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class ApiThemesTest {

    @Test
    void everyThemeIsListedWithItsLabelsAndFilmCount() {
        JsonPath themes = given().get("/api/themes").then().statusCode(200)
                .contentType(startsWith("application/json")).extract().jsonPath();

        Map<String, Object> betrayal = themes.getMap("find { it.slug == 'betrayal' }");
        assertThat(betrayal).containsEntry("labelEn", "Betrayal").containsEntry("labelRu", "Предательство");
        assertThat(((Number) betrayal.get("filmCount")).longValue()).isPositive();
        assertThat(themes.getList("slug", String.class)).contains("true-love", "unrequited-love", "war").doesNotHaveDuplicates();
        assertThat(themes.getList("filmCount", Integer.class)).allSatisfy(n -> assertThat(n).isNotNegative());
    }

    @Test
    void aThemeHasItsFilmsStrongestFirstInTheFirstPageOfTwenty() {
        long count = ((Number) given().get("/api/themes").jsonPath().getMap("find { it.slug == 'love' }").get("filmCount")).longValue();
        JsonPath theme = given().get("/api/themes/love").then().statusCode(200).extract().jsonPath();

        assertThat(theme.getString("slug")).isEqualTo("love");
        assertThat(theme.getString("labelEn")).isEqualTo("Love");
        assertThat(theme.getString("labelRu")).isEqualTo("Любовь");
        assertThat(theme.getString("feed")).isEqualTo("http://localhost:" + RestAssured.port + "/feeds/themes/love.atom");
        assertThat(theme.getLong("films.total")).isEqualTo(count).isGreaterThan(2);
        assertThat(theme.getInt("films.page")).isEqualTo(1);
        assertThat(theme.getInt("films.size")).isEqualTo(20);
        List<Map<String, Object>> items = theme.getList("films.items");
        assertThat(items).hasSize((int) Math.min(count, 20));
        assertThat(items).allSatisfy(f -> assertThat(f).containsKeys("id", "title", "year", "weight", "url"));
        assertThat(theme.getList("films.items.weight", Double.class)).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    }

    @Test
    void pagesFollowOneAnotherWithoutGapsOrRepeats() {
        JsonPath all = given().queryParam("size", 100).get("/api/themes/love").then().statusCode(200).extract().jsonPath();
        List<Long> every = all.getList("films.items.id", Long.class);

        JsonPath second = given().queryParam("page", 2).queryParam("size", 2).get("/api/themes/love")
                .then().statusCode(200).extract().jsonPath();
        assertThat(second.getInt("films.page")).isEqualTo(2);
        assertThat(second.getInt("films.size")).isEqualTo(2);
        assertThat(second.getLong("films.total")).isEqualTo(every.size());
        assertThat(second.getList("films.items.id", Long.class)).containsExactlyElementsOf(every.subList(2, 4));

        JsonPath beyond = given().queryParam("page", 1000).get("/api/themes/love").then().statusCode(200).extract().jsonPath();
        assertThat(beyond.getList("films.items")).isEmpty();
        assertThat(beyond.getLong("films.total")).isEqualTo(every.size());
    }

    @Test
    void aHundredFilmsIsTheLargestPage() {
        given().queryParam("size", 100).get("/api/themes/love").then().statusCode(200).body("films.size", equalTo(100));
        given().queryParam("size", 101).get("/api/themes/love").then().statusCode(400)
                .contentType(startsWith("application/json"))
                .body("error", equalTo("size must be a whole number from 1 to 100."));
    }

    @Test
    void aPageOrSizeThatIsNotAWholeNumberFromOneIsRefusedWithTheReason() {
        for (String[] query : new String[][]{{"page", "0"}, {"page", "-1"}, {"page", "abc"}, {"page", "1.5"}}) {
            given().queryParam(query[0], query[1]).get("/api/themes/love").then().statusCode(400)
                    .contentType(startsWith("application/json"))
                    .body("error", equalTo("page must be a whole number from 1."));
        }
        for (String size : new String[]{"0", "many"}) {
            given().queryParam("size", size).get("/api/themes/love").then().statusCode(400)
                    .body("error", equalTo("size must be a whole number from 1 to 100."));
        }
    }
}
