package org.kinopanorama.diary;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.kinopanorama.account.Visitor;
import org.kinopanorama.watchlist.CuratedFilms;
import org.kinopanorama.watchlist.CuratedFilms.FilmRef;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A signed-in person logs watching a film (a day, rewatch, a short review, private or public), finds it on the film's
 * page and in their diary, newest first and a page at a time, and only public entries and ratings on their profile.
 */
@QuarkusTest
class DiaryTest {

    private static final Pattern ENTRY = Pattern.compile("id=\"entry-(\\d+)\"");

    @Inject
    AgroalDataSource db;

    @Test
    void aLoggedWatchIsOnTheFilmsPageAndInTheDiary() {
        FilmRef film = CuratedFilms.ingest(db, 1).films().get(0);
        Visitor lida = Visitor.signedUp(Visitor.uniqueName("lida"));
        lida.get("/films/" + film.id());

        Response logged = lida.post("/films/" + film.id() + "/log", "on", "2025-03-08", "rewatch", "yes",
                "review", "Still <b>devastating</b>.", "public", "yes");
        assertThat(logged.statusCode()).isEqualTo(303);
        assertThat(logged.header("Location")).endsWith("/films/" + film.id() + "#your-film");

        assertThat(lida.get("/films/" + film.id()).asString()).contains("Last watched on 2025-03-08 (rewatch)")
                .contains("Still &lt;b&gt;devastating&lt;/b&gt;.").doesNotContain("<b>devastating");
        String diary = lida.get("/diary").asString();
        assertThat(diary).contains("<h1 id=\"page-title\">My diary</h1>").contains(film.title())
                .contains("<time datetime=\"2025-03-08\">").contains("rewatch").contains("Public");
    }

    @Test
    void theDiaryIsNewestFirstAPageAtATime() {
        List<FilmRef> films = CuratedFilms.ingest(db, 3).films();
        Visitor mark = Visitor.signedUp(Visitor.uniqueName("mark"));
        mark.get("/diary");
        LocalDate day = LocalDate.of(2024, 1, 1);
        for (int i = 0; i < DiaryService.PAGE_SIZE + 5; i++) {
            assertThat(mark.post("/films/" + films.get(i % 3).id() + "/log", "on", day.plusDays(i).toString()).statusCode()).isEqualTo(303);
        }

        String first = mark.get("/diary").asString();
        assertThat(first).contains("25 entries, newest first").contains("Page 1 of 2").contains("href=\"/diary?page=2\"");
        assertThat(first.indexOf("datetime=\"2024-01-25\"")).isLessThan(first.indexOf("datetime=\"2024-01-24\""));
        assertThat(entries(first)).hasSize(DiaryService.PAGE_SIZE);
        String second = mark.get("/diary?page=2").asString();
        assertThat(entries(second)).hasSize(5);
        assertThat(second).contains("datetime=\"2024-01-01\"").contains("Page 2 of 2").doesNotContain("datetime=\"2024-01-25\"");
        for (String odd : new String[] {"0", "-3", "abc", "99999999999", "2.5"}) {
            assertThat(mark.get("/diary?page=" + odd).statusCode()).as("page %s", odd).isEqualTo(200);
        }
        assertThat(mark.get("/diary?page=9").asString()).contains("Page 2 of 2");
    }

    @Test
    void impossibleDaysAndOverLongReviewsAreRefusedNextToTheFieldWithTheInputKept() {
        FilmRef film = CuratedFilms.ingest(db, 1).films().get(0); // made in 1950
        Visitor nina = Visitor.signedUp(Visitor.uniqueName("nina"));
        nina.get("/films/" + film.id() + "/log");

        String[][] refusals = {
                {LocalDate.now().plusDays(3).toString(), "Enter a date between 1895-12-28 and"},
                {"1800-01-01", "Enter a date between 1895-12-28 and"},
                {"+999999999-12-31", "Enter a date between 1895-12-28 and"},
                {"1930-06-01", "This film is from " + film.year() + ": pick a day from then on."},
                {"yesterday", "is not a date"},
                {"2025-02-30", "is not a date"},
        };
        for (String[] r : refusals) {
            Response refused = nina.post("/films/" + film.id() + "/log", "on", r[0], "review", "kept review");
            assertThat(refused.statusCode()).as("day %s", r[0]).isEqualTo(422);
            assertThat(refused.asString()).contains(r[1]).contains("aria-invalid=\"true\"").contains(">kept review</textarea>");
        }
        String tooLong = "a".repeat(DiaryService.REVIEW_MAX + 1);
        Response longReview = nina.post("/films/" + film.id() + "/log", "on", "2025-01-01", "review", tooLong);
        assertThat(longReview.statusCode()).isEqualTo(422);
        assertThat(longReview.asString()).contains("A review is at most 1000 characters; this one has 1001.").contains(tooLong);

        assertThat(nina.post("/films/" + film.id() + "/log", "on", "2025-01-01", "review", "b".repeat(DiaryService.REVIEW_MAX))
                .statusCode()).as("exactly the limit").isEqualTo(303);
        assertThat(nina.post("/films/999999999999/log", "on", "2025-01-01").statusCode()).isEqualTo(404);
        assertThat(CuratedFilms.count(db, "SELECT count(*) FROM diary_entry WHERE film_id = ?", film.id())).isEqualTo(1);
    }

