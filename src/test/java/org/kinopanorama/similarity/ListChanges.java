package org.kinopanorama.similarity;

import io.agroal.api.AgroalDataSource;
import org.kinopanorama.RebuildsDone;
import org.kinopanorama.ingest.IngestService;
import org.kinopanorama.ingest.document.ListDocumentParser;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The changes the rebuild-around-a-change tests make to a generated catalogue, and what they read back: a list
 * document of new films ingested, generated films put on its list, every film's stored related films.
 */
final class ListChanges {

    private final AgroalDataSource db;
    private final IngestService ingest;
    private final GeneratedCatalogue catalogue;

    ListChanges(AgroalDataSource db, IngestService ingest, GeneratedCatalogue catalogue) {
        this.db = db;
        this.ingest = ingest;
        this.catalogue = catalogue;
    }

    void ingestList(String marker, boolean withBridge) {
        StringBuilder doc = new StringBuilder("Partisans and betrayal: films about the war behind enemy lines.\n\n");
        doc.append("The Pact of ").append(marker).append(" (1966)\nDescription: Two partisans cross the winter forest; "
                + "one betrays the other.\nFact: Shot in Belarus in deep snow.\n\n");
        doc.append("The Forest of ").append(marker).append(" (1968)\nDescription: Soviet scouts behind enemy lines face a "
                + "traitor within their ranks.\n\n");
        if (withBridge) {
            doc.append("The Bridge of ").append(marker).append(" (1971)\nDescription: A partisan unit must blow up a "
                    + "bridge while a betrayal threatens the mission.\n\n");
        }
        ingest.ingest(new ListDocumentParser().parse(marker + ".txt", doc.toString().getBytes(StandardCharsets.UTF_8)), "test");
        RebuildsDone.await();
    }

    /** Puts these generated films on the list of that document, owing them a rebuild, as an ingest would. */
    void addToList(String marker, List<Integer> films) throws SQLException {
        try (Connection c = db.getConnection();
             PreparedStatement q = c.prepareStatement("""
                     INSERT INTO list_entry (id, list_id, position, film_id, heading, year, description, line)
                     SELECT (SELECT max(id) + 1 FROM list_entry), l.id, (SELECT max(position) + 1 FROM list_entry WHERE list_id = l.id),
                            f.id, f.title, f.year, 'Scouts behind enemy lines in the winter forest.', 1
                     FROM curated_list l, film f WHERE l.source_name = ? AND f.id = ?""");
             PreparedStatement owe = c.prepareStatement("INSERT INTO similarity_owed (film_id) VALUES (?) ON CONFLICT DO NOTHING")) {
            for (int i : films) {
                q.setString(1, marker + ".txt");
                q.setLong(2, catalogue.firstId() + i);
                assertThat(q.executeUpdate()).isOne();
                owe.setLong(1, catalogue.firstId() + i);
                owe.executeUpdate();
            }
        }
    }

    Map<Long, List<String>> neighbours() throws SQLException {
        Map<Long, List<String>> out = new HashMap<>();
        try (Connection c = db.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT film_id, neighbour_id, score, reasons::text FROM film_neighbour ORDER BY film_id, rank")) {
            while (rs.next()) {
                out.computeIfAbsent(rs.getLong(1), f -> new ArrayList<>())
                        .add(rs.getLong(2) + " " + rs.getDouble(3) + " " + rs.getString(4));
            }
        }
        return out;
    }

    long filmTitled(String title) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement q = c.prepareStatement("SELECT id FROM film WHERE title = ?")) {
            q.setString(1, title);
            try (ResultSet rs = q.executeQuery()) {
                assertThat(rs.next()).as(title).isTrue();
                return rs.getLong(1);
            }
        }
    }
}
