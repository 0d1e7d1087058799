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
class ApiFilmTest {

    @Inject
    AgroalDataSource db;

    @Test
    void theIronyOfFateIsOnThreeListsWithThreeDescriptionsAndBothTitles() throws Exception {
        long irony = new SeededFilms(db).id("The Irony of Fate");
        JsonPath film = given().get("/api/films/" + irony).then().statusCode(200)
                .contentType(startsWith("application/json")).extract().jsonPath();

        assertThat(film.getLong("id")).isEqualTo(irony);
        assertThat(film.getString("title")).isEqualTo("The Irony of Fate");
        assertThat(film.getInt("year")).isEqualTo(1975);
        assertThat(film.getString("url")).isEqualTo("http://localhost:" + RestAssured.port + "/films/" + irony);
        assertThat(film.getList("titles.title", String.class))
                .contains("The Irony of Fate", "The Irony of Fate, or Enjoy Your Bath!");
        assertThat(film.getList("titles.source", String.class)).allSatisfy(s -> assertThat(s).isNotBlank());

        assertThat(film.getList("lists.slug", String.class)).containsExactlyInAnyOrder(BETRAYAL, TRUE_LOVE, UNREQUITED_LOVE);
        assertThat(film.getList("lists.description", String.class)).hasSize(3).doesNotHaveDuplicates()
                .anySatisfy(d -> assertThat(d).startsWith("While not a traditional betrayal narrative"))
                .anySatisfy(d -> assertThat(d).startsWith("This New Year's Eve classic tells the story of a man who"))
                .anySatisfy(d -> assertThat(d).startsWith("This New Year's Eve classic tells the story of Zhenya"));
        assertThat(film.getList("lists.fact", String.class)).hasSize(3).allSatisfy(f -> assertThat(f).isNotBlank());
        assertThat(film.getList("lists.position", Integer.class)).allSatisfy(p -> assertThat(p).isPositive());
        assertThat(film.getList("lists.title", String.class)).contains("Betrayal in Soviet cinema");
    }

    @Test
    void aFilmsThemesCarryTheirWeightAndEvidence() throws Exception {
        long irony = new SeededFilms(db).id("The Irony of Fate");
        JsonPath film = given().get("/api/films/" + irony).then().statusCode(200).extract().jsonPath();

        List<Double> weights = film.getList("themes.weight", Double.class);
        assertThat(weights).isNotEmpty().isSortedAccordingTo((a, b) -> Double.compare(b, a))
                .allSatisfy(w -> assertThat(w).isBetween(0.0, 1.0));
        Map<String, Object> betrayal = film.getMap("themes.find { it.slug == 'betrayal' }");
        assertThat(betrayal).containsEntry("labelEn", "Betrayal").containsEntry("labelRu", "Предательство");
        List<Map<String, Object>> evidence = film.getList("themes.find { it.slug == 'betrayal' }.evidence");
        assertThat(evidence).anySatisfy(e -> {
            assertThat(e).containsEntry("list", BETRAYAL).containsEntry("negated", true);
            assertThat((String) e.get("words")).contains("betrayal");
            assertThat((String) e.get("origin")).isNotBlank();
        });
    }

    @Test
    void theUnsentLetterHasTheTwoYearsItsListsClaim() throws Exception {
        long unsent = new SeededFilms(db).id("The Unsent Letter");
        JsonPath film = given().get("/api/films/" + unsent).then().statusCode(200).extract().jsonPath();

        assertThat(film.getList("yearClaims.year", Integer.class)).containsExactly(1959, 1960);
        assertThat(film.getString("yearClaims.find { it.year == 1959 }.list")).isEqualTo(UNREQUITED_LOVE);
        assertThat(film.getString("yearClaims.find { it.year == 1960 }.list")).isEqualTo(BETRAYAL);
        assertThat(film.getString("yearClaims.find { it.year == 1960 }.listTitle")).isEqualTo("Betrayal in Soviet cinema");
    }
}
