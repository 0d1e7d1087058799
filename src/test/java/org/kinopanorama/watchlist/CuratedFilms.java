package org.kinopanorama.watchlist;

import io.agroal.api.AgroalDataSource;
import io.restassured.response.Response;
import org.kinopanorama.Sql;
import org.kinopanorama.RebuildsDone;
import org.kinopanorama.account.TestCurator;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;

/**
 * Films of the catalogue for watchlist tests: a curated list of {@code count} new films, ingested the way a
 * curator's script does it (the documents API), so that titles have their match keys like any real film.
 */
public final class CuratedFilms {

    /** A film as a test needs it. */
    public record FilmRef(long id, String title, int year) {
    }

    public record CuratedListRef(String slug, List<FilmRef> films) {
    }

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final String[] WORDS = {"North", "Winter", "River", "Garden", "Mirror", "Station", "Harbour", "Lantern",
            "Orchard", "Meadow", "Bridge", "Tower", "Violin", "Thunder", "Compass", "Willow"};

    private CuratedFilms() {
    }

    /** A marker of letters only (the title matcher keys words; digits would make titles look alike). */
    public static String marker() {
        long n = System.nanoTime() + SEQUENCE.incrementAndGet() * 7919L;
        StringBuilder s = new StringBuilder("Q");
        for (int i = 0; i < 8; i++) {
            s.append((char) ('a' + (int) (n % 26)));
            n /= 26;
        }
        return s.toString();
    }

    /** Ingests a list of {@code count} films titled "<Word> <Word> of <marker>", years 1950 + i. */
    public static CuratedListRef ingest(AgroalDataSource db, int count) {
        String marker = marker();
        StringBuilder doc = new StringBuilder("Films gathered to test watchlists, about war and love.\n\n");
        for (int i = 0; i < count; i++) {
            doc.append(title(marker, i)).append(" (").append(1950 + i % 40).append(")\n")
                    .append("Description: A film made for a test, number ").append(i + 1).append(".\n\n");
        }
        Response response = given().auth().preemptive().basic(TestCurator.USERNAME, TestCurator.PASSWORD)
                .contentType("text/plain; charset=UTF-8").body(doc.toString())
                .post("/api/documents?name=watchlist-" + marker + ".txt");
        if (response.statusCode() != 200 && response.statusCode() != 201) {
            throw new IllegalStateException("ingest failed: " + response.statusCode() + " " + response.asString());
        }
        String slug = response.jsonPath().getString("listSlug");
        RebuildsDone.await();
        return new CuratedListRef(slug, films(db, slug));
    }

    static String title(String marker, int i) {
        return WORDS[i % WORDS.length] + " " + WORDS[(i / WORDS.length) % WORDS.length] + " " + roman(i / (WORDS.length * WORDS.length) + 1)
                + " of " + marker;
    }

    private static String roman(int n) {
        String[] letters = {"", "Alef", "Bet", "Gimel", "Dalet", "He", "Vav", "Zayin", "Het", "Tet", "Yod"};
        return n < letters.length ? letters[n] : "Many" + letters[n % letters.length];
    }

    static List<FilmRef> films(AgroalDataSource db, String slug) {
        try (Connection c = db.getConnection();
             PreparedStatement q = c.prepareStatement("""
                     SELECT f.id, f.title, f.year FROM list_entry e JOIN curated_list l ON l.id = e.list_id
                     JOIN film f ON f.id = e.film_id WHERE l.slug = ? ORDER BY e.position""")) {
            q.setString(1, slug);
            List<FilmRef> out = new ArrayList<>();
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    out.add(new FilmRef(rs.getLong(1), rs.getString(2), rs.getInt(3)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs one SQL statement (test set-up only, e.g. neighbours the similarity module would write). */
    public static void sql(AgroalDataSource db, String statement, Object... parameters) {
        Sql.update(db, statement, parameters);
    }

    public static long count(AgroalDataSource db, String query, Object... parameters) {
        return Sql.count(db, query, parameters);
    }

    /**
     * The film_neighbour rows of the documented contract: rank 1.. in the given order, in place of those the
     * similarity module computed when the film was ingested.
     */
    public static void neighbours(AgroalDataSource db, long film, double score, long... neighbours) {
        sql(db, "DELETE FROM film_neighbour WHERE film_id = ?", film);
        for (int i = 0; i < neighbours.length; i++) {
            sql(db, "INSERT INTO film_neighbour (film_id, rank, neighbour_id, score) VALUES (?, ?, ?, ?)",
                    film, (short) (i + 1), neighbours[i], (float) (score - i * 0.01));
        }
    }
}
