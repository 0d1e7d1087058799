package org.kinopanorama.catalog.search;

import org.kinopanorama.catalog.identity.NameKey;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kinopanorama.Sql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

/**
 * Search on the seed catalogue with a few films, people and a studio of the kind the Soviet dataset brings (added
 * for each test, removed after): names in either script and any usual spelling, whole words and titles above
 * look-alikes, and the results grouped.
 */
@QuarkusTest
class SearchEveryNameTest {

    private static final Pattern FILM = Pattern.compile("<li class=\"search-hit\">\\s*<h3 class=\"search-hit__title\"><a href=\"/films/(\\d+)\">");
    private static final Pattern PERSON = Pattern.compile("<li class=\"search-name\"><a href=\"/people/(\\d+)\"");
    private static final Pattern STUDIO = Pattern.compile("<li class=\"search-name\"><a href=\"/studios/(\\d+)\"");

    @Inject
    AgroalDataSource db;

    private final List<Long> films = new ArrayList<>();
    private final List<Long> people = new ArrayList<>();
    private final List<Long> studios = new ArrayList<>();

    private long tarkovsky;
    private long mosfilm;
    private long mirror;
    private long stalker;
    private long philanderer;

    @BeforeEach
    void aCatalogueWithTarkovskyMosfilmAndAFewRussianTitles() throws SQLException {
        tarkovsky = person("Андрей Тарковский", "Андрей Арсеньевич Тарковский");
        long larisa = person("Лариса Павловна Тарковская", null);
        person("Андрей Старков", null);
        mosfilm = studio("Мосфильм", "Мосфильм");
        studio("Ленфильм", null);
        mirror = film("Зеркало", 1974, "Зеркало");
        stalker = film("Stalker", 1979, "Stalker", "Сталкер");
        philanderer = film("Ловелас", 1970, "Ловелас");
        credit(mirror, tarkovsky, "director");
        credit(stalker, tarkovsky, "director");
        credit(mirror, larisa, "cast");
        update("INSERT INTO film_studio (film_id, studio_id, position, source) VALUES (?, ?, 1, 'test')", mirror, mosfilm);
    }

    @AfterEach
    void removeWhatThisTestAdded() throws SQLException {
        for (long id : films) {
            update("DELETE FROM film WHERE id = ?", id);
        }
        for (long id : people) {
            update("DELETE FROM person WHERE id = ?", id);
        }
        for (long id : studios) {
            update("DELETE FROM studio WHERE id = ?", id);
        }
    }

    @Test
    void tarkovskyIsFoundInEitherScriptAndInEveryUsualSpelling() {
        for (String q : new String[] {"Tarkovsky", "Тарковский", "Tarkovskiy", "tarkovskij", "Andrei Tarkovsky", "Andrey Tarkovskiy",
                "андрей тарковский", "Tarkovs", "Тарков"}) {
            assertThat(ids(PERSON, search(q))).as(q).first().isEqualTo(tarkovsky);
        }
        assertThat(search("Tarkovsky"))
                .contains("<h2 id=\"search-people\">People</h2>")
                // an English page names him in Latin letters, with the Cyrillic beside it
                .contains("<a href=\"/people/" + tarkovsky + "\">Andrei Tarkovsky <span class=\"original\" lang=\"ru\">Андрей Тарковский</span></a>")
                .contains("2 films");
    }

    @Test
    void aTypingSlipInANameStillFindsThePerson() {
        assertThat(ids(PERSON, search("Tarkovksy"))).contains(tarkovsky);
    }

    @Test
    void studiosAreFoundInEitherScript() {
        for (String q : new String[] {"Mosfilm", "Мосфильм", "mosfilm", "Mosf"}) {
            assertThat(ids(STUDIO, search(q))).as(q).first().isEqualTo(mosfilm);
        }
        assertThat(search("Mosfilm")).contains("<h2 id=\"search-studios\">Studios</h2>");
    }

    @Test
    void aRussianTitleInLatinLettersFindsTheFilmFirst() {
        assertThat(ids(FILM, search("zerkalo"))).first().isEqualTo(mirror);
        assertThat(ids(FILM, search("Зеркало"))).first().isEqualTo(mirror);
    }

