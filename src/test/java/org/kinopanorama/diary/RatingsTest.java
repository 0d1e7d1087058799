package org.kinopanorama.diary;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.kinopanorama.account.Visitor;
import org.kinopanorama.watchlist.CuratedFilms;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A signed-in person rates a film from its page in half stars, changes the rating or removes it; the film's page shows
 * everyone's average with its count only once enough people rated it (the floor, 3 by default).
 */
@QuarkusTest
class RatingsTest {

    @Inject
    AgroalDataSource db;

    @Test
    void aPersonRatesAFilmChangesTheRatingAndRemovesIt() {
        long film = CuratedFilms.ingest(db, 1).films().get(0).id();
        Visitor vera = Visitor.signedUp(Visitor.uniqueName("vera"));
        assertThat(vera.get("/films/" + film).asString()).contains("Your rating and diary").contains("You have not rated it.")
                .contains("type=\"radio\" name=\"rating\" value=\"0.5\"").contains("type=\"radio\" name=\"rating\" value=\"5\"");

        Response rated = vera.post("/films/" + film + "/rating", "rating", "3.5");
        assertThat(rated.statusCode()).isEqualTo(303);
        assertThat(rated.header("Location")).endsWith("/films/" + film + "#your-film");
        String page = vera.get("/films/" + film).asString();
        assertThat(page).contains("You rated it 3½ of 5.").contains("value=\"3.5\" required checked").contains("Remove rating");

        vera.post("/films/" + film + "/rating", "rating", "5");
        assertThat(vera.get("/films/" + film).asString()).contains("You rated it 5 of 5.");
        assertThat(CuratedFilms.count(db, "SELECT count(*) FROM film_rating WHERE film_id = ?", film)).as("one rating a person").isEqualTo(1);

        assertThat(vera.post("/films/" + film + "/rating/remove").statusCode()).isEqualTo(303);
        assertThat(vera.get("/films/" + film).asString()).contains("You have not rated it.").doesNotContain("Remove rating");
        assertThat(CuratedFilms.count(db, "SELECT count(*) FROM film_rating WHERE film_id = ?", film)).isZero();
    }

    @Test
    void aRatingThatIsNoHalfStarFromHalfToFiveIsRefusedAndNothingIsStored() {
        long film = CuratedFilms.ingest(db, 1).films().get(0).id();
        Visitor hostile = Visitor.signedUp(Visitor.uniqueName("hostile"));
        hostile.get("/films/" + film);

        for (String bad : new String[] {"0", "5.5", "6", "-1", "3.3", "2.50", "NaN", "1e1", "", " ", "10", "½", "3,5", "' OR 1=1 --"}) {
            Response refused = hostile.post("/films/" + film + "/rating", "rating", bad);
            assertThat(refused.statusCode()).as("rating %s", bad).isEqualTo(400);
            assertThat(refused.asString()).contains("Choose a rating from ½ to 5 stars.");
        }
        assertThat(hostile.request().contentType("application/x-www-form-urlencoded").formParam("csrf", hostile.csrfToken())
                .post("/films/" + film + "/rating").statusCode()).as("no rating at all").isEqualTo(400);
        assertThat(CuratedFilms.count(db, "SELECT count(*) FROM film_rating WHERE film_id = ?", film)).isZero();
    }

    @Test
    void ratingNeedsAnAccountACsrfTokenAndAFilm() {
        long film = CuratedFilms.ingest(db, 1).films().get(0).id();

        Response anonymous = new Visitor().post("/films/" + film + "/rating", "rating", "4");
        assertThat(anonymous.statusCode()).isEqualTo(303);
        assertThat(anonymous.header("Location")).contains("/signin");

        Visitor gleb = Visitor.signedUp(Visitor.uniqueName("gleb"));
        Response forged = gleb.request().contentType("application/x-www-form-urlencoded").formParam("rating", "4")
                .post("/films/" + film + "/rating");
        assertThat(forged.statusCode()).as("no CSRF token").isEqualTo(403);
        assertThat(gleb.post("/films/999999999999/rating", "rating", "4").statusCode()).isEqualTo(404);
        assertThat(CuratedFilms.count(db, "SELECT count(*) FROM film_rating WHERE film_id = ?", film)).isZero();
    }

    @Test
    void theAverageAndItsCountAppearOnceThreePeopleRatedAndFollowEveryChange() {
        long film = CuratedFilms.ingest(db, 1).films().get(0).id();
        Visitor a = Visitor.signedUp(Visitor.uniqueName("rater"));
        Visitor b = Visitor.signedUp(Visitor.uniqueName("rater"));
        Visitor c = Visitor.signedUp(Visitor.uniqueName("rater"));

        a.post("/films/" + film + "/rating", "rating", "4");
        b.post("/films/" + film + "/rating", "rating", "3");
        assertThat(new Visitor().get("/films/" + film).asString()).as("two ratings: below the floor").doesNotContain("your-film__average");
        long before = version();

        c.post("/films/" + film + "/rating", "rating", "2.5");
        assertThat(version()).as("the third rating changes what the catalogue's page shows").isGreaterThan(before);
        assertThat(new Visitor().get("/films/" + film).asString()).contains("Rated 3.2 of 5 by 3 people");
        assertThat(new Visitor().request().cookie("kp-lang", "ru").get("/films/" + film).asString())
                .contains("Средняя оценка 3,2 из 5, оценок: 3");

        c.post("/films/" + film + "/rating", "rating", "5");
        assertThat(new Visitor().get("/films/" + film).asString()).contains("Rated 4.0 of 5 by 3 people");

        c.post("/films/" + film + "/rating/remove");
        assertThat(new Visitor().get("/films/" + film).asString()).doesNotContain("your-film__average");
    }

    private long version() {
        return CuratedFilms.count(db, "SELECT version FROM catalogue_version");
    }
}
