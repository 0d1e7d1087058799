package org.kinopanorama.diary;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.kinopanorama.account.Visitor;
import org.kinopanorama.watchlist.CuratedFilms;
import org.kinopanorama.watchlist.CuratedFilms.CuratedListRef;
import org.kinopanorama.watchlist.CuratedFilms.FilmRef;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Watched" is about the person and the film: logged in the diary or marked on any list, a film is watched on every
 * list of theirs, counts in a curated list's progress, is shown on its page, and is never suggested to them.
 */
@QuarkusTest
class WatchedEverywhereTest {

    private static final Pattern LIST_LINK = Pattern.compile("href=\"/watchlists/(\\d+)\"");

    @Inject
    AgroalDataSource db;

    @Test
    void aFilmLoggedInTheDiaryIsWatchedOnEveryListAndInTheCuratedListsProgress() {
        CuratedListRef curated = CuratedFilms.ingest(db, 3);
        FilmRef film = curated.films().get(1);
        TwoLists lists = onTwoLists("petr", curated, film);
        Visitor petr = lists.person();
        long watchlist = lists.watchlist(), copy = lists.copy();

        assertThat(petr.post("/films/" + film.id() + "/log", "on", "2025-06-01").statusCode()).isEqualTo(303);

        assertThat(petr.get("/watchlists/" + watchlist).asString()).contains("1 film, 1 watched")
                .contains("Watched on 2025-06-01");
        assertThat(petr.get("/watchlists/" + copy).asString()).as("the person's own copy of the curated list")
                .contains("3 films, 1 watched");
        assertThat(petr.get("/watchlists").asString()).contains("3 films, 1 watched");
        assertThat(petr.get("/lists/" + curated.slug()).asString()).contains("You have watched 1 of 3");
        assertThat(petr.request().queryParam("q", film.title()).get("/search").asString()).as("a film card in search results")
                .contains("✓ Watched");
    }

    @Test
    void markingAFilmWatchedOnOneListMarksItOnAllAndOnItsPageAndUnmarkingUndoesIt() {
        CuratedListRef curated = CuratedFilms.ingest(db, 2);
        FilmRef film = curated.films().get(0);
        TwoLists lists = onTwoLists("raya", curated, film);
        Visitor raya = lists.person();
        long watchlist = lists.watchlist(), copy = lists.copy();

        Response marked = raya.post("/watchlists/" + copy + "/films/" + film.id() + "/watched", "watched", "yes", "on", "2024-12-31");
        assertThat(marked.statusCode()).isEqualTo(303);
        assertThat(raya.get("/watchlists/" + watchlist + "?show=watched").asString()).contains("id=\"film-" + film.id() + "\"")
                .contains("Watched on 2024-12-31");
        assertThat(raya.get("/films/" + film.id()).asString()).contains("Watched on 2024-12-31")
                .as("a watched film's log form offers a rewatch").contains("name=\"rewatch\" value=\"yes\" checked");

        raya.post("/watchlists/" + watchlist + "/films/" + film.id() + "/watched", "watched", "no");
        assertThat(raya.get("/watchlists/" + copy).asString()).contains("2 films, 0 watched");
        assertThat(raya.get("/lists/" + curated.slug()).asString()).contains("You have watched 0 of 2");

        Visitor other = Visitor.signedUp(Visitor.uniqueName("other"));
        other.post("/films/" + film.id() + "/log", "on", "2025-01-01");
        assertThat(raya.get("/lists/" + curated.slug()).asString()).as("only the reader's own watching counts")
                .contains("You have watched 0 of 2");
    }

    @Test
    void aFilmThePersonWatchedIsNeverSuggestedForAListOrForThem() {
        List<FilmRef> f = CuratedFilms.ingest(db, 4).films();
        FilmRef saved = f.get(0), seen = f.get(1), unseen = f.get(2), alsoSeen = f.get(3);
        f.forEach(film -> CuratedFilms.neighbours(db, film.id(), 0.5));
        CuratedFilms.neighbours(db, saved.id(), 0.9, seen.id(), unseen.id(), alsoSeen.id());
        Visitor sasha = Visitor.signedUp(Visitor.uniqueName("sasha"));
        long watchlist = defaultList(sasha);
        sasha.post("/watchlists/" + watchlist + "/films/" + saved.id() + "/add");
        String before = sasha.get("/watchlists/" + watchlist).asString();
        assertThat(before).contains("/films/" + seen.id() + "\"").contains("/films/" + unseen.id() + "\"");

        sasha.post("/films/" + seen.id() + "/log", "on", "2025-02-02");
        sasha.post("/films/" + alsoSeen.id() + "/log", "on", "2025-02-03");

        String suggestions = sasha.get("/watchlists/" + watchlist).asString();
        assertThat(suggestions).contains("/films/" + unseen.id() + "\"").doesNotContain("/films/" + seen.id() + "\"")
                .doesNotContain("/films/" + alsoSeen.id() + "\"");
        String forYou = sasha.get("/for-you").asString();
        assertThat(forYou).contains("id=\"film-" + unseen.id() + "\"").doesNotContain("id=\"film-" + seen.id() + "\"")
                .doesNotContain("id=\"film-" + alsoSeen.id() + "\"");
    }

    /** A person with the film on their Watchlist and on their own copy of the curated list. */
    private record TwoLists(Visitor person, long watchlist, long copy) {
    }

    private static TwoLists onTwoLists(String name, CuratedListRef curated, FilmRef film) {
        Visitor person = Visitor.signedUp(Visitor.uniqueName(name));
        long watchlist = defaultList(person);
        person.post("/watchlists/" + watchlist + "/films/" + film.id() + "/add");
        return new TwoLists(person, watchlist, savedCopy(person, curated.slug()));
    }

    private static long defaultList(Visitor visitor) {
        Matcher m = LIST_LINK.matcher(visitor.get("/watchlists").asString());
        assertThat(m.find()).isTrue();
        return Long.parseLong(m.group(1));
    }

    private static long savedCopy(Visitor visitor, String slug) {
        visitor.get("/lists/" + slug);
        Response saved = visitor.post("/watchlists/from-list/" + slug);
        assertThat(saved.statusCode()).isEqualTo(303);
        return Long.parseLong(saved.header("Location").replaceAll(".*/watchlists/(\\d+).*", "$1"));
    }
}