    @Test
    void aWholeTitleOutranksTrigramLookAlikes() {
        long star = filmId("The Star");
        for (String q : new String[] {"Сталкер", "Stalker", "stalker"}) {
            List<Long> hits = ids(FILM, search(q));
            assertThat(hits).as(q).first().isEqualTo(stalker);
            // "The Star" only looks like it: not shown beside a film that has the word
            assertThat(hits).as(q).doesNotContain(star);
        }
        // a look-alike is still offered when nothing else matches: a typing slip finds its film
        assertThat(ids(FILM, search("Stalkre"))).contains(stalker);
    }

    @Test
    void loveRanksFilmsAboutLoveAboveCyrillicTitlesThatMerelyBeginWithLo() throws SQLException {
        List<Long> hits = ids(FILM, search("love"));
        List<Long> aboutLove = longs("""
                SELECT DISTINCT ft.film_id FROM film_theme ft JOIN theme t ON t.id = ft.theme_id
                WHERE t.slug IN ('love', 'true-love', 'unrequited-love') AND ft.weight >= 0.3""");
        assertThat(aboutLove).hasSizeGreaterThan(5);
        assertThat(hits.get(0)).as("the first film is about love").isIn(aboutLove);
        int lovelas = hits.indexOf(philanderer);
        if (lovelas >= 0) {
            for (long film : aboutLove) {
                if (hits.contains(film)) {
                    assertThat(hits.indexOf(film)).as("film %d about love before «Ловелас»", film).isLessThan(lovelas);
                }
            }
        }
        assertThat(search("love"))
                .contains("<span class=\"meta\">About:</span> <a href=\"/themes/");
    }

    @Test
    void suggestionsOfferTitlesInTheScriptTypedFirst() {
        List<String> titles = given().queryParam("q", "love").get("/search/suggest").then().statusCode(200)
                .extract().jsonPath().getList("title", String.class);
        assertThat(titles).contains("The Love of Mankind");
        if (titles.contains("Ловелас")) {
            assertThat(titles.indexOf("The Love of Mankind")).isLessThan(titles.indexOf("Ловелас"));
        }
    }

    @Test
    void resultsAreGroupedWithHeadingsInEnglishAndInRussian() {
        String english = search("love");
        assertThat(english)
                .contains("<h2 id=\"search-lists\">Curated lists</h2>")
                .contains("<a href=\"/lists/true-love-in-soviet-cinema\">")
                .contains("<h2 id=\"search-films\">Films</h2>");
        assertThat(english.indexOf("id=\"search-lists\"")).isLessThan(english.indexOf("id=\"search-films\""));

        String russian = given().header("Accept-Language", "ru").queryParam("q", "Тарковский").get("/search")
                .then().statusCode(200).extract().asString();
        assertThat(russian).contains("<h2 id=\"search-people\">Люди</h2>").contains("2 фильма");
        assertThat(given().header("Accept-Language", "ru").queryParam("q", "Мосфильм").get("/search").asString())
                .contains("<h2 id=\"search-studios\">Студии</h2>");
        assertThat(given().header("Accept-Language", "ru").queryParam("q", "zerkalo").get("/search").asString())
                .contains("<h2 id=\"search-films\">Фильмы</h2>");
        assertThat(given().header("Accept-Language", "ru").queryParam("q", "love").get("/search").asString())
                .contains("<h2 id=\"search-lists\">Подборки</h2>");
    }

    @Test
    void aNameWithoutAnyFilmSaysSoAndStillShowsThePeople() {
        String page = search("Тарковская");
        assertThat(page).contains("/people/").contains("but these do");
    }

