package org.kinopanorama.watchlist;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.kinopanorama.account.Visitor;
import org.kinopanorama.watchlist.CuratedFilms.FilmRef;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The list page's drag and drop posts the whole new order at once: it is taken only from the owner, only as an order
 * of exactly the list's films, and a refused one leaves every position as it was. Also the compact rows themselves.
 */
@QuarkusTest
class WatchlistOrderTest {

    @Inject
    AgroalDataSource db;

    private record Fixture(Visitor owner, long list, long a, long b, long c, long d) {
        List<Long> films() {
            return List.of(a, b, c, d);
        }
    }

    private Fixture fourFilms(String name) {
        List<FilmRef> films = CuratedFilms.ingest(db, 4).films();
        Visitor owner = Visitor.signedUp(Visitor.uniqueName(name));
        long list = Lists.create(owner, "In order");
        films.forEach(f -> Lists.add(owner, list, f.id()));
        return new Fixture(owner, list, films.get(0).id(), films.get(1).id(), films.get(2).id(), films.get(3).id());
    }

    private static Response postOrder(Visitor who, long list, boolean script, Object... order) {
        var form = who.request().contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("csrf", who.csrfToken());
        if (order.length > 0) {
            form = form.formParam("order", java.util.Arrays.stream(order).map(String::valueOf)
                    .collect(java.util.stream.Collectors.joining(",")));
        }
        if (script) {
            form = form.header("X-Kinopanorama-Script", "1");
        }
        return form.post("/watchlists/" + list + "/order");
    }

