package org.kinopanorama.watchlist;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.kinopanorama.account.Visitor;
import org.kinopanorama.watchlist.CuratedFilms.FilmRef;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nobody but the owner changes a list, nobody reads a private list (not by guessing ids either), and every
 * form needs its CSRF token: route by route.
 */
@QuarkusTest
class WatchlistAccessTest {

    @Inject
    AgroalDataSource db;

    /** Every state-changing route of a list, with fields that would be accepted from its owner. */
    private static List<String[]> posts(long list, long film) {
        String base = "/watchlists/" + list;
        return List.of(
                new String[]{base + "/edit", "name", "Taken over", "description", ""},
                new String[]{base + "/visibility", "visibility", "public"},
                new String[]{base + "/secret"},
                new String[]{base + "/delete", "confirm", "yes"},
                new String[]{base + "/films/" + film + "/add"},
                new String[]{base + "/films", "film", Long.toString(film)},
                new String[]{base + "/films/" + film + "/remove"},
                new String[]{base + "/films/" + film + "/move", "direction", "down"},
                new String[]{base + "/order", "order", Long.toString(film)},
                new String[]{base + "/films/" + film + "/note", "note", "not yours"},
                new String[]{base + "/films/" + film + "/watched", "watched", "yes", "on", "2026-01-01"});
    }

    private static List<String> gets(long list) {
        String base = "/watchlists/" + list;
        return List.of(base, base + "?show=watched", base + "/delete", base + "/export?format=list", base + "/export?format=watchlist");
    }

    @Test
    void anotherPersonGets404ForEveryPageOfAPrivateListAnd403ForEveryChange() {
        List<FilmRef> films = CuratedFilms.ingest(db, 2).films();
        Visitor owner = Visitor.signedUp(Visitor.uniqueName("owner"));
        long list = Lists.create(owner, "Mine alone");
        Lists.add(owner, list, films.get(0).id());
        Lists.add(owner, list, films.get(1).id());
        owner.post("/watchlists/" + list + "/films/" + films.get(0).id() + "/note", "note", "my own note");
        String before = Lists.page(owner, list);

        Visitor other = Visitor.signedUp(Visitor.uniqueName("other"));
        for (String path : gets(list)) {
            Response read = other.get(path);
            assertThat(read.statusCode()).as("GET %s by another person", path).isEqualTo(404);
            assertThat(read.asString()).doesNotContain("Mine alone").doesNotContain("my own note");
        }
        other.get("/watchlists");
        for (String[] post : posts(list, films.get(0).id())) {
            Response change = other.post(post[0], java.util.Arrays.copyOfRange(post, 1, post.length));
            assertThat(change.statusCode()).as("POST %s by another person", post[0]).isEqualTo(403);
        }
        // also for the import, aimed at the owner's list
        Response upload = other.request().multiPart("csrf", other.csrfToken()).multiPart("target", Long.toString(list))
                .multiPart("file", "watchlist.csv", "Date,Name,Year,Letterboxd URI\n".getBytes(), "text/csv").post("/watchlists/import");
        assertThat(upload.statusCode()).isEqualTo(403);

        assertThat(Lists.page(owner, list)).isEqualTo(before);
        assertThat(owner.get("/watchlists/" + list + "/export?format=list").asString()).contains("my own note");
    }

    @Test
    void aListThatDoesNotExistIs404WhateverTheMethod() {
        Visitor someone = Visitor.signedUp(Visitor.uniqueName("someone"));
        long nowhere = 999_999_999_999L;
        for (String path : gets(nowhere)) {
            assertThat(someone.get(path).statusCode()).as("GET %s", path).isEqualTo(404);
        }
        someone.get("/watchlists");
        for (String[] post : posts(nowhere, 1)) {
            assertThat(someone.post(post[0], java.util.Arrays.copyOfRange(post, 1, post.length)).statusCode())
                    .as("POST %s", post[0]).isEqualTo(404);
        }
    }

    @Test
    void aVisitorWithoutAnAccountIsSentToSignInAndChangesNothing() {
        FilmRef film = CuratedFilms.ingest(db, 1).films().get(0);
        Visitor owner = Visitor.signedUp(Visitor.uniqueName("owner"));
        long list = Lists.create(owner, "Not for visitors");
        Lists.add(owner, list, film.id());
        String before = Lists.page(owner, list);

        Visitor visitor = new Visitor();
        for (String path : gets(list)) {
            Response read = visitor.get(path);
            assertThat(read.statusCode()).as("GET %s", path).isEqualTo(303);
            assertThat(read.header("Location")).contains("/signin");
        }
        visitor.get("/");
        for (String[] post : posts(list, film.id())) {
            Response change = visitor.post(post[0], java.util.Arrays.copyOfRange(post, 1, post.length));
            assertThat(change.statusCode()).as("POST %s", post[0]).isIn(303, 401, 403);
        }
        assertThat(Lists.page(owner, list)).isEqualTo(before);
    }

