package org.kinopanorama.catalog.api;

import org.kinopanorama.catalog.SeededFilms;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.kinopanorama.catalog.SeededFilms.BETRAYAL;
import static org.kinopanorama.catalog.SeededFilms.TRUE_LOVE;
import static org.kinopanorama.catalog.SeededFilms.UNREQUITED_LOVE;

@QuarkusTest
class ApiListsTest {

    @Inject
    AgroalDataSource db;

    @Test
    void everyCuratedListIsListedWithItsFilmCountAndAddress() {
        JsonPath lists = given().get("/api/lists").then().statusCode(200)
                .contentType(startsWith("application/json")).extract().jsonPath();

        assertThat(lists.getList("slug", String.class)).contains(BETRAYAL, TRUE_LOVE, UNREQUITED_LOVE);
        Map<String, Object> betrayal = lists.getMap("find { it.slug == '" + BETRAYAL + "' }");
        assertThat(betrayal).containsEntry("title", "Betrayal in Soviet cinema")
                .containsEntry("filmCount", 10)
                .containsEntry("url", site("/lists/" + BETRAYAL))
                .containsKey("introduction");
        assertThat((String) betrayal.get("introduction")).startsWith("Delving into the rich tapestry of Soviet cinema");
    }

    @Test
    void aListHasItsEntriesInTheCuratorsOrderWithTheirFilms() throws Exception {
        JsonPath list = given().get("/api/lists/" + BETRAYAL).then().statusCode(200).extract().jsonPath();

        assertThat(list.getString("slug")).isEqualTo(BETRAYAL);
        assertThat(list.getString("title")).isEqualTo("Betrayal in Soviet cinema");
        assertThat(list.getString("url")).isEqualTo(site("/lists/" + BETRAYAL));
        assertThat(list.getString("feed")).isEqualTo(site("/feeds/lists/" + BETRAYAL + ".atom"));
        assertThat(list.getString("updatedAt")).isNotBlank();
        assertThat(list.getList("entries.position", Integer.class)).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        assertThat(list.getInt("filmCount")).isEqualTo(10);

        long meetingPlace = new SeededFilms(db).id("The Meeting Place Cannot Be Changed");
        assertThat(list.getString("entries[0].heading")).isEqualTo("The Meeting Place Cannot Be Changed (1979)");
        assertThat(list.getInt("entries[0].year")).isEqualTo(1979);
        assertThat(list.getLong("entries[0].film.id")).isEqualTo(meetingPlace);
        assertThat(list.getString("entries[0].film.title")).isEqualTo("The Meeting Place Cannot Be Changed");
        assertThat(list.getInt("entries[0].film.year")).isEqualTo(1979);
        assertThat(list.getString("entries[0].film.url")).isEqualTo(site("/films/" + meetingPlace));
        assertThat(list.getString("entries[0].description")).startsWith("Set in post-war Moscow");
        assertThat(list.getString("entries[0].fact")).startsWith("The series was adapted from the novel");
        assertThat(list.getBoolean("entries[0].factTruncated")).isFalse();

        Map<String, Object> shield = list.getMap("entries.find { it.heading == 'The Shield and the Sword (1968)' }");
        assertThat(shield).containsEntry("factTruncated", true)
                .containsEntry("fact", "The film was so popular that it led to a sequel, \"The Sword and the Shield,\" released in");
    }

    @Test
    void aFilmOnTwoListsIsOneFilmOnBoth() throws Exception {
        long cranes = new SeededFilms(db).id("The Cranes Are Flying");
        for (String slug : List.of(TRUE_LOVE, UNREQUITED_LOVE)) {
            List<Long> ids = given().get("/api/lists/" + slug).then().statusCode(200)
                    .extract().jsonPath().getList("entries.film.id", Long.class);
            assertThat(ids).as(slug).contains(cranes).doesNotHaveDuplicates();
        }
    }

    private static String site(String path) {
        return "http://localhost:" + RestAssured.port + path;
    }
}
