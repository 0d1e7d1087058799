package org.kinopanorama.ingest.dataset;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

/**
 * The fixture datasets (written for these tests) imported into a database that starts with the three seed
 * lists: Soviet Bloc Cinema Data first, then MovieLens, as the README does it.
 */
@QuarkusTest
@TestProfile(DatasetProfile.class)
class DatasetImportTest {

    @Inject
    DatasetImportJob job;

    @Inject
    DataSource dataSource;

    private ImportView[] importBoth() {
        ImportView soviet = Imports.run(job, DatasetImportJob.SOVIET_CINEMA, Imports.SOVIET_NAME, false);
        ImportView movielens = Imports.run(job, DatasetImportJob.MOVIELENS, Imports.MOVIELENS_NAME, false);
        return new ImportView[] {soviet, movielens};
    }

    @Test
    void theIronyOfFateFromThreeSourcesIsOneFilmWithEveryTitleAndId() throws SQLException {
        importBoth();
        List<Long> films = longs("SELECT DISTINCT film_id FROM film_external_id WHERE value = 'tt0073179'");
        assertThat(films).hasSize(1);
        long film = films.get(0);
        assertThat(longs("SELECT DISTINCT film_id FROM film_title WHERE title IN ('The Irony of Fate', "
                + "'The Irony of Fate, or Enjoy Your Bath!', 'Ирония судьбы, или С лёгким паром!', "
                + "'Irony of Fate, or Enjoy Your Bath!', 'Ironiya sudby, ili S legkim parom!')")).containsExactly(film);
        // shown under the seed list's title and year; the dataset's year is kept as a claim
        assertThat(strings("SELECT title || ' ' || year FROM film WHERE id = " + film)).containsExactly("The Irony of Fate 1975");
        assertThat(strings("SELECT value || ' ' || source FROM film_claim WHERE field = 'year' AND film_id = " + film + " ORDER BY source"))
                .containsExactly("1975 movielens", "1976 sbc");
        assertThat(strings("SELECT claims FROM film_claim_conflict WHERE field = 'year' AND film_id = " + film).get(0))
                .contains("1976 (Soviet Bloc Cinema Data)").contains("1975 (MovieLens)").contains("1975 (“True love in Soviet cinema”)");
        assertThat(strings("SELECT kind || ':' || value FROM film_external_id WHERE film_id = " + film + " ORDER BY kind"))
                .containsExactly("imdb:tt0073179", "tmdb:43430", "wikidata:Q913426");
    }

    @Test
    void everyFieldOfASovietFilmIsMappedWithItsSource() throws SQLException {
        importBoth();
        long film = longs("SELECT film_id FROM dataset_record WHERE source = 'sbc' AND record_id = 'ironiya-sudby-1976'").get(0);
        assertThat(strings("SELECT fp.role || ':' || p.name FROM film_person fp JOIN person p ON p.id = fp.person_id WHERE fp.film_id = "
                + film + " ORDER BY fp.position")).containsExactly("director:Эльдар Рязанов", "screenwriter:Эльдар Рязанов",
                "screenwriter:Эмиль Брагинский", "cast:Андрей Мягков", "cast:Барбара Брыльска");
        assertThat(strings("SELECT s.name FROM film_studio fs JOIN studio s ON s.id = fs.studio_id WHERE fs.film_id = " + film))
                .containsExactly("Мосфильм");
        assertThat(strings("SELECT field || '=' || value FROM film_claim WHERE source = 'sbc' AND film_id = " + film
                + " AND field IN ('country', 'runtime_min', 'censorship', 'title_ru', 'title_original') ORDER BY field"))
                .containsExactly("censorship=released", "country=SU", "runtime_min=184",
                        "title_original=Ирония судьбы, или С лёгким паром!", "title_ru=Ирония судьбы, или С лёгким паром!");
        assertThat(strings("SELECT genre || '/' || label || '/' || source FROM film_genre WHERE film_id = " + film + " ORDER BY source, genre"))
                .containsExactly("comedy/Comedy/movielens", "romance/Romance/movielens", "comedy/Комедия/sbc", "melodrama/Мелодрама/sbc");
        assertThat(strings("SELECT t.name || '/' || t.source FROM film_topic ft JOIN topic t ON t.id = ft.topic_id WHERE ft.film_id = " + film))
                .containsExactly("Новогоднее кино/sbc");
        assertThat(strings("SELECT tag || ' ' || uses FROM film_tag WHERE film_id = " + film)).containsExactly("new year 2");
        // genres that mean one of our themes give the theme
        assertThat(strings("SELECT t.slug FROM film_theme ft JOIN theme t ON t.id = ft.theme_id WHERE ft.film_id = " + film))
                .contains("comedy", "love");
        // the similarity module's view
        assertThat(strings("SELECT kind || ':' || label FROM film_attribute WHERE film_id = " + film + " ORDER BY kind, label"))
                .contains("director:Эльдар Рязанов", "cast:Барбара Брыльска", "studio:Мосфильм", "genre:Мелодрама", "tag:new year");
        // a topic defined by a filter takes the films that meet it
        assertThat(strings("SELECT f.year::text FROM film_topic ft JOIN topic t ON t.id = ft.topic_id JOIN film f ON f.id = ft.film_id"
                + " WHERE t.source_key = 'late-forties'")).containsExactly("1949");
    }

