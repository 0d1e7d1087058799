package org.kinopanorama.web;

import io.agroal.api.AgroalDataSource;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kinopanorama.account.Visitor;
import org.kinopanorama.catalog.CatalogueMessages;

import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** The site in English or Russian: from the browser's languages, or as the reader chose with the switcher. */
@QuarkusTest
class LanguageTest {

    private static final String RUSSIAN_NAV = "<nav class=\"site-nav\" aria-label=\"Основная навигация\">";

    @Inject
    AgroalDataSource db;

    @Inject
    @Localized("ru")
    CatalogueMessages russian;

    private Long addedTitle;

    @AfterEach
    void removeTheTitleThisTestAdded() throws SQLException {
        if (addedTitle != null) {
            try (Connection c = db.getConnection();
                 PreparedStatement delete = c.prepareStatement("DELETE FROM film_title WHERE id = ?")) {
                delete.setLong(1, addedTitle);
                delete.executeUpdate();
            }
        }
    }

    @Test
    void aBrowserAskingForRussianGetsTheHomePageInRussian() {
        Response home = given().header("Accept-Language", "ru").get("/");

        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.asString())
                .contains("<html lang=\"ru\">")
                .contains("<title>Откройте для себя советское кино · Кинопанорама</title>")
                .contains(RUSSIAN_NAV)
                .contains(">Главная</a>", ">Фильмы</a>", ">Темы</a>", ">О проекте</a>", ">Войти</a>", ">Регистрация</a>")
                .contains("<h2 id=\"lists-title\">Кураторские подборки</h2>")
                .doesNotContain(">Home</a>", ">Sign in</a>", "Curated lists");
        assertThat(home.header("Content-Language")).isEqualTo("ru");
        assertThat(home.header("Vary")).contains("Accept-Language").contains("Cookie");
    }

    @Test
    void russianWithARegionAndQValuesIsRussian() {
        for (String header : new String[]{"ru-RU,ru;q=0.9,en;q=0.8", "en;q=0.3, ru-RU", "de-DE, ru;q=0.5, en;q=0.4"}) {
            assertThat(given().header("Accept-Language", header).get("/").asString()).as(header)
                    .contains("<html lang=\"ru\">").contains(RUSSIAN_NAV);
        }
    }

    @Test
    void englishIsTheDefault() {
        for (String header : new String[]{"en", "en-GB,en;q=0.9,ru;q=0.8", "uk, be", "ru;q=0, en;q=0.1", "*"}) {
            assertThat(given().header("Accept-Language", header).get("/").asString()).as(header)
                    .contains("<html lang=\"en\">")
                    .contains("<title>Discover Soviet cinema · Kinopanorama</title>")
                    .contains("<nav class=\"site-nav\" aria-label=\"Main\">");
        }
        Response none = given().get("/");
        assertThat(none.asString()).contains("<html lang=\"en\">").contains(">Home</a>");
        assertThat(none.header("Content-Language")).isEqualTo("en");
    }

    @Test
    void theSwitcherRemembersTheChoiceAndGoesBackToThePage() {
        Visitor visitor = new Visitor();
        String page = visitor.get("/films?all=betrayal").asString();
        assertThat(page).contains("<form method=\"post\" action=\"/language\"")
                .contains("<input type=\"hidden\" name=\"return\" value=\"/films?all=betrayal\">")
                .contains("lang=\"ru\" class=\"language-switch__button\" aria-pressed=\"false\">Русский</button>");

        Response switched = visitor.post("/language", "lang", "ru", "return", "/films?all=betrayal");

        assertThat(switched.statusCode()).isEqualTo(303);
        assertThat(pathOf(switched.header("Location"))).isEqualTo("/films?all=betrayal");
        String cookie = switched.headers().getValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(Language.COOKIE + "=")).findFirst().orElseThrow();
        assertThat(cookie).startsWith("kp-lang=ru;").contains("Path=/").contains("Max-Age=31536000")
                .containsIgnoringCase("HttpOnly").contains("SameSite=Lax").doesNotContain("Secure");

        // the choice wins over the browser's languages, on every page
        for (String path : new String[]{"/", "/films", "/themes", "/search?q=cranes", "/no-such-page"}) {
            String body = visitor.request().header("Accept-Language", "en").get(path).asString();
            assertThat(body).as(path).contains("<html lang=\"ru\">").contains(RUSSIAN_NAV);
        }
        assertThat(visitor.request().header("Accept-Language", "en").get("/films").asString())
                .contains("<h1 id=\"page-title\">Фильмы</h1>")
                .contains("<h2>Темы</h2>")
                .contains("Все выбранные темы, любая из них или ни одной.")
                .contains("lang=\"ru\" class=\"language-switch__button\" aria-pressed=\"true\">Русский</button>");

        assertThat(visitor.post("/language", "lang", "en", "return", "/").statusCode()).isEqualTo(303);
        assertThat(visitor.request().header("Accept-Language", "ru").get("/").asString())
                .contains("<html lang=\"en\">").contains(">Home</a>");
    }

    @Test
    void switchingWithoutTheFormsTokenIsRefused() {
        Response refused = given().redirects().follow(false).header("Accept-Language", "ru")
                .contentType("application/x-www-form-urlencoded")
                .formParams("lang", "ru", "return", "/").post("/language");

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.headers().getValues("Set-Cookie")).noneMatch(c -> c.startsWith(Language.COOKIE + "="));
        // the refusal itself is in the reader's language
        assertThat(refused.asString()).contains("<html lang=\"ru\">").contains("Форму не удалось принять:");
    }

    @Test
    void aReturnAddressOnAnotherSiteGoesHome() {
        Visitor visitor = new Visitor();
        for (String outside : new String[]{"https://evil.example/", "//evil.example/films", "/\\evil.example"}) {
            Response switched = visitor.post("/language", "lang", "ru", "return", outside);
            assertThat(switched.statusCode()).as(outside).isEqualTo(303);
            URI location = URI.create(switched.header("Location"));
            assertThat(location.getHost()).as(outside).isEqualTo("localhost");
            assertThat(pathOf(switched.header("Location"))).as(outside).isEqualTo("/");
        }
    }

    @Test
    void anUnknownLanguageIsABadRequest() {
        Visitor visitor = new Visitor();
        assertThat(visitor.post("/language", "lang", "de", "return", "/").statusCode()).isEqualTo(400);
    }

    @Test
    void themeLabelsAreInRussian() {
        String themes = given().header("Accept-Language", "ru").get("/themes").asString();
        assertThat(themes).contains("<h1>Темы</h1>")
                .contains("<a href=\"/themes/betrayal\">Предательство</a>")
                .doesNotContain(">Betrayal</a>");

        String theme = given().header("Accept-Language", "ru").get("/themes/betrayal").asString();
        assertThat(theme).contains("<title>Предательство · Кинопанорама</title>")
                .contains("<h1 id=\"theme-title\">Предательство</h1>");

        assertThat(given().header("Accept-Language", "ru").get("/films").asString())
                .contains("<span class=\"facet__label\">Предательство</span>")
                .contains("aria-label=\"С темой «Предательство»: ");
    }

    @Test
    void aFilmWithACyrillicTitleIsShownUnderItInRussian() throws SQLException {
        long cranes = filmHeaded("The Cranes Are Flying");
        addedTitle = addTitle(cranes, "Летят журавли");

        String russian = given().header("Accept-Language", "ru").get("/films/" + cranes).asString();
        assertThat(russian).contains("<h1 id=\"film-title\">Летят журавли <span class=\"film__year\">(1957)</span></h1>")
                .contains("<title>Летят журавли (1957) · Кинопанорама</title>")
                .contains("<span class=\"aka\">The Cranes Are Flying</span>");
        java.util.regex.Matcher aka = java.util.regex.Pattern.compile("<p class=\"film__aka\">(.*?)</p>", java.util.regex.Pattern.DOTALL)
                .matcher(russian);
        assertThat(aka.find()).as("the other titles' line").isTrue();
        assertThat(aka.group(1).strip()).as("no separator after the last other title (the shown one is the film's last title)")
                .endsWith("</span>");
        String english = given().header("Accept-Language", "en").get("/films/" + cranes).asString();
        assertThat(english).contains("<h1 id=\"film-title\">The Cranes Are Flying <span class=\"film__year\">(1957)</span></h1>")
                .contains("<span class=\"aka\">Летят журавли</span>");

        // everywhere a film is listed
        String link = "href=\"/films/" + cranes + "\">Летят журавли</a>";
        assertThat(given().header("Accept-Language", "ru").get("/films?list=true-love-in-soviet-cinema").asString()).contains(link);
        assertThat(given().header("Accept-Language", "ru").get("/lists/true-love-in-soviet-cinema").asString()).contains(link);
        assertThat(given().header("Accept-Language", "ru").get("/").asString()).contains("Летят журавли");
        assertThat(given().header("Accept-Language", "ru").get("/search?q=cranes").asString())
                .contains("<a href=\"/films/" + cranes + "\">Летят журавли</a>")
                .contains("Также известен как «The <mark>Cranes</mark> Are Flying»");
        assertThat(given().header("Accept-Language", "ru").get("/search/suggest?q=crane").asString())
                .contains("{\"id\":" + cranes + ",\"title\":\"Летят журавли\",\"year\":1957}");
        assertThat(given().header("Accept-Language", "en").get("/films?list=true-love-in-soviet-cinema").asString())
                .contains("href=\"/films/" + cranes + "\">The Cranes Are Flying</a>")
                .doesNotContain("Летят журавли");
    }

    @Test
    void countsTakeTheirRussianPluralForm() {
        assertThat(russian.films_count(1)).isEqualTo("1 фильм");
        assertThat(russian.films_count(3)).isEqualTo("3 фильма");
        assertThat(russian.films_count(10)).isEqualTo("10 фильмов");
        assertThat(russian.films_count(11)).isEqualTo("11 фильмов");
        assertThat(russian.films_count(21)).isEqualTo("21 фильм");
        assertThat(russian.films_count(24)).isEqualTo("24 фильма");
        assertThat(russian.home_films_in_catalogue(23)).isEqualTo("В каталоге 23 фильма.");

        String home = given().header("Accept-Language", "ru").get("/").asString();
        assertThat(home).contains("<p class=\"meta\">10 фильмов</p>"); // the betrayal list's card
        Matcher total = Pattern.compile("В каталоге (\\d+) (фильм|фильма|фильмов)\\.").matcher(home);
        assertThat(total.find()).as("the catalogue's count on the home page").isTrue();
        assertThat(total.group(2)).isEqualTo(russian.films_count(Integer.parseInt(total.group(1))).split(" ")[1]);
    }

    @Test
    void englishCountsAreSingularForOne() {
        CatalogueMessages english = Language.messages(CatalogueMessages.class, Language.ENGLISH);
        assertThat(english.films_count(1)).isEqualTo("1 film");
        assertThat(english.films_count(10)).isEqualTo("10 films");
        assertThat(english.home_films_in_catalogue(23)).isEqualTo("23 films in the catalogue.");
    }

    @Test
    void formErrorsAreInTheReadersLanguage() {
        Visitor visitor = new Visitor();
        visitor.post("/language", "lang", "ru", "return", "/signup");

        Response refused = visitor.signUp("", "not-an-email", "short");

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.asString()).contains("<html lang=\"ru\">")
                .contains("<h1 id=\"page-title\">Создание аккаунта</h1>")
                .contains("Исправьте, пожалуйста, то, что отмечено ниже.")
                .contains("id=\"username-error\">Придумайте имя пользователя.</p>")
                .contains("id=\"email-error\">Укажите адрес вида name@example.org.</p>")
                .contains("id=\"password-error\">Пароль должен быть не короче 10 символов.</p>");
    }

    @Test
    void errorPagesAreInTheReadersLanguage() {
        Response missing = given().header("Accept-Language", "ru").get("/no-such-page");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.asString()).contains("<html lang=\"ru\">")
                .contains("<h1 id=\"error-title\">Страница не найдена</h1>")
                .contains("По этому адресу страницы нет: <code>/no-such-page</code>.");
    }

    private static String pathOf(String location) {
        URI uri = URI.create(location);
        return uri.getRawQuery() == null ? uri.getRawPath() : uri.getRawPath() + "?" + uri.getRawQuery();
    }

    private long filmHeaded(String heading) throws SQLException {
        try (Connection c = db.getConnection();
             PreparedStatement q = c.prepareStatement("SELECT DISTINCT film_id FROM list_entry WHERE heading LIKE ? || ' (%'")) {
            q.setString(1, heading);
            try (ResultSet rs = q.executeQuery()) {
                assertThat(rs.next()).as("a seeded film headed %s", heading).isTrue();
                return rs.getLong(1);
            }
        }
    }

    private long addTitle(long film, String title) throws SQLException {
        try (Connection c = db.getConnection();
             PreparedStatement insert = c.prepareStatement("INSERT INTO film_title (id, film_id, title, source) "
                     + "VALUES (nextval('film_title_seq'), ?, ?, 'test') RETURNING id")) {
            insert.setLong(1, film);
            insert.setString(2, title);
            try (ResultSet rs = insert.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
