package org.kinopanorama.foryou;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.kinopanorama.account.Visitor;
import org.kinopanorama.catalog.browse.BrowseScores;
import org.kinopanorama.watchlist.CuratedFilms;
import org.kinopanorama.watchlist.CuratedFilms.FilmRef;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "For you" on the real embedded PostgreSQL: suggestions from the stored related films (film_neighbour, written here
 * as the similarity module would) of everything a person keeps, each with its reason, without what they saved,
 * watched or hid; themes for a new account; only ever the reader's own.
 */
@QuarkusTest
class ForYouTest {

    private static final Pattern SUGGESTED = Pattern.compile("<li class=\"card suggestion\" id=\"film-(\\d+)\">");
    private static final Pattern LIST_LINK = Pattern.compile("href=\"/watchlists/(\\d+)\"");

    @Inject
    AgroalDataSource db;

    @Inject
    BrowseScores browseScores;

    @Test
    void suggestionsComeFromEveryListSayWhyAndLeaveOutWhatIsSavedOrWatched() {
        List<FilmRef> f = CuratedFilms.ingest(db, 8).films();
        FilmRef x = f.get(0), y = f.get(1), z = f.get(2), close = f.get(3), nearX = f.get(4), nearZ = f.get(5),
                other = f.get(6), far = f.get(7);
        f.forEach(film -> CuratedFilms.neighbours(db, film.id(), 0.5)); // only the neighbours below exist
        CuratedFilms.neighbours(db, x.id(), 0.9, close.id(), nearX.id(), y.id(), z.id());
        CuratedFilms.neighbours(db, y.id(), 0.6, close.id(), x.id());
        CuratedFilms.neighbours(db, z.id(), 0.7, nearZ.id(), x.id());
        CuratedFilms.neighbours(db, far.id(), 0.99, other.id()); // far is nobody's here: its neighbours are not suggested

        Visitor anna = Visitor.signedUp(Visitor.uniqueName("anna"));
        long watchlist = defaultList(anna);
        add(anna, watchlist, x.id());
        add(anna, watchlist, y.id());
        long second = createList(anna, "Seen");
        add(anna, second, z.id());
        assertThat(anna.post("/watchlists/" + second + "/films/" + z.id() + "/watched", "watched", "yes").statusCode()).isEqualTo(303);

        String page = forYou(anna);
        // close to two saved films first; then not a second film from x before one from z
        assertThat(suggested(page)).containsExactly(close.id(), nearZ.id(), nearX.id());
        // the film saved last (y) is named first: what one saved lately counts for more (recency half-life)
        assertThat(page).contains("Because you saved " + y.title() + " and " + x.title())
                .contains("Because you saved " + x.title() + "<")
                .contains("Because you watched " + z.title() + "<")
                .contains("Ratings do not count yet");
        // saved (on any list) and watched films are never suggested
        assertThat(suggested(page)).doesNotContain(x.id(), y.id(), z.id(), other.id());

        // the lists change: the suggestions follow at once, nothing is rebuilt
        add(anna, second, close.id());
        // z's related film first: z was saved after x (what one saved lately counts for more)
        assertThat(suggested(forYou(anna))).containsExactly(nearZ.id(), nearX.id());

        // and in Russian
        String russian = anna.request().cookie("kp-lang", "ru").get("/for-you").asString();
        assertThat(russian).contains("Потому что вы сохранили «" + x.title() + "»")
                .contains("Потому что вы посмотрели «" + z.title() + "»");
    }

