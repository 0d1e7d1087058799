package org.kinopanorama.catalog.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;
import org.kinopanorama.Statements;

import java.util.function.Supplier;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API's film list and the home page's popular films show films, not the film list's facets: they never count
 * the facets (a dozen statements, the film list's alone; the test profile keeps no counts in memory, so the film list
 * counts them on every request). Counted by Hibernate's statistics, which see every statement, native ones included.
 */
@QuarkusTest
class FilmsApiStatementsTest {

    /** How many films match, the page's films, their themes, and the film list's scores checked fresh. */
    static final int MOST = 4;

    @Inject
    SessionFactory sessions;

    @Test
    void theApiGivesAFilteredPageOfFilmsWithoutCountingTheFacets() {
        long api = statements(() -> given().get("/api/films?decade=1970&sort=year"));
        long list = statements(() -> given().accept("text/html").get("/films?decade=1970&sort=year"));
        System.out.printf("Films of the 1970s: the API %d statements, the film list %d%n", api, list);

        assertThat(api).as("statements for /api/films").isLessThanOrEqualTo(MOST);
        assertThat(list).as("the film list counts its facets").isGreaterThan(api + 5);
        // the same films, and the same total, as the film list's
        Response page = given().get("/api/films?decade=1970&sort=year");
        assertThat(page.jsonPath().getInt("total")).isPositive();
        assertThat(given().accept("text/html").get("/films?decade=1970&sort=year").asString())
                .contains(page.jsonPath().getString("items[0].title"));
    }

    @Test
    void theHomePageShowsPopularFilmsWithoutCountingTheFacets() {
        long home = statements(() -> given().accept("text/html").get("/"));
        long list = statements(() -> given().accept("text/html").get("/films"));
        System.out.printf("Home page %d statements, the film list %d%n", home, list);

        assertThat(list - home).as("the home page reads fewer statements than the film list's facets alone").isGreaterThan(5);
    }

    private long statements(Supplier<Response> request) {
        return Statements.of(sessions, () -> assertThat(request.get().statusCode()).isEqualTo(200));
    }
}
