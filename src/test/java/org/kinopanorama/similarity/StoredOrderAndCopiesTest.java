package org.kinopanorama.similarity;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.kinopanorama.account.Visitor;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The film page shows the related films in the order the rebuild stored them; a copy of a curated list is not evidence. */
@QuarkusTest
class StoredOrderAndCopiesTest {

    @Inject
    AgroalDataSource db;

    @Inject
    SimilarityConfig config;

    @Test
    void thePageShowsTheStoredOrderNotTheRawScores() throws SQLException {
        StoredNeighbours stored = new StoredNeighbours(db);
        long ascent = stored.film("The Ascent");
        List<Long> before = stored.of(ascent);
        assertThat(before).hasSizeGreaterThan(3);
        // the rebuild's order, reversed: the best-scoring film last
        reverse(ascent);
        try {
            List<Long> expected = new ArrayList<>(before);
            Collections.reverse(expected);
            Visitor reader = Visitor.signedUp(Visitor.uniqueName("order")); // a signed-in reader's pages are never kept
            String page = reader.get("/films/" + ascent).then().statusCode(200).extract().asString();
            assertThat(RelatedFilmsTest.related(page))
                    .containsExactlyElementsOf(expected.subList(0, Math.min(config.shown(), expected.size())));
        } finally {
            reverse(ascent);
        }
        assertThat(stored.of(ascent)).isEqualTo(before);
    }

    private void reverse(long film) throws SQLException {
        try (Connection c = db.getConnection()) {
            for (String sql : List.of(
                    "UPDATE film_neighbour SET rank = rank + 1000 WHERE film_id = ?",
                    "UPDATE film_neighbour SET rank = (SELECT count(*) FROM film_neighbour WHERE film_id = ?) + 1001 - rank "
                            + "WHERE film_id = ?")) {
                try (PreparedStatement st = c.prepareStatement(sql)) {
                    st.setLong(1, film);
                    if (sql.contains("count")) {
                        st.setLong(2, film);
                    }
                    st.executeUpdate();
                }
            }
        }
    }

    @Test
    void aSavedCopyOfACuratedListIsNotABasketButFilmsAddedLaterAre() throws SQLException {
        StoredNeighbours stored = new StoredNeighbours(db);
        String slug;
        try (Connection c = db.getConnection();
             PreparedStatement q = c.prepareStatement("""
                     SELECT l.slug FROM curated_list l JOIN list_entry e ON e.list_id = l.id
                     GROUP BY l.slug HAVING count(*) >= 2 ORDER BY l.slug LIMIT 1""");
             var rs = q.executeQuery()) {
            assertThat(rs.next()).isTrue();
            slug = rs.getString(1);
        }
        Visitor saver = Visitor.signedUp(Visitor.uniqueName("copier"));
        Response saved = saver.post("/watchlists/from-list/" + slug);
        assertThat(saved.statusCode()).isEqualTo(303);
        String location = saved.header("Location");
        long list = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        assertThat(stored.scalar("SELECT count(*) FROM watchlist_entry WHERE watchlist_id = " + list))
                .as("the copy holds the list's films").isGreaterThanOrEqualTo(2);
        assertThat(stored.scalar("SELECT count(*) FROM film_basket WHERE basket = 'watchlist:" + list + "'"))
                .as("but none of them is evidence of films saved together").isZero();

        long other = stored.scalar("SELECT min(f.id) FROM film f WHERE NOT EXISTS (SELECT 1 FROM watchlist_entry e "
                + "WHERE e.watchlist_id = " + list + " AND e.film_id = f.id)");
        assertThat(saver.post("/watchlists/" + list + "/films/" + other + "/add").statusCode()).isEqualTo(303);
        assertThat(stored.scalar("SELECT count(*) FROM film_basket WHERE basket = 'watchlist:" + list + "'"))
                .as("a film the person added is").isEqualTo(1);
    }
}