    @Test
    void aHiddenFilmNeverComesBackUntilShownAgainAndOnlyForThePersonWhoHidIt() {
        List<FilmRef> f = CuratedFilms.ingest(db, 3).films();
        FilmRef saved = f.get(0), a = f.get(1), b = f.get(2);
        CuratedFilms.neighbours(db, saved.id(), 0.8, a.id(), b.id());
        Visitor anna = Visitor.signedUp(Visitor.uniqueName("anna"));
        add(anna, defaultList(anna), saved.id());
        Visitor boris = Visitor.signedUp(Visitor.uniqueName("boris"));
        add(boris, defaultList(boris), saved.id());

        Response hidden = anna.post("/watchlists/not-interested", "film", Long.toString(a.id()), "return", "/for-you");
        assertThat(hidden.statusCode()).isEqualTo(303);
        assertThat(hidden.header("Location")).endsWith("/for-you");
        String page = forYou(anna);
        assertThat(suggested(page)).containsExactly(b.id());
        assertThat(page).contains("Hidden suggestions").contains("/watchlists/not-interested/" + a.id() + "/undo");
        // hidden here is hidden under her lists too
        assertThat(anna.get("/watchlists/" + defaultList(anna)).asString()).doesNotContain("href=\"/films/" + a.id() + "\"");

        // Boris's For you is his own: her hiding changes nothing for him, and his "show again" nothing for her
        assertThat(suggested(forYou(boris))).containsExactly(a.id(), b.id());
        assertThat(forYou(boris)).doesNotContain("Hidden suggestions");
        assertThat(boris.post("/watchlists/not-interested/" + a.id() + "/undo").statusCode()).isEqualTo(303);
        assertThat(suggested(forYou(anna))).containsExactly(b.id());
        boris.post("/watchlists/not-interested", "film", Long.toString(b.id()));
        assertThat(suggested(forYou(anna))).containsExactly(b.id());

        assertThat(anna.post("/watchlists/not-interested/" + a.id() + "/undo", "return", "/for-you#hidden-title").header("Location")).endsWith("/for-you#hidden-title");
        assertThat(suggested(forYou(anna))).containsExactly(a.id(), b.id());
    }

    @Test
    void suggestionsAreVariedAndSayMoreByADirectorTheyShareWithAFilmOfThePersons() {
        List<FilmRef> f = CuratedFilms.ingest(db, 20).films();
        FilmRef loved = f.get(0), alsoLoved = f.get(1);
        long[] many = new long[14];
        for (int i = 0; i < many.length; i++) {
            many[i] = f.get(2 + i).id();
        }
        FilmRef quieter1 = f.get(16), quieter2 = f.get(17), sameDirector = f.get(18);
        CuratedFilms.neighbours(db, loved.id(), 0.95, many);
        CuratedFilms.neighbours(db, alsoLoved.id(), 0.4, quieter1.id(), quieter2.id(), sameDirector.id());
        long director = person("Larisa Shepitko " + CuratedFilms.marker());
        direct(director, alsoLoved.id());
        direct(director, sameDirector.id());

        Visitor clara = Visitor.signedUp(Visitor.uniqueName("clara"));
        long list = defaultList(clara);
        add(clara, list, loved.id());
        add(clara, list, alsoLoved.id());

        String page = forYou(clara);
        List<Long> shown = suggested(page);
        assertThat(shown).hasSize(12);
        // 14 films close to one saved film outscore the other's three, yet the other has its say
        assertThat(shown).contains(quieter1.id(), quieter2.id(), sameDirector.id());
        assertThat(shown.indexOf(quieter1.id())).as("the other film's best among the first five").isLessThan(5);
        assertThat(page).contains("More by Larisa Shepitko");
    }

    @Test
    void whatPeopleWhoSavedTheSameFilmsAlsoSavedIsSuggestedWithTheFilmsItComesFrom() {
        List<FilmRef> f = CuratedFilms.ingest(db, 5).films();
        FilmRef x = f.get(0), y = f.get(1), related = f.get(2), savedWithBoth = f.get(3), savedWithX = f.get(4);
        f.forEach(film -> CuratedFilms.neighbours(db, film.id(), 0.5)); // only the rows below exist
        CuratedFilms.neighbours(db, x.id(), 0.9, related.id());
        // as a full rebuild writes them: what saving x (and y) says for other films
        for (Object[] w : List.of(new Object[] {x, savedWithBoth, 0.06f}, new Object[] {y, savedWithBoth, 0.06f},
                new Object[] {x, savedWithX, 0.02f})) {
            CuratedFilms.sql(db, "INSERT INTO film_suggestion_weight (film_id, suggested_id, weight) VALUES (?, ?, ?)",
                    ((FilmRef) w[0]).id(), ((FilmRef) w[1]).id(), w[2]);
        }

        Visitor dora = Visitor.signedUp(Visitor.uniqueName("dora"));
        long list = defaultList(dora);
        add(dora, list, x.id());
        add(dora, list, y.id());

        String page = forYou(dora);
        // the app's weight (30) × (0.06 + 0.06) above the related film's 1, above 30 × 0.02 held back as x's second
        assertThat(suggested(page)).containsExactly(savedWithBoth.id(), related.id(), savedWithX.id());
        // y, saved last, is named first
        assertThat(page).contains("Because you saved " + y.title() + " and " + x.title())
                .contains("Because you saved " + x.title() + "<");

        // saved, it is no longer suggested
        add(dora, list, savedWithBoth.id());
        assertThat(suggested(forYou(dora))).containsExactly(related.id(), savedWithX.id());
    }