    /** Film ids by position, straight from the database: positions must stay 1..n whatever was refused. */
    private List<Long> stored(long list) {
        List<Long> ids = new ArrayList<>();
        try (var c = db.getConnection(); var q = c.prepareStatement(
                "SELECT film_id, position FROM watchlist_entry WHERE watchlist_id = ? ORDER BY position")) {
            q.setLong(1, list);
            try (var rs = q.executeQuery()) {
                int expected = 1;
                while (rs.next()) {
                    assertThat(rs.getInt(2)).as("positions 1..n").isEqualTo(expected++);
                    ids.add(rs.getLong(1));
                }
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return ids;
    }

    @Test
    void theOwnerPutsTheWholeListInANewOrderAtOnce() {
        Fixture f = fourFilms("orderer");
        Response plain = postOrder(f.owner(), f.list(), false, f.d(), f.b(), f.a(), f.c());
        assertThat(plain.statusCode()).isEqualTo(303);
        assertThat(plain.header("Location")).endsWith("/watchlists/" + f.list());
        assertThat(Lists.order(Lists.page(f.owner(), f.list()))).containsExactly(f.d(), f.b(), f.a(), f.c());
        assertThat(stored(f.list())).containsExactly(f.d(), f.b(), f.a(), f.c());

        Response scripted = postOrder(f.owner(), f.list(), true, f.c(), f.a(), f.b(), f.d());
        assertThat(scripted.statusCode()).isEqualTo(204);
        String page = Lists.page(f.owner(), f.list());
        assertThat(Lists.order(page)).containsExactly(f.c(), f.a(), f.b(), f.d());
        assertThat(page).contains("<span class=\"watchlist-entry__position\">4.</span>");
        // the same order again changes nothing and is fine
        assertThat(postOrder(f.owner(), f.list(), true, f.c(), f.a(), f.b(), f.d()).statusCode()).isEqualTo(204);
        assertThat(stored(f.list())).containsExactly(f.c(), f.a(), f.b(), f.d());
    }

    @Test
    void anOrderThatIsNotAPermutationOfTheListIsRefusedAndNothingMoves() {
        Fixture f = fourFilms("hostile");
        long stranger = CuratedFilms.ingest(db, 1).films().get(0).id();
        List<Object[]> refused = List.of(
                new Object[]{f.b(), f.a(), f.c()},                        // one left out
                new Object[]{f.b(), f.a(), f.c(), f.d(), f.d()},          // one twice, all there
                new Object[]{f.b(), f.b(), f.c(), f.d()},                 // a duplicate in place of one
                new Object[]{f.b(), f.a(), f.c(), stranger},              // a film not on the list
                new Object[]{f.b(), f.a(), f.c(), f.d(), stranger},       // and one more
                new Object[]{f.b(), f.a(), f.c(), "x"},                   // not a number
                new Object[]{f.b(), f.a(), f.c(), "-" + f.d()},
                new Object[]{f.b(), f.a(), f.c(), "99999999999999999999"},
                new Object[]{f.b(), f.a(), f.c(), ""},                    // an empty place
                new Object[]{f.b() + " " + f.a(), f.c(), f.d()},
                new Object[]{});                                          // nothing
        for (Object[] order : refused) {
            for (boolean script : new boolean[]{false, true}) {
                Response answer = postOrder(f.owner(), f.list(), script, order);
                assertThat(answer.statusCode()).as("order %s", java.util.Arrays.toString(order)).isEqualTo(400);
                assertThat(stored(f.list())).containsExactlyElementsOf(f.films());
            }
        }
    }

    @Test
    void aHugeOrderIsRefusedWithoutBeingWritten() {
        Fixture f = fourFilms("flooder");
        // far more ids than any list: refused before it is compared with the list
        Object[] flood = LongStream.range(0, 50_000).boxed().toArray();
        assertThat(postOrder(f.owner(), f.list(), true, flood).statusCode()).isEqualTo(400);
        // the list's own films, each repeated many times (every id is real)
        List<Object> repeated = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            repeated.addAll(List.of(f.d(), f.c(), f.b(), f.a()));
        }
        assertThat(postOrder(f.owner(), f.list(), true, repeated.toArray()).statusCode()).isEqualTo(400);
        // one enormous field (5 MB, over the form limit)
        String huge = String.join("", Collections.nCopies(5 * 1024 * 1024, "9"));
        int status = postOrder(f.owner(), f.list(), true, f.d(), huge, f.c(), f.b(), f.a()).statusCode();
        assertThat(status).isBetween(400, 499);
        assertThat(stored(f.list())).containsExactlyElementsOf(f.films());
    }

    @Test
    void nobodyButTheOwnerReordersAList() {
        Fixture f = fourFilms("owner");
        Visitor other = Visitor.signedUp(Visitor.uniqueName("other"));
        long theirs = Lists.create(other, "Theirs");
        other.get("/watchlists");
        assertThat(postOrder(other, f.list(), true, f.d(), f.c(), f.b(), f.a()).statusCode()).isEqualTo(403);
        assertThat(postOrder(other, f.list(), false, f.d(), f.c(), f.b(), f.a()).statusCode()).isEqualTo(403);
        assertThat(postOrder(other, 999_999_999_999L, true, f.d(), f.c(), f.b(), f.a()).statusCode()).isEqualTo(404);
        // nor with their own list's id and the owner's films
        assertThat(postOrder(other, theirs, true, f.d(), f.c(), f.b(), f.a()).statusCode()).isEqualTo(400);
        // nor without the token, nor from another site
        var forged = f.owner().request().contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("order", f.d() + "," + f.c() + "," + f.b() + "," + f.a()).post("/watchlists/" + f.list() + "/order");
        assertThat(forged.statusCode()).isEqualTo(403);
        var foreign = f.owner().request().contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .header("Origin", "https://evil.example").formParam("csrf", f.owner().csrfToken())
                .formParam("order", f.d() + "," + f.c() + "," + f.b() + "," + f.a()).post("/watchlists/" + f.list() + "/order");
        assertThat(foreign.statusCode()).isEqualTo(403);
        assertThat(stored(f.list())).containsExactlyElementsOf(f.films());
        assertThat(new Visitor().request().formParam("order", f.d()).post("/watchlists/" + f.list() + "/order").statusCode())
                .isIn(303, 401, 403);
        assertThat(stored(f.list())).containsExactlyElementsOf(f.films());
    }

    @Test
    void eachFilmIsOneCompactRowWithItsRarerActionsInAMenu() {
        Fixture f = fourFilms("compact");
        f.owner().post("/watchlists/" + f.list() + "/films/" + f.b() + "/note", "note", "With <Lena>");
        f.owner().post("/watchlists/" + f.list() + "/films/" + f.c() + "/watched", "watched", "yes", "on", "2026-01-02");
        String page = Lists.page(f.owner(), f.list());

        // one menu per film, a labelled button (summary) holding move, watched date, note and remove
        assertThat(page.split("<details class=\"row-menu\">", -1)).hasSize(5);
        assertThat(page.split("<summary class=\"row-menu__button\"", -1)).hasSize(5);
        String row = row(page, f.b());
        assertThat(row).contains("<span class=\"visually-hidden\">Actions: ")
                .contains("/films/" + f.b() + "/move\"").contains("name=\"position\"")
                .contains("/films/" + f.b() + "/note\"").contains("With &lt;Lena&gt;")
                .contains("/films/" + f.b() + "/remove\"")
                .contains("aria-pressed=\"false\"").contains("Mark watched: ");
        // the watched toggle stays outside the menu, one click away
        assertThat(row.indexOf("class=\"watchlist-entry__toggle\"")).isLessThan(row.indexOf("<details"));
        assertThat(row(page, f.c())).contains("aria-pressed=\"true\"").contains("Watched on 2026-01-02")
                .contains("value=\"2026-01-02\"");
        // drag and drop: the script, the handles and the hidden order form with its token, for the whole list only
        assertThat(page).contains("<script src=\"/js/watchlist-order.js\" defer></script>").contains("data-sortable")
                .contains("action=\"/watchlists/" + f.list() + "/order\"");
        assertThat(page.split("class=\"watchlist-entry__handle\"", -1)).hasSize(5);
        String watched = Lists.page(f.owner(), f.list(), "watched");
        assertThat(watched).doesNotContain("data-sortable").doesNotContain("watchlist-entry__handle")
                .doesNotContain("watchlist-order.js").contains("<details class=\"row-menu\">");

        // a refused note opens that film's menu, with the error next to the field
        Response tooLong = f.owner().post("/watchlists/" + f.list() + "/films/" + f.a() + "/note", "note", "n".repeat(2001));
        assertThat(tooLong.statusCode()).isEqualTo(422);
        assertThat(row(tooLong.asString(), f.a())).contains("<details class=\"row-menu\" open>")
                .contains("A note may have at most 2000 characters.");
        assertThat(row(tooLong.asString(), f.b())).doesNotContain(" open>");
    }

    @Test
    void theSharedViewHasTheSameRowsAndNoOwnerActions() {
        Fixture f = fourFilms("sharer");
        f.owner().post("/watchlists/" + f.list() + "/films/" + f.a() + "/note", "note", "Bring tissues");
        f.owner().post("/watchlists/" + f.list() + "/films/" + f.b() + "/watched", "watched", "yes", "on", "2026-01-02");
        f.owner().post("/watchlists/" + f.list() + "/visibility", "visibility", "unlisted");
        String shared = new Visitor().get("/shared/" + WatchlistAccessTest.secretOf(db, f.list())).asString();
        assertThat(shared.split("<li class=\"watchlist-entry", -1)).hasSize(5);
        assertThat(shared.split("class=\"watchlist-entry__poster\"", -1)).hasSize(5);
        assertThat(shared).contains("Bring tissues").contains("Watched on 2026-01-02")
                .contains("<span class=\"watchlist-entry__position\">4.</span>")
                .doesNotContain("<form method=\"post\" action=\"/watchlists").doesNotContain("row-menu")
                .doesNotContain("watch-toggle").doesNotContain("watchlist-entry__handle").doesNotContain("watchlist-order.js");
    }

    @Test
    void eachRowShowsThePosterAndTheOwnersRatingAndASharedListOnlyAPublicOne() {
        Fixture f = fourFilms("rater");
        f.owner().post("/films/" + f.a() + "/rating", "rating", "4");
        f.owner().post("/films/" + f.b() + "/rating", "rating", "3.5", "public", "yes");
        String page = Lists.page(f.owner(), f.list());
        assertThat(page.split("class=\"watchlist-entry__poster\" aria-hidden=\"true\"><span class=\"poster poster--thumb", -1))
                .as("a poster in every row, not an empty slot").hasSize(5);
        assertThat(row(page, f.a())).contains("<span aria-hidden=\"true\">★ 4</span><span class=\"visually-hidden\">rated 4 of 5</span>");
        assertThat(row(page, f.b())).contains("★ 3½");
        assertThat(row(page, f.c())).doesNotContain("★");

        f.owner().post("/watchlists/" + f.list() + "/visibility", "visibility", "unlisted");
        String shared = new Visitor().get("/shared/" + WatchlistAccessTest.secretOf(db, f.list())).asString();
        assertThat(shared).as("the public rating only").contains("★ 3½").doesNotContain("★ 4");
    }

    @Test
    void aPermutationIsEveryFilmOnceAndNothingElse() {
        assertThat(WatchlistService.isPermutation(List.of(3L, 1L, 2L), List.of(1L, 2L, 3L))).isTrue();
        assertThat(WatchlistService.isPermutation(List.of(), List.of())).isTrue();
        assertThat(WatchlistService.isPermutation(List.of(1L, 1L, 2L), List.of(1L, 2L, 3L))).isFalse();
        assertThat(WatchlistService.isPermutation(List.of(1L, 2L), List.of(1L, 2L, 3L))).isFalse();
        assertThat(WatchlistService.isPermutation(List.of(1L, 2L, 4L), List.of(1L, 2L, 3L))).isFalse();
        assertThat(WatchlistService.isPermutation(List.of(1L, 2L, 3L, 3L), List.of(1L, 2L, 3L))).isFalse();
    }

    /** The markup of one film's row on a list page. */
    private static String row(String page, long film) {
        int start = page.indexOf("id=\"film-" + film + "\"");
        assertThat(start).as("row of film %s", film).isPositive();
        int end = page.indexOf("</li>", start);
        return page.substring(start, end);
    }
}
