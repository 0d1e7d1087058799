package org.kinopanorama.ingest.dataset;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;

/** Two films that turn out to be one: the address of the one merged away leads to the other, however often it happens. */
@QuarkusTest
class FilmMergeRedirectTest {

    @Inject
    AgroalDataSource db;

    @Test
    void aMergedFilmsAddressRedirectsPermanentlyToTheFilmItBecame() throws SQLException {
        long base = 8_000_000_000L + ThreadLocalRandom.current().nextLong(1_000_000_000L) * 10;
        long first = base, second = base + 1, third = base + 2;
        try (Connection c = db.getConnection();
             PreparedStatement st = c.prepareStatement("INSERT INTO film (id, title, year) VALUES (?, ?, 1966)")) {
            for (long id : new long[]{first, second, third}) {
                st.setLong(1, id);
                st.setString(2, "Merged film " + id);
                st.executeUpdate();
            }
        }
        given().redirects().follow(false).get("/films/" + first).then().statusCode(200);

        merge(second, first);
        given().redirects().follow(false).get("/films/" + first)
                .then().statusCode(301).header("Location", endsWith("/films/" + second));

        merge(third, second);
        given().redirects().follow(false).get("/films/" + first)
                .then().statusCode(301).header("Location", endsWith("/films/" + third));
        given().redirects().follow(false).get("/films/" + second)
                .then().statusCode(301).header("Location", endsWith("/films/" + third));
        given().redirects().follow(false).get("/films/" + (base + 3)).then().statusCode(404);
    }

    private void merge(long keep, long gone) throws SQLException {
        try (Connection c = db.getConnection()) {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try (FilmLinker linker = new FilmLinker(c, Map.of(), Map.of())) {
                linker.merge(keep, gone);
            }
            c.commit();
            c.setAutoCommit(auto);
        }
    }
}