    @Test
    void fromFiveFilmsOnPopularFilmsOfTheYearOfTheLatestAreSuggestedWithThatYear() {
        List<FilmRef> f = CuratedFilms.ingest(db, 7).films();
        f.forEach(film -> CuratedFilms.neighbours(db, film.id(), 0.5)); // no related films, no suggestion weights
        FilmRef sameYear = f.get(5), otherYear = f.get(6);
        // a year no other film has: the six first films are from it, the seventh is not
        for (FilmRef film : f.subList(0, 6)) {
            CuratedFilms.sql(db, "UPDATE film SET year = 1891 WHERE id = ?", film.id());
        }
        browseScores.refresh(); // every film of the curated list is popular (on a list)

        Visitor fewer = Visitor.signedUp(Visitor.uniqueName("fedor"));
        long fewerList = defaultList(fewer);
        for (FilmRef film : f.subList(0, 4)) {
            add(fewer, fewerList, film.id());
        }
        // four films say too little about the years one saves from
        assertThat(suggested(forYou(fewer))).isEmpty();

        Visitor galina = Visitor.signedUp(Visitor.uniqueName("galina"));
        long list = defaultList(galina);
        for (FilmRef film : f.subList(0, 5)) {
            add(galina, list, film.id());
        }
        String page = forYou(galina);
        assertThat(suggested(page)).containsExactly(sameYear.id());
        assertThat(page).contains("From 1891, like " + f.get(4).title() + "<");
        assertThat(suggested(page)).doesNotContain(otherYear.id());
        assertThat(galina.request().cookie("kp-lang", "ru").get("/for-you").asString())
                .contains("1891 года, как и «" + f.get(4).title() + "»");
    }

    @Test
    void aNewAccountPicksThemesAndGetsTheirBestFilms() {
        List<FilmRef> f = CuratedFilms.ingest(db, 3).films();
        String slug = "lighthouses-" + CuratedFilms.marker().toLowerCase();
        CuratedFilms.sql(db, "INSERT INTO theme (id, slug, label_en, label_ru) VALUES (nextval('theme_seq'), ?, 'Lighthouses', 'Маяки')", slug);
        try {
            CuratedFilms.sql(db, "INSERT INTO film_theme (film_id, theme_id, weight) SELECT ?, id, 0.9 FROM theme WHERE slug = ?", f.get(0).id(), slug);
            CuratedFilms.sql(db, "INSERT INTO film_theme (film_id, theme_id, weight) SELECT ?, id, 0.6 FROM theme WHERE slug = ?", f.get(1).id(), slug);

            String name = Visitor.uniqueName("newcomer");
            Visitor newcomer = new Visitor();
            Response signedUp = newcomer.signUp(name, name + "@example.org", Visitor.password(name));
            assertThat(signedUp.statusCode()).isEqualTo(303);
            assertThat(signedUp.header("Location")).endsWith("/for-you/themes?welcome=1");

            // nothing saved, no themes: an explanation and the way to themes, not an empty box
            String empty = forYou(newcomer);
            assertThat(suggested(empty)).isEmpty();
            assertThat(empty).contains("Nothing to suggest yet").contains("href=\"/for-you/themes\"");
            assertThat(newcomer.get("/").asString()).contains("id=\"for-you-title\"").contains("href=\"/for-you/themes\"");

            String picker = newcomer.get("/for-you/themes?welcome=1").asString();
            assertThat(picker).contains("Welcome!").contains("<label for=\"theme-" + slug + "\">Lighthouses");
            Response picked = newcomer.post("/for-you/themes", "theme", slug);
            assertThat(picked.statusCode()).isEqualTo(303);
            assertThat(picked.header("Location")).endsWith("/for-you");

            String page = forYou(newcomer);
            assertThat(suggested(page)).containsExactly(f.get(0).id(), f.get(1).id());
            assertThat(page).contains("Because you like Lighthouses").contains("Your themes:");
            assertThat(newcomer.get("/for-you/themes").asString()).contains("value=\"" + slug + "\" checked");
            assertThat(newcomer.request().cookie("kp-lang", "ru").get("/for-you").asString())
                    .contains("Потому что вам нравится тема «Маяки»");
            // the home page shows the first few, with the way to all of them
            assertThat(newcomer.get("/").asString()).contains("href=\"/films/" + f.get(0).id() + "\"").contains("href=\"/for-you\"");

            // a theme that does not exist refuses the change, and the picks stay
            assertThat(newcomer.post("/for-you/themes", "theme", "<script>alert(1)</script>").statusCode()).isEqualTo(400);
            assertThat(suggested(forYou(newcomer))).containsExactly(f.get(0).id(), f.get(1).id());
            // none picked: none kept
            assertThat(newcomer.post("/for-you/themes").statusCode()).isEqualTo(303);
            assertThat(suggested(forYou(newcomer))).isEmpty();
        } finally {
            CuratedFilms.sql(db, "DELETE FROM theme WHERE slug = ?", slug);
        }
    }

