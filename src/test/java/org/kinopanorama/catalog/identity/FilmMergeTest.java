package org.kinopanorama.catalog.identity;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.kinopanorama.Sql;
import org.kinopanorama.account.TestCurator;
import org.kinopanorama.account.Visitor;
import org.kinopanorama.watchlist.CuratedFilms;
import org.kinopanorama.watchlist.CuratedFilms.FilmRef;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;

/**
 * A curator merges a film into another: the picker finds it, the preview says what moves, the merge moves
 * titles, list entries, ratings and watchlist entries (watchlists holding both keep one entry, the earlier
 * position, both notes), the old address answers 301; undo puts everything back; "not the same" is remembered.
 */
@QuarkusTest
class FilmMergeTest {

    @Inject
    AgroalDataSource db;

    private static Visitor curator() {
        Visitor curator = new Visitor();
        assertThat(curator.signIn(TestCurator.USERNAME, TestCurator.PASSWORD).statusCode()).isEqualTo(303);
        return curator;
    }

    @Test
    void aCuratorMergesAFilmIntoAnotherAndUndoesIt() throws Exception {
        List<FilmRef> films = CuratedFilms.ingest(db, 4).films();
        FilmRef gone = films.get(0), kept = films.get(1), x = films.get(2), y = films.get(3);
        execute("INSERT INTO film_title (id, film_id, title, source) VALUES (nextval('film_title_seq'), " + gone.id() + ", 'Заглавие "
                + gone.id() + "', 'test')");
        execute("INSERT INTO behaviour_signal (source, basket, film_id) SELECT 'test', 'basket-" + gone.id() + "', " + gone.id());
        // one watchlist holds both (gone before kept), another only the film merged away
        String both = Visitor.uniqueName("both");
        Visitor.signedUp(both);
        String only = Visitor.uniqueName("only");
        Visitor.signedUp(only);
        long bothList = defaultList(both), onlyList = defaultList(only);
        entry(bothList, x.id(), 1, null);
        entry(bothList, gone.id(), 2, "seen at a festival");
        entry(bothList, y.id(), 3, null);
        entry(bothList, kept.id(), 4, "ask Olga");
        entry(onlyList, gone.id(), 1, "for Sunday");
        List<String> before = watchlist(bothList);

        Visitor curator = curator();
        curator.get("/films/" + gone.id()).then().statusCode(200).body(containsString("/curate/films/" + gone.id() + "/merge"));
        curator.get("/curate/films/" + gone.id() + "/merge?q=" + kept.title())
                .then().statusCode(200).body(containsString("/curate/films/" + gone.id() + "/merge/" + kept.id()));
        curator.get("/curate/films/" + gone.id() + "/merge/" + kept.id()).then().statusCode(200)
                .body(containsString("<span data-kind=\"titles\">2</span>"))
                .body(containsString("<span data-kind=\"list_entries\">1</span>"))
                .body(containsString("<span data-kind=\"watchlist_entries\">2</span>"))
                .body(containsString("<span data-kind=\"ratings\">1</span>"))
                .body(containsString("1 watchlists hold both"));

        // no reason: the form again, nothing merged; no CSRF token: refused
        curator.post("/curate/films/" + gone.id() + "/merge/" + kept.id(), "reason", "  ").then().statusCode(400)
                .body(containsString("field__error"));
        curator.request().contentType("application/x-www-form-urlencoded").formParam("reason", "x")
                .post("/curate/films/" + gone.id() + "/merge/" + kept.id()).then().statusCode(403);
        assertThat(one("SELECT count(*) FROM film WHERE id = " + gone.id())).isEqualTo("1");

        curator.post("/curate/films/" + gone.id() + "/merge/" + kept.id(), "reason", "One film, two list titles")
                .then().statusCode(303).header("Location", endsWith("/films/" + kept.id()));
        given().redirects().follow(false).get("/films/" + gone.id()).then().statusCode(301).header("Location", endsWith("/films/" + kept.id()));
        assertThat(one("SELECT count(*) FROM film_title WHERE film_id = " + kept.id() + " AND title = 'Заглавие " + gone.id() + "'")).isEqualTo("1");
        // both were on one list: it keeps one entry
        assertThat(one("SELECT count(*) FROM list_entry WHERE film_id = " + kept.id())).isEqualTo("1");
        assertThat(one("SELECT count(*) FROM list_entry WHERE film_id IN (" + gone.id() + ", " + kept.id() + ")")).isEqualTo("1");
        assertThat(one("SELECT count(*) FROM behaviour_signal WHERE film_id = " + kept.id() + " AND basket = 'basket-" + gone.id() + "'")).isEqualTo("1");
        assertThat(watchlist(bothList)).containsExactly(x.id() + " 1 null", kept.id() + " 2 seen at a festival\n\nask Olga", y.id() + " 3 null");
        assertThat(watchlist(onlyList)).containsExactly(kept.id() + " 1 for Sunday");
        // the kept film is found by the merged film's titles
        assertThat(one("SELECT count(*) FROM film_match_key WHERE film_id = " + kept.id() + " AND match_key = '"
                + TitleMatcher.normalize(gone.title()) + "'")).isEqualTo("1");

        String merge = one("SELECT id FROM film_merge WHERE gone_id = " + gone.id() + " AND kept_id = " + kept.id());
        curator.get("/curate/merges").then().statusCode(200).body(containsString("One film, two list titles"))
                .body(containsString("/curate/merges/" + merge + "/undo"));
        curator.post("/curate/merges/" + merge + "/undo").then().statusCode(303).header("Location", containsString("/curate/merges?done=undone"));

        given().redirects().follow(false).get("/films/" + gone.id()).then().statusCode(200);
        assertThat(watchlist(bothList)).isEqualTo(before);
        assertThat(watchlist(onlyList)).containsExactly(gone.id() + " 1 for Sunday");
        assertThat(one("SELECT count(*) FROM list_entry WHERE film_id = " + kept.id())).isEqualTo("1");
        assertThat(one("SELECT count(*) FROM list_entry WHERE film_id = " + gone.id())).isEqualTo("1");
        assertThat(one("SELECT string_agg(title, '|' ORDER BY title) FROM film_title WHERE film_id = " + gone.id()))
                .isEqualTo(gone.title() + "|Заглавие " + gone.id());
        assertThat(one("SELECT count(*) FROM film_title WHERE film_id = " + kept.id())).isEqualTo("1");
        assertThat(one("SELECT count(*) FROM behaviour_signal WHERE film_id = " + gone.id())).isEqualTo("1");
        assertThat(one("SELECT count(*) FROM film_theme_evidence WHERE film_id = " + gone.id())).isNotEqualTo("0");
        assertThat(one("SELECT count(*) FROM film_match_key WHERE film_id = " + kept.id() + " AND match_key = '"
                + TitleMatcher.normalize(gone.title()) + "'")).isEqualTo("0");
        // undone means "not the same film": remembered, shown, and can be taken back
        assertThat(one("SELECT count(*) FROM film_distinct WHERE film_a = least(" + gone.id() + ", " + kept.id() + ") AND film_b = greatest("
                + gone.id() + ", " + kept.id() + ")")).isEqualTo("1");
        curator.get("/curate/merges").then().statusCode(200).body(containsString("undone by " + TestCurator.USERNAME))
                .body(not(containsString("/curate/merges/" + merge + "/undo\"")));
        curator.post("/curate/merges/" + merge + "/undo").then().statusCode(303).header("Location", containsString("done=already_undone"));
        curator.get("/curate/films/" + gone.id() + "/merge/" + kept.id()).then().statusCode(200)
                .body(containsString("a curator said these are not the same film"));
        long a = Math.min(gone.id(), kept.id()), b = Math.max(gone.id(), kept.id());
        curator.post("/curate/merges/not-same/" + a + "/" + b + "/forget").then().statusCode(303);
        assertThat(one("SELECT count(*) FROM film_distinct WHERE film_a = " + a + " AND film_b = " + b)).isEqualTo("0");
    }

