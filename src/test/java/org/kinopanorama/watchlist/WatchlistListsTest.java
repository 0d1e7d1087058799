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
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** A person's lists: the default Watchlist, more lists, adding, order, notes, watched, filters, deleting. */
@QuarkusTest
class WatchlistListsTest {

    @Inject
    AgroalDataSource db;

    @Test
    void everyNewAccountHasAWatchlistAndMayCreateMoreLists() {
        Visitor anna = Visitor.signedUp(Visitor.uniqueName("anna"));
        String mine = anna.get("/watchlists").asString();
        assertThat(mine).contains(">Watchlist</a>").contains("0 films, 0 watched");

        Response refused = anna.post("/watchlists", "name", "   ", "description", "");
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.asString()).contains("Give the list a name.");

        long list = Lists.create(anna, "Sunday  films");
        String page = Lists.page(anna, list);
        assertThat(page).contains("<h1 id=\"list-title\">Sunday films</h1>");
        assertThat(anna.get("/watchlists").asString()).contains("Sunday films").contains(">Watchlist</a>");
    }

    @Test
    void aFilmIsAddedFromItsPageAndRemovedAgainInOneAction() {
        FilmRef film = CuratedFilms.ingest(db, 1).films().get(0);
        Visitor boris = Visitor.signedUp(Visitor.uniqueName("boris"));
        long watchlist = Lists.watchlist(boris);

        String filmPage = boris.get("/films/" + film.id()).asString();
        assertThat(filmPage).contains("action=\"/watchlists/" + watchlist + "/films/" + film.id() + "/add\"")
                .contains("Add to Watchlist");

        Response added = boris.post("/watchlists/" + watchlist + "/films/" + film.id() + "/add", "return", "/films/" + film.id());
        assertThat(added.statusCode()).isEqualTo(303);
        assertThat(added.header("Location")).endsWith("/films/" + film.id());
        assertThat(boris.get("/films/" + film.id()).asString()).contains("✓ On Watchlist")
                .contains("action=\"/watchlists/" + watchlist + "/films/" + film.id() + "/remove\"");
        assertThat(Lists.order(Lists.page(boris, watchlist))).containsExactly(film.id());

        // from a film card of the film list and from a search result as well
        assertThat(boris.get("/films?q=&sort=title").asString()).contains("/films/");
        assertThat(boris.get("/search?q=" + film.title().replace(' ', '+')).asString())
                .contains("action=\"/watchlists/" + watchlist + "/films/" + film.id() + "/remove\"");

        boris.post("/watchlists/" + watchlist + "/films/" + film.id() + "/remove", "return", "/films/" + film.id());
        assertThat(Lists.order(Lists.page(boris, watchlist))).isEmpty();

        // the page's script asks for the new state instead of a redirect
        Response scripted = boris.request().header("X-Kinopanorama-Script", "1")
                .contentType("application/x-www-form-urlencoded; charset=UTF-8").formParam("csrf", boris.csrfToken())
                .post("/watchlists/" + watchlist + "/films/" + film.id() + "/add");
        assertThat(scripted.statusCode()).isEqualTo(200);
        assertThat(scripted.jsonPath().getBoolean("on")).isTrue();
        assertThat(scripted.jsonPath().getString("action")).isEqualTo("/watchlists/" + watchlist + "/films/" + film.id() + "/remove");
        assertThat(scripted.jsonPath().getString("label")).isEqualTo("✓ On Watchlist");
        assertThat(Lists.order(Lists.page(boris, watchlist))).containsExactly(film.id());
        String again = boris.get("/films/" + film.id()).asString();
        assertThat(again.split("/js/watchlist.js", -1)).as("the script, once").hasSize(2);
    }

    @Test
    void aVisitorIsInvitedToSignInAndNeverSeesAnyonesLists() {
        FilmRef film = CuratedFilms.ingest(db, 1).films().get(0);
        String page = new Visitor().get("/films/" + film.id()).asString();
        assertThat(page).contains("Sign in to save this film").doesNotContain("/watchlists/");
        Response lists = new Visitor().get("/watchlists");
        assertThat(lists.statusCode()).isEqualTo(303);
        assertThat(lists.header("Location")).contains("/signin");
    }

    @Test
    void addingTheSameFilmFromTwoTabsAtOnceLeavesOneEntry() throws Exception {
        FilmRef film = CuratedFilms.ingest(db, 1).films().get(0);
        Visitor clara = Visitor.signedUp(Visitor.uniqueName("clara"));
        long list = Lists.watchlist(clara);
        clara.get("/films/" + film.id());
        ExecutorService tabs = Executors.newFixedThreadPool(4);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> posts = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                Callable<Integer> post = () -> {
                    start.await();
                    return clara.post("/watchlists/" + list + "/films/" + film.id() + "/add").statusCode();
                };
                posts.add(tabs.submit(post));
            }
            start.countDown();
            for (Future<Integer> post : posts) {
                assertThat(post.get()).isEqualTo(303);
            }
        } finally {
            tabs.shutdownNow();
        }
        assertThat(Lists.order(Lists.page(clara, list))).containsExactly(film.id());
        assertThat(CuratedFilms.count(db, "SELECT count(*) FROM watchlist_entry WHERE watchlist_id = ?", list)).isEqualTo(1);
    }

    @Test
    void filmsAreReorderedAnnotatedMarkedWatchedAndFiltered() {
        List<FilmRef> films = CuratedFilms.ingest(db, 4).films();
        Visitor dina = Visitor.signedUp(Visitor.uniqueName("dina"));
        long list = Lists.create(dina, "To see");
        films.forEach(f -> Lists.add(dina, list, f.id()));
        long a = films.get(0).id(), b = films.get(1).id(), c = films.get(2).id(), d = films.get(3).id();
        assertThat(Lists.order(Lists.page(dina, list))).containsExactly(a, b, c, d);

        Response down = dina.post("/watchlists/" + list + "/films/" + a + "/move", "direction", "down");
        assertThat(down.statusCode()).isEqualTo(303);
        assertThat(down.header("Location")).endsWith("/watchlists/" + list + "#film-" + a);
        assertThat(Lists.order(Lists.page(dina, list))).containsExactly(b, a, c, d);
        dina.post("/watchlists/" + list + "/films/" + d + "/move", "position", "1");
        assertThat(Lists.order(Lists.page(dina, list))).containsExactly(d, b, a, c);
        dina.post("/watchlists/" + list + "/films/" + d + "/move", "direction", "up"); // already first
        dina.post("/watchlists/" + list + "/films/" + b + "/move", "position", "99"); // past the end: last
        assertThat(Lists.order(Lists.page(dina, list))).containsExactly(d, a, c, b);

        dina.post("/watchlists/" + list + "/films/" + a + "/note", "note", "Recommended by <Lena>, see with Dad");
        dina.post("/watchlists/" + list + "/films/" + c + "/watched", "watched", "yes", "on", "2026-01-02");
        String page = Lists.page(dina, list);
        assertThat(page).contains("Recommended by &lt;Lena&gt;, see with Dad").contains("Watched on 2026-01-02")
                .contains("4 films, 1 watched");

        assertThat(Lists.order(Lists.page(dina, list, "watched"))).containsExactly(c);
        assertThat(Lists.order(Lists.page(dina, list, "unwatched"))).containsExactly(d, a, b);

        Response badDate = dina.post("/watchlists/" + list + "/films/" + d + "/watched", "watched", "yes", "on", "yesterday");
        assertThat(badDate.statusCode()).isEqualTo(422);
        assertThat(badDate.asString()).contains("“yesterday” is not a date");

        dina.post("/watchlists/" + list + "/films/" + c + "/watched", "watched", "no");
        assertThat(Lists.page(dina, list)).contains("4 films, 0 watched");

        dina.post("/watchlists/" + list + "/films/" + a + "/remove");
        assertThat(Lists.order(Lists.page(dina, list))).containsExactly(d, c, b);
        assertThat(Lists.page(dina, list)).contains("<span class=\"watchlist-entry__position\">3.</span>");
    }

    @Test
    void deletingAListAsksFirstAndTheWatchlistItselfStays() {
        Visitor emil = Visitor.signedUp(Visitor.uniqueName("emil"));
        long list = Lists.create(emil, "Short-lived");
        assertThat(Lists.page(emil, list)).contains("href=\"/watchlists/" + list + "/delete\"");
        String confirm = emil.get("/watchlists/" + list + "/delete").asString();
        assertThat(confirm).contains("Delete “Short-lived”?").contains("name=\"confirm\"");

        Response unconfirmed = emil.post("/watchlists/" + list + "/delete");
        assertThat(unconfirmed.statusCode()).isEqualTo(303);
        assertThat(unconfirmed.header("Location")).endsWith("/watchlists/" + list + "/delete");
        assertThat(emil.get("/watchlists/" + list).statusCode()).isEqualTo(200);

        Response deleted = emil.post("/watchlists/" + list + "/delete", "confirm", "yes");
        assertThat(deleted.statusCode()).isEqualTo(303);
        assertThat(emil.get("/watchlists/" + list).statusCode()).isEqualTo(404);

        long watchlist = Lists.watchlist(emil);
        assertThat(Lists.page(emil, watchlist)).doesNotContain("/delete\"");
        assertThat(emil.post("/watchlists/" + watchlist + "/delete", "confirm", "yes").statusCode()).isEqualTo(409);
        assertThat(emil.get("/watchlists/" + watchlist).statusCode()).isEqualTo(200);
    }

    @Test
    void aCuratedListShowsWhatTheReaderHasWatchedAndCanBeSavedWhole() {
        CuratedFilms.CuratedListRef curated = CuratedFilms.ingest(db, 3);
        Visitor fedor = Visitor.signedUp(Visitor.uniqueName("fedor"));
        assertThat(fedor.get("/lists/" + curated.slug()).asString()).contains("You have watched 0 of 3");
        assertThat(new Visitor().get("/lists/" + curated.slug()).asString()).doesNotContain("You have watched");

        Response saved = fedor.post("/watchlists/from-list/" + curated.slug());
        assertThat(saved.statusCode()).isEqualTo(303);
        long copy = Long.parseLong(saved.header("Location").replaceAll(".*/watchlists/(\\d+).*", "$1"));
        assertThat(Lists.order(Lists.page(fedor, copy)))
                .containsExactlyElementsOf(curated.films().stream().map(FilmRef::id).toList());

        fedor.post("/watchlists/" + copy + "/films/" + curated.films().get(1).id() + "/watched", "watched", "yes", "on", "");
        assertThat(fedor.get("/lists/" + curated.slug()).asString()).contains("You have watched 1 of 3");
    }

    @Test
    void aRussianReaderSeesTheListsInRussian() {
        List<FilmRef> films = CuratedFilms.ingest(db, 2).films();
        Visitor gleb = Visitor.signedUp(Visitor.uniqueName("gleb"));
        long list = Lists.watchlist(gleb);
        films.forEach(f -> Lists.add(gleb, list, f.id()));
        // a film some source also named in Russian is shown under that title, as everywhere else
        CuratedFilms.sql(db, "INSERT INTO film_title (id, film_id, title, source) VALUES (nextval('film_title_seq'), ?, ?, 'test')",
                films.get(0).id(), "Журавли " + films.get(0).title());
        String page = gleb.request().header("Accept-Language", "ru").get("/watchlists/" + list).asString();
        assertThat(page).contains("<html lang=\"ru\"").contains("Мои списки").contains("2 фильма, просмотрено 0")
                .contains("Отметить просмотренным").contains(">Журавли " + films.get(0).title() + "</a>")
                .contains(">" + films.get(1).title() + "</a>");
        assertThat(Lists.page(gleb, list)).doesNotContain("Журавли");
        Response refused = gleb.request().header("Accept-Language", "ru").contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("csrf", gleb.csrfToken()).formParam("name", "").post("/watchlists");
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.asString()).contains("Дайте списку название.");
    }
}