    @Test
    void someoneElsesEntryCannotBeDeletedOrPublished() {
        FilmRef film = CuratedFilms.ingest(db, 1).films().get(0);
        Visitor owner = Visitor.signedUp(Visitor.uniqueName("owner"));
        owner.get("/films/" + film.id());
        owner.post("/films/" + film.id() + "/log", "on", "2025-01-01", "review", "Mine.");
        long entry = entries(owner.get("/diary").asString()).get(0);

        Visitor other = Visitor.signedUp(Visitor.uniqueName("other"));
        other.get("/diary");
        assertThat(other.post("/diary/" + entry + "/delete").statusCode()).isEqualTo(403);
        assertThat(other.post("/diary/" + entry + "/visibility", "public", "yes").statusCode()).isEqualTo(403);
        assertThat(other.post("/diary/999999999999/delete").statusCode()).isEqualTo(404);
        assertThat(other.get("/diary").asString()).doesNotContain("Mine.");
        assertThat(new Visitor().post("/diary/" + entry + "/delete").header("Location")).contains("/signin");
        Response forged = other.request().contentType("application/x-www-form-urlencoded").post("/diary/" + entry + "/delete");
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(CuratedFilms.count(db, "SELECT count(*) FROM diary_entry WHERE id = ? AND NOT is_public", entry)).isEqualTo(1);

        assertThat(owner.post("/diary/" + entry + "/delete").statusCode()).isEqualTo(303);
        assertThat(owner.get("/diary").asString()).contains("Your diary is empty");
        assertThat(owner.get("/films/" + film.id()).asString()).as("a mistaken log is undone whole")
                .doesNotContain("Last watched on").doesNotContain("Watched on");
    }

    @Test
    void theProfileShowsOnlyPublicRatingsAndDiaryEntries() {
        List<FilmRef> films = CuratedFilms.ingest(db, 2).films();
        String name = Visitor.uniqueName("olga");
        Visitor olga = Visitor.signedUp(name);
        olga.get("/films/" + films.get(0).id());
        olga.post("/films/" + films.get(0).id() + "/rating", "rating", "4.5", "public", "yes");
        olga.post("/films/" + films.get(1).id() + "/rating", "rating", "1");
        olga.post("/films/" + films.get(0).id() + "/log", "on", "2025-04-01", "review", "Shown to all.", "public", "yes");
        olga.post("/films/" + films.get(1).id() + "/log", "on", "2025-04-02", "review", "Kept to myself.");

        String profile = new Visitor().get("/users/" + name).asString();
        assertThat(profile).contains("<h2 id=\"profile-ratings\">Ratings</h2>").contains(films.get(0).title()).contains("4½")
                .contains("Shown to all.").doesNotContain("Kept to myself.").doesNotContain(films.get(1).title());

        long hidden = entries(olga.get("/diary").asString()).get(0); // newest: the private one
        olga.post("/diary/" + hidden + "/visibility", "public", "yes");
        assertThat(new Visitor().get("/users/" + name).asString()).contains("Kept to myself.")
                .as("a public entry does not publish a private rating").doesNotContain("1<span class=\"visually-hidden\"> of 5 stars");
    }

    private static List<Long> entries(String page) {
        Matcher m = ENTRY.matcher(page);
        java.util.ArrayList<Long> ids = new java.util.ArrayList<>();
        while (m.find()) {
            ids.add(Long.parseLong(m.group(1)));
        }
        return ids;
    }
}