    @Test
    void aFilmWhoseYearsDifferByOneIsMatchedAcrossScripts() throws SQLException {
        importBoth();
        List<Long> films = longs("SELECT DISTINCT film_id FROM film_title WHERE title IN ('Moscow Does Not Believe in Tears', "
                + "'Москва слезам не верит', 'Moskva slezam ne verit')");
        assertThat(films).hasSize(1);
        assertThat(strings("SELECT value || ' ' || source FROM film_claim WHERE field = 'year' AND film_id = " + films.get(0) + " ORDER BY source"))
                .containsExactly("1979 movielens", "1980 sbc");
        assertThat(strings("SELECT p.name FROM film_person fp JOIN person p ON p.id = fp.person_id WHERE fp.film_id = " + films.get(0)))
                .containsExactly("Владимир Меньшов");
    }

    @Test
    void noFalseMergesAndOnlySovietFilmsByDefault() throws SQLException {
        importBoth();
        // two films of one title a year apart stay two films; the seed list's "The Star" (1949) is not "Звезда"
        assertThat(longs("SELECT count(DISTINCT film_id) FROM film_title WHERE title = 'Звезда'")).containsExactly(2L);
        assertThat(longs("SELECT count(*) FROM film_title t WHERE t.title = 'The Star' AND EXISTS "
                + "(SELECT 1 FROM film_title r WHERE r.film_id = t.film_id AND r.title = 'Звезда')")).containsExactly(0L);
        assertThat(longs("SELECT count(*) FROM dataset_record WHERE record_id = 'gwiazda-1975'")).containsExactly(0L);
        // MovieLens only enriches: a movie the catalogue lacks is not added, its ratings neither
        assertThat(longs("SELECT count(*) FROM film_title WHERE title = 'Toy Soldiers of Nowhere'")).containsExactly(0L);
        // ratings of 3.5 and more, for films of the catalogue only
        assertThat(strings("SELECT basket || ':' || strength FROM behaviour_signal WHERE source = 'movielens' ORDER BY basket, strength"))
                .containsExactly("7:0.8", "7:1", "8:0.7");
    }

    @Test
    void badRecordsAreReportedWithTheirFileAndSkipped() {
        ImportView soviet = importBoth()[0];
        ImportView first = job.find(firstImportOf(DatasetImportJob.SOVIET_CINEMA), 100).orElseThrow();
        assertThat(first.status()).isEqualTo("done");
        assertThat(first.skipped()).isEqualTo(2);
        assertThat(first.log()).anySatisfy(l -> {
            assertThat(l.file()).isEqualTo("films/no-year.yaml");
            assertThat(l.message()).isEqualTo("no year");
        }).anySatisfy(l -> {
            assertThat(l.file()).isEqualTo("films/broken.yaml");
            assertThat(l.message()).startsWith("malformed YAML");
        });
        assertThat(soviet.status()).isEqualTo("done");
    }

    @Test
    void importingAgainChangesNothing() throws SQLException {
        importBoth();
        long films = longs("SELECT count(*) FROM film").get(0);
        long titles = longs("SELECT count(*) FROM film_title").get(0);
        ImportView[] again = importBoth();
        assertThat(again[0].filmsCreated()).isZero();
        assertThat(again[0].filmsMatched()).isZero();
        assertThat(again[0].filmsUnchanged()).isEqualTo(4);
        assertThat(again[1].filmsUnchanged()).isEqualTo(3);
        assertThat(longs("SELECT count(*) FROM film")).containsExactly(films);
        assertThat(longs("SELECT count(*) FROM film_title")).containsExactly(titles);
    }

    @Test
    void searchFindsFilmsByRussianTitleAndTransliterationAndTheFilmPageShowsPeople() throws SQLException {
        importBoth();
        long film = longs("SELECT film_id FROM dataset_record WHERE source = 'sbc' AND record_id = 'ironiya-sudby-1976'").get(0);
        given().queryParam("q", "Ирония судьбы").get("/search").then().statusCode(200).body(containsString("/films/" + film));
        given().queryParam("q", "ironiya sudby").get("/search").then().statusCode(200).body(containsString("/films/" + film));
        long ryazanov = longs("SELECT id FROM person WHERE source_key = 'eldar-ryazanov'").get(0);
        given().get("/films/" + film).then().statusCode(200)
                .body(containsString("href=\"/people/" + ryazanov + "\""))
                .body(containsString("Эльдар Рязанов"))
                .body(containsString("Мосфильм"))
                .body(containsString("https://www.imdb.com/title/tt0073179/"))
                .body(containsString("Soviet Bloc Cinema Data"));
        given().get("/people/" + ryazanov).then().statusCode(200)
                .body(containsString("Эльдар Рязанов")).body(containsString("/films/" + film));
        long mosfilm = longs("SELECT id FROM studio WHERE source_key = 'mosfilm'").get(0);
        given().get("/studios/" + mosfilm).then().statusCode(200).body(containsString("/films/" + film));
        given().get("/topics/new-year-films").then().statusCode(200)
                .body(containsString("Новогоднее кино")).body(containsString("Soviet Bloc Cinema Data"))
                .body(containsString("/films/" + film));
        given().get("/people/999999999").then().statusCode(404);
    }

    private long firstImportOf(String dataset) {
        try {
            return longs("SELECT min(id) FROM dataset_import WHERE dataset = '" + dataset + "' AND location = '"
                    + Imports.SOVIET_NAME + "'").get(0);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    List<Long> longs(String sql) throws SQLException {
        List<Long> out = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getLong(1));
            }
        }
        return out;
    }

    List<String> strings(String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
