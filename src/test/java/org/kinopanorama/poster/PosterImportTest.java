package org.kinopanorama.poster;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.kinopanorama.catalog.identity.FilmConsolidation;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Poster paths come in from Soviet Bloc Cinema Data in one shape only, and with images off (the default) every film
 * gets our own typographic poster and nothing is asked of another host.
 */
@QuarkusTest
@TestProfile(PostersOffProfile.class)
class PosterImportTest extends WithPosterFixtures {

    /** The fixtures whose poster_tmdb_path is anything but /letters-and-digits.jpg: none of them may end up shown. */
    private static final List<String> HOSTILE = List.of("chuzhoy-adres-1973", "dva-slesha-1974", "tochki-1975", "skript-1976",
            "razmetka-1977", "zapros-1978", "svg-1979", "spisok-1980", "probel-1981", "obratnyy-1982", "data-1983");


    @Test
    void aPathOfTheOneShapeIsKeptAndEveryOtherIsLeftOut() throws SQLException {
        long plakat = PosterFixtures.film(dataSource, "plakat-1971");
        assertThat(poster(plakat)).isEqualTo(PosterFixtures.GOOD_PATH);
        assertThat(poster(PosterFixtures.film(dataSource, "bez-plakata-1972"))).isNull();
        for (String hostile : HOSTILE) {
            long film = PosterFixtures.film(dataSource, hostile);
            assertThat(poster(film)).as(hostile).isNull();
            // the film itself is imported, only its poster is left out
            assertThat(PosterFixtures.stringOf(dataSource, "SELECT title FROM film WHERE id = ?", film)).as(hostile).isNotBlank();
        }
        assertThat(PosterFixtures.longOf(dataSource, "SELECT count(*) FROM film_claim WHERE field = 'poster_tmdb_path'")).isEqualTo(1);
    }

    @Test
    void aHostileClaimWrittenStraightIntoTheDatabaseIsNeverShownAndTheColumnRefusesOne() throws SQLException {
        long film = PosterFixtures.film(dataSource, "bez-plakata-1972");
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO film_claim (film_id, field, value, source) VALUES (" + film
                    + ", 'poster_tmdb_path', '//evil.example/x.jpg', 'test') ON CONFLICT DO NOTHING");
            FilmConsolidation.apply(c, List.of(film));
            s.executeUpdate("DELETE FROM film_claim WHERE source = 'test'");
        }
        assertThat(poster(film)).isNull();
        assertThatThrownBy(() -> {
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                s.executeUpdate("UPDATE film SET poster_path = 'javascript:alert(1)' WHERE id = " + film);
            }
        }).isInstanceOf(SQLException.class).hasMessageContaining("poster_path");
    }

    @Test
    void withImagesOffAFilmWithAPathGetsOurOwnPosterAndThePolicyNamesNoOtherHost() throws SQLException {
        long plakat = PosterFixtures.film(dataSource, "plakat-1971");
        Response page = given().get("/films/" + plakat);
        assertThat(page.statusCode()).isEqualTo(200);
        String html = page.asString();
        assertThat(html).contains("poster--drawn").contains("role=\"img\" aria-label=\"Poster: Plakat (1971)\"")
                .contains("<span class=\"poster__title\" aria-hidden=\"true\">Plakat</span>")
                .doesNotContain("<img").doesNotContain("beB35H9cn0jTBZeU2NZsOB1RVVV");
        assertThat(page.header("Content-Security-Policy")).contains("img-src 'self' data:;");
    }

    @Test
    void theSameFilmAlwaysHasTheSameColour() throws SQLException {
        long plakat = PosterFixtures.film(dataSource, "plakat-1971");
        String first = tone(given().get("/films/" + plakat).asString());
        assertThat(first).isNotNull();
        assertThat(tone(given().get("/films/" + plakat).asString())).isEqualTo(first);
        assertThat(tone(given().queryParam("q", "Plakat").get("/search").asString())).isEqualTo(first);
    }

    @Test
    void aTitleWithMarkupIsWrittenAsTextOnThePoster() throws SQLException {
        long film;
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            var rs = s.executeQuery("INSERT INTO film (id, title, year) VALUES (nextval('film_seq'), "
                    + "'<img src=x onerror=alert(1)> & \"Quoted\"', 1966) RETURNING id");
            rs.next();
            film = rs.getLong(1);
        }
        String html = given().get("/films/" + film).asString();
        assertThat(html).contains("<span class=\"poster__title\" aria-hidden=\"true\">&lt;img src=x onerror=alert(1)&gt; &amp; &quot;Quoted&quot;</span>")
                .doesNotContain("<img src=x");
    }

    private static String tone(String html) {
        var m = java.util.regex.Pattern.compile("poster--tone(\\d)\" role=\"img\" aria-label=\"Poster: Plakat").matcher(html);
        return m.find() ? m.group(1) : null;
    }

    private String poster(long film) throws SQLException {
        return PosterFixtures.stringOf(dataSource, "SELECT poster_path FROM film WHERE id = ?", film);
    }
}