    @Test
    void undoingAMergeWhoseKeptFilmWasMergedSinceIsRefused() throws Exception {
        List<FilmRef> films = CuratedFilms.ingest(db, 3).films();
        Visitor curator = curator();
        curator.get("/curate/films/" + films.get(0).id() + "/merge/" + films.get(1).id());
        curator.post("/curate/films/" + films.get(0).id() + "/merge/" + films.get(1).id(), "reason", "first").then().statusCode(303);
        curator.post("/curate/films/" + films.get(1).id() + "/merge/" + films.get(2).id(), "reason", "second").then().statusCode(303);
        String first = one("SELECT id FROM film_merge WHERE gone_id = " + films.get(0).id());
        curator.post("/curate/merges/" + first + "/undo").then().statusCode(303).header("Location", containsString("done=kept_gone"));
        String second = one("SELECT id FROM film_merge WHERE gone_id = " + films.get(1).id());
        curator.post("/curate/merges/" + second + "/undo").then().statusCode(303).header("Location", containsString("done=undone"));
        curator.post("/curate/merges/" + first + "/undo").then().statusCode(303).header("Location", containsString("done=undone"));
        for (FilmRef f : films) {
            given().redirects().follow(false).get("/films/" + f.id()).then().statusCode(200);
        }
    }