    @Test
    void onlyASignedInPersonAndOnlyWithTheSitesToken() {
        List<FilmRef> f = CuratedFilms.ingest(db, 2).films();
        CuratedFilms.neighbours(db, f.get(0).id(), 0.8, f.get(1).id());
        Visitor stranger = new Visitor();
        for (String path : List.of("/for-you", "/for-you/themes")) {
            Response r = stranger.get(path);
            assertThat(r.statusCode()).as("GET %s", path).isEqualTo(303);
            assertThat(r.header("Location")).contains("/signin");
        }
        assertThat(stranger.post("/watchlists/not-interested", "film", Long.toString(f.get(1).id())).statusCode()).isIn(302, 303, 401);
        assertThat(CuratedFilms.count(db, "SELECT count(*) FROM suggestion_dismissal WHERE film_id = ?", f.get(1).id())).isZero();

        Visitor dina = Visitor.signedUp(Visitor.uniqueName("dina"));
        add(dina, defaultList(dina), f.get(0).id());
        Response forged = dina.request().formParam("film", Long.toString(f.get(1).id())).post("/watchlists/not-interested");
        assertThat(forged.statusCode()).isEqualTo(403);
        Response wrong = dina.request().formParam("csrf", "x".repeat(43)).formParam("film", Long.toString(f.get(1).id()))
                .post("/watchlists/not-interested");
        assertThat(wrong.statusCode()).isEqualTo(403);
        assertThat(dina.request().formParam("theme", "war").post("/for-you/themes").statusCode()).isEqualTo(403);
        assertThat(suggested(forYou(dina))).containsExactly(f.get(1).id());

        // hostile inputs
        assertThat(dina.post("/watchlists/not-interested", "film", "abc").statusCode()).isEqualTo(400);
        assertThat(dina.post("/watchlists/not-interested", "film", "999999999999").statusCode()).isEqualTo(404);
        Response away = dina.post("/watchlists/not-interested", "film", Long.toString(f.get(1).id()), "return", "//evil.example/x");
        assertThat(away.statusCode()).isEqualTo(303);
        assertThat(away.header("Location")).doesNotContain("evil.example");
        assertThat(dina.post("/watchlists/not-interested/999999999999/undo").statusCode()).isEqualTo(303);
    }

    // ------------------------------------------------------------------ helpers

    private static String forYou(Visitor visitor) {
        Response page = visitor.get("/for-you");
        assertThat(page.statusCode()).isEqualTo(200);
        return page.asString();
    }

    private static List<Long> suggested(String page) {
        Matcher m = SUGGESTED.matcher(page);
        List<Long> ids = new ArrayList<>();
        while (m.find()) {
            ids.add(Long.parseLong(m.group(1)));
        }
        return ids;
    }

    private static long defaultList(Visitor visitor) {
        Matcher m = LIST_LINK.matcher(visitor.get("/watchlists").asString());
        assertThat(m.find()).as("a list on /watchlists").isTrue();
        return Long.parseLong(m.group(1));
    }

    private static long createList(Visitor visitor, String name) {
        visitor.get("/watchlists");
        Response created = visitor.post("/watchlists", "name", name, "description", "");
        assertThat(created.statusCode()).isEqualTo(303);
        return Long.parseLong(created.header("Location").replaceAll(".*/watchlists/(\\d+).*", "$1"));
    }

    private static void add(Visitor visitor, long list, long film) {
        assertThat(visitor.post("/watchlists/" + list + "/films/" + film + "/add").statusCode()).isEqualTo(303);
    }

    private long person(String name) {
        return CuratedFilms.count(db, "INSERT INTO person (id, source, source_key, name) VALUES (nextval('person_seq'), 'test', ?, ?) RETURNING id",
                name, name);
    }

    private void direct(long person, long film) {
        CuratedFilms.sql(db, "INSERT INTO film_person (film_id, person_id, role, position, source) VALUES (?, ?, 'director', 1, 'test')", film, person);
    }
}
