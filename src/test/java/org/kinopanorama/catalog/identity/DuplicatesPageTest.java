package org.kinopanorama.catalog.identity;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.kinopanorama.Sql;
import org.kinopanorama.account.TestCurator;
import org.kinopanorama.account.Visitor;

import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/**
 * A film on a curated list whose fact names an actress, and a film known only in Cyrillic in which she is
 * credited, the same year: a probable duplicate with its evidence; "Not the same film" is remembered.
 */
@QuarkusTest
class DuplicatesPageTest {

    private static final String LATIN = "abdklmnoprstu";
    private static final String CYRILLIC = "абдклмнопрсту";

    @Inject
    AgroalDataSource db;

    private static String[] word() {
        StringBuilder l = new StringBuilder("K");
        StringBuilder c = new StringBuilder("К");
        for (int i = 0; i < 8; i++) {
            int k = ThreadLocalRandom.current().nextInt(LATIN.length());
            l.append(LATIN.charAt(k));
            c.append(CYRILLIC.charAt(k));
        }
        return new String[] {l.toString(), c.toString()};
    }

    @Test
    void aPairWithItsEvidenceThenNotTheSameFilm() throws Exception {
        String[] title = word(), actress = word();
        String doc = """
                Films about quiet villages in wartime.

                Quiet %s (1972)
                Description: A village waits for the war to end.
                Fact: It made a star of Olga %s.
                """.formatted(title[0], actress[0]);
        given().auth().preemptive().basic(TestCurator.USERNAME, TestCurator.PASSWORD).contentType("text/plain; charset=UTF-8").body(doc)
                .post("/api/documents?name=dup-" + title[0] + ".txt").then().statusCode(org.hamcrest.Matchers.oneOf(200, 201));
        long listFilm = Long.parseLong(one("SELECT film_id FROM film_title WHERE title = 'Quiet " + title[0] + "'"));
        long other = Long.parseLong(one("INSERT INTO film (id, title, year) VALUES (nextval('film_seq'), 'Тишина " + title[1] + "', 1973) RETURNING id"));
        execute("INSERT INTO film_title (id, film_id, title, source) VALUES (nextval('film_title_seq'), " + other + ", 'Тишина " + title[1] + "', 'test')");
        long person = Long.parseLong(one("INSERT INTO person (id, source, source_key, name) VALUES (nextval('person_seq'), 'test', '"
                + actress[0] + "', 'Ольга " + actress[1] + "') RETURNING id"));
        execute("INSERT INTO film_person (film_id, person_id, role, position, source) VALUES (" + other + ", " + person + ", 'cast', 1, 'test')");

        Visitor curator = new Visitor();
        assertThat(curator.signIn(TestCurator.USERNAME, TestCurator.PASSWORD).statusCode()).isEqualTo(303);
        curator.get("/curate/duplicates").then().statusCode(200)
                .body(containsString("Quiet " + title[0]))
                .body(containsString("Тишина " + title[1]))
                .body(containsString("named in the list&#39;s text: cast Ольга " + actress[1]))
                .body(containsString("one named only in Latin letters, the other only in Cyrillic"))
                .body(containsString("years one apart"))
                .body(containsString("/curate/films/" + other + "/merge/" + listFilm));
        // only a cast member links them: proposed, never merged by itself
        assertThat(one("SELECT count(*) FROM film WHERE id = " + other)).isEqualTo("1");

        curator.post("/curate/duplicates/not-same", "a", Long.toString(listFilm), "b", Long.toString(other)).then().statusCode(303);
        curator.get("/curate/duplicates").then().statusCode(200).body(not(containsString("Тишина " + title[1])));
        assertThat(one("SELECT count(*) FROM film_distinct WHERE film_a = " + Math.min(listFilm, other) + " AND film_b = " + Math.max(listFilm, other)))
                .isEqualTo("1");
        // taken back: proposed again
        curator.get("/curate/merges");
        curator.post("/curate/merges/not-same/" + Math.min(listFilm, other) + "/" + Math.max(listFilm, other) + "/forget").then().statusCode(303);
        curator.get("/curate/duplicates").then().statusCode(200).body(containsString("Тишина " + title[1]));

        // hostile or pointless: the same film twice, a film that does not exist, no token, a reader
        curator.post("/curate/duplicates/not-same", "a", Long.toString(other), "b", Long.toString(other)).then().statusCode(404);
        curator.post("/curate/duplicates/not-same", "a", Long.toString(other), "b", "999999999999").then().statusCode(404);
        curator.request().contentType("application/x-www-form-urlencoded").formParam("a", listFilm).formParam("b", other)
                .post("/curate/duplicates/not-same").then().statusCode(403);
        Visitor reader = Visitor.signedUp(Visitor.uniqueName("reader"));
        reader.get("/curate/duplicates").then().statusCode(403);
    }

    private String one(String sql) throws Exception {
        return Sql.one(db, sql);
    }

    private void execute(String sql) throws Exception {
        Sql.update(db, sql);
    }
}