    @Test
    void onlyCuratorsMergeAndHostileInputIsRefused() {
        List<FilmRef> films = CuratedFilms.ingest(db, 2).films();
        Visitor reader = Visitor.signedUp(Visitor.uniqueName("reader"));
        reader.get("/curate/films/" + films.get(0).id() + "/merge").then().statusCode(403);
        reader.get("/curate/merges").then().statusCode(403);
        given().redirects().follow(false).get("/films/" + films.get(0).id()).then().statusCode(200)
                .body(not(containsString("/merge\"")));
        Visitor curator = curator();
        // into itself, into a film that does not exist
        curator.get("/curate/films/" + films.get(0).id() + "/merge/" + films.get(0).id()).then().statusCode(404);
        curator.get("/curate/films/" + films.get(0).id() + "/merge/999999999999").then().statusCode(404);
        curator.post("/curate/films/" + films.get(0).id() + "/merge/999999999999", "reason", "x").then().statusCode(404);
        curator.post("/curate/merges/999999999999/undo").then().statusCode(404);
        // a search of markup and wildcards finds nothing and echoes nothing raw
        curator.get("/curate/films/" + films.get(0).id() + "/merge?q=<script>alert(1)</script>%25_").then().statusCode(200)
                .body(not(containsString("<script>alert(1)")));
        curator.get("/curate/films/" + films.get(0).id() + "/merge/" + films.get(1).id());
        curator.post("/curate/films/" + films.get(0).id() + "/merge/" + films.get(1).id(), "reason", "x".repeat(2001)).then().statusCode(400);
    }

    private long defaultList(String username) throws Exception {
        return Long.parseLong(one("SELECT w.id FROM watchlist w JOIN account a ON a.id = w.owner_id WHERE a.username = '" + username + "' AND w.is_default"));
    }

    private void entry(long list, long film, int position, String note) throws Exception {
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(
                "INSERT INTO watchlist_entry (id, watchlist_id, film_id, position, note) VALUES (nextval('watchlist_entry_seq'), ?, ?, ?, ?)")) {
            ps.setLong(1, list);
            ps.setLong(2, film);
            ps.setInt(3, position);
            ps.setString(4, note);
            ps.executeUpdate();
        }
    }

    private List<String> watchlist(long list) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT film_id, position, note FROM watchlist_entry WHERE watchlist_id = ? ORDER BY position, id")) {
            ps.setLong(1, list);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getLong(1) + " " + rs.getInt(2) + " " + rs.getString(3));
                }
            }
        }
        return out;
    }

    private String one(String sql) throws Exception {
        return Sql.one(db, sql);
    }

    private void execute(String sql) throws Exception {
        Sql.update(db, sql);
    }
}