    @Test
    void everyFormNeedsItsCsrfToken() {
        FilmRef film = CuratedFilms.ingest(db, 1).films().get(0);
        Visitor owner = Visitor.signedUp(Visitor.uniqueName("owner"));
        long list = Lists.create(owner, "Guarded");
        Lists.add(owner, list, film.id());
        String before = Lists.page(owner, list);

        List<String[]> all = new java.util.ArrayList<>(posts(list, film.id()));
        all.add(new String[]{"/watchlists", "name", "Forged"});
        all.add(new String[]{"/watchlists/not-interested", "film", Long.toString(film.id())});
        all.add(new String[]{"/watchlists/not-interested/" + film.id() + "/undo"});
        all.add(new String[]{"/watchlists/from-list/betrayal-in-soviet-cinema"});
        for (String[] post : all) {
            var form = owner.request().contentType("application/x-www-form-urlencoded; charset=UTF-8");
            for (int i = 1; i + 1 < post.length; i += 2) {
                form = form.formParam(post[i], post[i + 1]);
            }
            Response forged = form.post(post[0]);
            assertThat(forged.statusCode()).as("POST %s without its token", post[0]).isEqualTo(403);
            Response foreign = owner.request().contentType("application/x-www-form-urlencoded; charset=UTF-8")
                    .header("Origin", "https://evil.example").formParam("csrf", owner.csrfToken()).post(post[0]);
            assertThat(foreign.statusCode()).as("POST %s from another site", post[0]).isEqualTo(403);
        }
        Response upload = owner.request().multiPart("file", "watchlist.csv", "Date,Name,Year,Letterboxd URI\n".getBytes(), "text/csv")
                .post("/watchlists/import");
        assertThat(upload.statusCode()).isEqualTo(403);

        assertThat(Lists.page(owner, list)).isEqualTo(before);
        assertThat(owner.get("/watchlists").asString()).doesNotContain("Forged");
        // and every form the list's page draws carries the token
        String page = Lists.page(owner, list);
        int forms = page.split("<form method=\"post\"", -1).length - 1;
        int tokens = page.split("name=\"csrf\"", -1).length - 1;
        assertThat(forms).isGreaterThan(8);
        assertThat(tokens).isEqualTo(forms);
    }

    @Test
    void visibilityDecidesWhoReadsTheSecretLinkAndTheProfile() {
        FilmRef film = CuratedFilms.ingest(db, 1).films().get(0);
        String name = Visitor.uniqueName("sharer");
        Visitor owner = Visitor.signedUp(name);
        long list = Lists.create(owner, "Shared picks");
        Lists.add(owner, list, film.id());
        owner.post("/watchlists/" + list + "/films/" + film.id() + "/note", "note", "Bring tissues");
        String secret = WatchlistAccessTest.secretOf(db, list);
        Visitor stranger = new Visitor();

        // private (the default): the secret link does not open it, the profile does not show it
        assertThat(Lists.page(owner, list)).doesNotContain("/shared/");
        assertThat(stranger.get("/shared/" + secret).statusCode()).isEqualTo(404);
        assertThat(stranger.get("/users/" + name).asString()).doesNotContain("Shared picks");

        // unlisted: anyone with the link reads it, without an account; still not on the profile
        assertThat(owner.post("/watchlists/" + list + "/visibility", "visibility", "unlisted").statusCode()).isEqualTo(303);
        String link = Lists.secret(Lists.page(owner, list));
        assertThat(link).isEqualTo(secret);
        Response shared = stranger.get("/shared/" + secret);
        assertThat(shared.statusCode()).isEqualTo(200);
        assertThat(shared.asString()).contains("Shared picks").contains(film.title()).contains("Bring tissues")
                .contains("<meta name=\"robots\" content=\"noindex\">")
                .doesNotContain("<form method=\"post\" action=\"/watchlists");
        assertThat(stranger.get("/users/" + name).asString()).doesNotContain("Shared picks");
        assertThat(secret).hasSizeGreaterThanOrEqualTo(22).matches("[A-Za-z0-9_-]+");

        // a new link revokes the old one
        owner.post("/watchlists/" + list + "/secret");
        String renewed = Lists.secret(Lists.page(owner, list));
        assertThat(renewed).isNotEqualTo(secret);
        assertThat(stranger.get("/shared/" + secret).statusCode()).isEqualTo(404);
        assertThat(stranger.get("/shared/" + renewed).statusCode()).isEqualTo(200);

        // public: also on the profile, linked by its secret, never by its id
        owner.post("/watchlists/" + list + "/visibility", "visibility", "public");
        String profile = stranger.get("/users/" + name).asString();
        assertThat(profile).contains("Shared picks").contains("/shared/" + renewed).doesNotContain("/watchlists/" + list);

        // private again: closed to everyone but the owner
        owner.post("/watchlists/" + list + "/visibility", "visibility", "private");
        assertThat(stranger.get("/shared/" + renewed).statusCode()).isEqualTo(404);
        assertThat(stranger.get("/users/" + name).asString()).doesNotContain("Shared picks");
        assertThat(owner.post("/watchlists/" + list + "/visibility", "visibility", "everyone").statusCode()).isEqualTo(400);
        assertThat(stranger.get("/shared/not-a-secret-at-all-but-long-enough").statusCode()).isEqualTo(404);
        assertThat(stranger.get("/users/nobody-" + name).statusCode()).isEqualTo(404);
    }

    static String secretOf(AgroalDataSource db, long list) {
        try (var c = db.getConnection(); var q = c.prepareStatement("SELECT secret FROM watchlist WHERE id = ?")) {
            q.setLong(1, list);
            try (var rs = q.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