    @Test
    void theApiGivesEachGroupWithItsKind() {
        given().get("/api/search?q=Tarkovsky").then().statusCode(200)
                .body("people[0].kind", equalTo("person"))
                .body("people[0].id", equalTo((int) tarkovsky))
                .body("people[0].name", equalTo("Андрей Тарковский"))
                .body("people[0].films", equalTo(2))
                .body("people[0].url", endsWith("/people/" + tarkovsky));
        given().get("/api/search?q=Мосфильм").then().statusCode(200)
                .body("studios[0].kind", equalTo("studio"))
                .body("studios[0].url", endsWith("/studios/" + mosfilm))
                .body("total", equalTo(0));
        given().get("/api/search?q=love").then().statusCode(200)
                .body("lists.kind", hasItem("list"))
                .body("lists.slug", hasItem("true-love-in-soviet-cinema"))
                .body("items.size()", greaterThan(5));
    }

    @Test
    void namesAreShownEscaped() throws SQLException {
        person("<script>alert(1)</script> Тарковский", null);
        String page = search("Тарковский");
        assertThat(page).contains("&lt;script&gt;alert(1)&lt;/script&gt; Тарковский").doesNotContain("<script>alert(1)");
    }

    @Test
    void theDatabaseGivesEveryNameTheKeyNameKeyGivesIt() throws SQLException {
        String[] names = {"Андрей Тарковский", "Андрей Арсеньевич Тарковский", "Сергей Бондарчук", "Эльдар Рязанов",
                "Фёдор Хитрук", "Юрий Яковлев", "Ия Саввина", "Евгений Евстигнеев", "Алексей Баталов", "Наталья Варлей",
                "Мосфильм", "Ленфильм", "Киностудия имени М. Горького", "Andrzej Wajda", "Miloš Forman", "Тенгиз Абуладзе",
                "Отар Иоселиани", "Лариса Шепитько", "Савва Кулиш", "Вадим Юсов", "Олег Янковский", "Ролан Быков",
                "Всеволод Эмильевич Мейерхольд", "Герман Байер", "Firəngiz Qurbanova", "Xəyal Axundzadə"};
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement("SELECT f_loose_key(?)")) {
            for (String name : names) {
                s.setString(1, name);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    assertThat(rs.getString(1)).as(name).isEqualTo(NameKey.of(name));
                }
            }
        }
    }

    // ------------------------------------------------------------------ fixtures

    private static String search(String q) {
        return given().queryParam("q", q).get("/search").then().statusCode(200).contentType(startsWith("text/html"))
                .extract().asString();
    }

    private static List<Long> ids(Pattern pattern, String page) {
        List<Long> ids = new ArrayList<>();
        Matcher m = pattern.matcher(page);
        while (m.find()) {
            ids.add(Long.parseLong(m.group(1)));
        }
        return ids;
    }

    private long film(String title, int year, String... titles) throws SQLException {
        long id = insert("INSERT INTO film (id, title, year) VALUES (nextval('film_seq'), ?, ?) RETURNING id", title, year);
        films.add(id);
        for (String t : titles) {
            insert("INSERT INTO film_title (id, film_id, title, source) VALUES (nextval('film_title_seq'), ?, ?, 'test') RETURNING id", id, t);
        }
        return id;
    }

    private long person(String name, String original) throws SQLException {
        long id = insert("INSERT INTO person (id, source, source_key, name, name_original) VALUES (nextval('person_seq'), 'test', "
                + "'p' || currval('person_seq'), ?, ?) RETURNING id", name, original);
        people.add(id);
        return id;
    }

    private long studio(String name, String original) throws SQLException {
        long id = insert("INSERT INTO studio (id, source, source_key, name, name_original) VALUES (nextval('studio_seq'), 'test', "
                + "'s' || currval('studio_seq'), ?, ?) RETURNING id", name, original);
        studios.add(id);
        return id;
    }

    private void credit(long film, long person, String role) throws SQLException {
        update("INSERT INTO film_person (film_id, person_id, role, position, source) VALUES (?, ?, '" + role + "', 1, 'test')", film, person);
    }

    private long filmId(String title) {
        try {
            List<Long> ids = longs("SELECT id FROM film WHERE title = '" + title.replace("'", "''") + "'");
            assertThat(ids).as("the seeds have %s", title).isNotEmpty();
            return ids.get(0);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private long insert(String sql, Object... params) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private void update(String sql, Object... params) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            s.executeUpdate();
        }
    }

    private List<Long> longs(String sql) throws SQLException {
        return Sql.longs(db, sql);
    }
}
