package org.kinopanorama.watchlist;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.kinopanorama.account.Visitor;
import org.kinopanorama.watchlist.CuratedFilms.FilmRef;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hiding a suggested film has one address and one list: the forms of For you and of a list's suggestions post to
 * the same place, the film lands on the one page of hidden films (and in For you's section of them), and one undo,
 * from either, brings it back everywhere.
 */
@QuarkusTest
class HiddenSuggestionsTest {

    /** A form that hides a film: its action, then the film and the return path it sends. */
    private static final Pattern HIDE_FORM = Pattern.compile(
            "<form method=\"post\" action=\"([^\"]+)\"[^>]*>\\s*<input type=\"hidden\" name=\"csrf\"[^>]*>\\s*"
                    + "<input type=\"hidden\" name=\"film\" value=\"(\\d+)\">\\s*<input type=\"hidden\" name=\"return\" value=\"([^\"]*)\">");
    private static final Pattern UNDO_FORM = Pattern.compile(
            "<form method=\"post\" action=\"(/watchlists/not-interested/(\\d+)/undo)\"[^>]*>\\s*<input type=\"hidden\" name=\"csrf\"[^>]*>\\s*"
                    + "<input type=\"hidden\" name=\"return\" value=\"([^\"]*)\">");
    private static final Pattern FOR_YOU_SUGGESTED = Pattern.compile("<li class=\"card suggestion\" id=\"film-(\\d+)\">");

    @Inject
    AgroalDataSource db;

    @Test
    void hidingFromForYouOrFromAListLandsInTheOneListAndEitherUndoBringsItBack() {
        List<FilmRef> f = CuratedFilms.ingest(db, 3).films();
        FilmRef saved = f.get(0), fromForYou = f.get(1), fromList = f.get(2);
        CuratedFilms.neighbours(db, saved.id(), 0.8, fromForYou.id(), fromList.id());
        Visitor anna = Visitor.signedUp(Visitor.uniqueName("anna"));
        long list = Lists.watchlist(anna);
        Lists.add(anna, list, saved.id());
        assertThat(forYouSuggested(anna)).containsExactly(fromForYou.id(), fromList.id());

        // For you's form and the list's form name the same address; each comes back to its own page
        Response hiddenOnForYou = submitHide(anna, get(anna, "/for-you"), fromForYou);
        assertThat(hiddenOnForYou.statusCode()).isEqualTo(303);
        assertThat(hiddenOnForYou.header("Location")).endsWith("/for-you");
        Response hiddenOnList = submitHide(anna, get(anna, "/watchlists/" + list), fromList);
        assertThat(hiddenOnList.statusCode()).isEqualTo(303);
        assertThat(hiddenOnList.header("Location")).endsWith("/watchlists/" + list + "#suggestions-title");
        assertThat(CuratedFilms.count(db, "SELECT count(*) FROM suggestion_dismissal WHERE film_id IN (?, ?)",
                fromForYou.id(), fromList.id())).isEqualTo(2);

        // both in the one list of hidden films, both in For you's section, suggested nowhere
        String hiddenPage = get(anna, "/watchlists/not-interested");
        assertThat(undoable(hiddenPage)).containsExactlyInAnyOrder(fromForYou.id(), fromList.id());
        assertThat(undoable(get(anna, "/for-you"))).containsExactlyInAnyOrder(fromForYou.id(), fromList.id());
        assertThat(forYouSuggested(anna)).isEmpty();
        assertThat(get(anna, "/watchlists/" + list)).doesNotContain("href=\"/films/" + fromForYou.id() + "\"")
                .doesNotContain("href=\"/films/" + fromList.id() + "\"");

        // undo from the page of hidden films (back to it), and from For you's section (back there)
        Response undoneOnPage = submitUndo(anna, hiddenPage, fromList);
        assertThat(undoneOnPage.statusCode()).isEqualTo(303);
        assertThat(undoneOnPage.header("Location")).endsWith("/watchlists/not-interested");
        Response undoneOnForYou = submitUndo(anna, get(anna, "/for-you"), fromForYou);
        assertThat(undoneOnForYou.statusCode()).isEqualTo(303);
        assertThat(undoneOnForYou.header("Location")).endsWith("/for-you#hidden-title");

        assertThat(undoable(get(anna, "/watchlists/not-interested"))).isEmpty();
        assertThat(get(anna, "/for-you")).doesNotContain("Hidden suggestions");
        assertThat(forYouSuggested(anna)).containsExactly(fromForYou.id(), fromList.id());
        assertThat(get(anna, "/watchlists/" + list)).contains("href=\"/films/" + fromList.id() + "\"");
    }

    @Test
    void theOldAddressesOfForYouSendTheSamePostOnAndWriteNothingThemselves() {
        FilmRef film = CuratedFilms.ingest(db, 1).films().get(0);
        Visitor boris = Visitor.signedUp(Visitor.uniqueName("boris"));
        Response hide = boris.post("/for-you/hide", "film", Long.toString(film.id()), "return", "/for-you");
        assertThat(hide.statusCode()).isEqualTo(308);
        assertThat(hide.header("Location")).endsWith("/watchlists/not-interested");
        Response unhide = boris.post("/for-you/hidden/" + film.id() + "/unhide");
        assertThat(unhide.statusCode()).isEqualTo(308);
        assertThat(unhide.header("Location")).endsWith("/watchlists/not-interested/" + film.id() + "/undo");
        assertThat(CuratedFilms.count(db, "SELECT count(*) FROM suggestion_dismissal WHERE film_id = ?", film.id())).isZero();
        // without the site's token, the old address refuses as the new one does
        assertThat(boris.request().formParam("film", Long.toString(film.id())).post("/for-you/hide").statusCode()).isEqualTo(403);
    }

    @Test
    void undoGoesBackOnlyToAPathOfThisSite() {
        FilmRef film = CuratedFilms.ingest(db, 1).films().get(0);
        Visitor clara = Visitor.signedUp(Visitor.uniqueName("clara"));
        assertThat(clara.post("/watchlists/not-interested", "film", Long.toString(film.id())).statusCode()).isEqualTo(303);
        Response away = clara.post("/watchlists/not-interested/" + film.id() + "/undo", "return", "//evil.example/x");
        assertThat(away.statusCode()).isEqualTo(303);
        assertThat(away.header("Location")).doesNotContain("evil.example");
        assertThat(CuratedFilms.count(db, "SELECT count(*) FROM suggestion_dismissal WHERE film_id = ?", film.id())).isZero();
    }

    // ------------------------------------------------------------------ helpers

    private static String get(Visitor visitor, String path) {
        Response page = visitor.get(path);
        assertThat(page.statusCode()).as("GET %s", path).isEqualTo(200);
        return page.asString();
    }

    private static List<Long> forYouSuggested(Visitor visitor) {
        return all(FOR_YOU_SUGGESTED, get(visitor, "/for-you"), 1);
    }

    private static List<Long> undoable(String page) {
        return all(UNDO_FORM, page, 2);
    }

    private static List<Long> all(Pattern pattern, String page, int group) {
        List<Long> ids = new ArrayList<>();
        Matcher m = pattern.matcher(page);
        while (m.find()) {
            ids.add(Long.parseLong(m.group(group)));
        }
        return ids;
    }

    /** Sends the page's own hide form for the film, as a browser would. */
    private static Response submitHide(Visitor visitor, String page, FilmRef film) {
        Matcher m = HIDE_FORM.matcher(page);
        while (m.find()) {
            if (m.group(2).equals(Long.toString(film.id()))) {
                assertThat(m.group(1)).isEqualTo("/watchlists/not-interested");
                return visitor.post(m.group(1), "film", m.group(2), "return", m.group(3));
            }
        }
        throw new AssertionError("no form hides film " + film.id() + " on the page");
    }

    private static Response submitUndo(Visitor visitor, String page, FilmRef film) {
        Matcher m = UNDO_FORM.matcher(page);
        while (m.find()) {
            if (m.group(2).equals(Long.toString(film.id()))) {
                return visitor.post(m.group(1), "return", m.group(3));
            }
        }
        throw new AssertionError("no form shows film " + film.id() + " again on the page");
    }
}
