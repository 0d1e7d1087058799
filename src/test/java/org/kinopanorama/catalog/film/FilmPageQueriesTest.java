package org.kinopanorama.catalog.film;

import org.kinopanorama.catalog.SeededFilms;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kinopanorama.account.Visitor;

import java.sql.SQLException;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A film's page costs at most three statements when it is rendered (the test profile keeps no page in memory, so
 * every request here is a miss): the film with everything about it, its related films, the reader's save buttons.
 * Counted by Hibernate's statistics, which see every statement it prepares, native ones included.
 */
@QuarkusTest
class FilmPageQueriesTest {

    static final int MOST = 3;

    @Inject
    SessionFactory sessions;

    @Inject
    AgroalDataSource db;

    Statistics statistics;

    @BeforeEach
    void count() {
        statistics = sessions.getStatistics();
        statistics.setStatisticsEnabled(true);
    }

    @AfterEach
    void stopCounting() {
        statistics.setStatisticsEnabled(false);
    }

    @Test
    void anAnonymousReaderGetsAFilmsPageInAtMostThreeStatements() throws SQLException {
        long film = new SeededFilms(db).id("The Ascent");

        String page = statements(() -> new Visitor().get("/films/" + film), MOST);

        assertThat(page).contains("<h1 id=\"film-title\">The Ascent").contains("If you liked this")
                .contains("class=\"related__link\"").contains("Sign in to save this film");
    }

    @Test
    void aRussianReaderLeaningTheRelatedFilmsTowardAThemeStillCostsAtMostThree() throws SQLException {
        long film = new SeededFilms(db).id("The Ascent");

        String page = statements(() -> new Visitor().request().cookie("kp-lang", "ru")
                .get("/films/" + film + "?more=betrayal"), MOST);

        assertThat(page).contains("Если вам понравился этот фильм").contains("aria-current=\"true\"");
    }

    @Test
    void aThemeThatIsNoThemeInTheAddressIsSaidSoAndReadsNothingMore() throws SQLException {
        long film = new SeededFilms(db).id("The Ascent");

        for (String hostile : new String[] {"' OR 1=1 --", "<script>alert(1)</script>", "no-such-theme"}) {
            statistics.clear();
            Response response = new Visitor().request().queryParam("more", hostile).get("/films/" + film);
            assertThat(statistics.getPrepareStatementCount()).as("statements for %s", hostile).isLessThanOrEqualTo(MOST);
            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(response.asString()).contains("class=\"related__link\"").doesNotContain("<script>alert(1)");
        }
    }

    @Test
    void aSignedInReaderGetsAFilmsPageWithTheirListsInAtMostThreeStatementsOfItsOwn() throws SQLException {
        long film = new SeededFilms(db).id("The Ascent");
        Visitor reader = Visitor.signedUp(Visitor.uniqueName("counted"));
        reader.get("/films/" + film); // the session's check is remembered after its first page

        String page = statements(() -> reader.get("/films/" + film), MOST + identityRestored());

        assertThat(page).contains("Add to Watchlist").contains("class=\"related__link\"");
    }

    /**
     * Statements Quarkus runs for a signed-in request before any page code (restoring the reader's identity from the
     * session cookie), measured on a page that reads nothing itself.
     */
    private long identityRestored() {
        Visitor reader = Visitor.signedUp(Visitor.uniqueName("about"));
        reader.get("/about");
        statistics.clear();
        assertThat(reader.get("/about").statusCode()).isEqualTo(200);
        return statistics.getPrepareStatementCount();
    }

    private String statements(Supplier<Response> request, long most) {
        statistics.clear();
        Response response = request.get();
        long counted = statistics.getPrepareStatementCount();
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(counted).as("statements for the film page").isLessThanOrEqualTo(most);
        System.out.printf("Film page: %d statements (at most %d)%n", counted, most);
        return response.asString();
    }
}
