package org.kinopanorama.similarity;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Writes precomputed neighbours: one film's rows are always replaced together, inside the caller's transaction. */
@ApplicationScoped
public class NeighbourStore {

    /** Reasons kept per neighbour; a page shows fewer. */
    static final int REASONS_KEPT = 8;

    @Inject
    ObjectMapper json;

    /** Replaces the neighbours of {@code films} (all films when {@code all}) with {@code neighbours}. Returns rows written. */
    public int replace(Connection c, Collection<Long> films, boolean all, Map<Long, List<Neighbour>> neighbours,
                       FeatureLabels labels) throws SQLException {
        if (all) {
            try (PreparedStatement st = c.prepareStatement("DELETE FROM film_neighbour")) {
                st.executeUpdate();
            }
        } else {
            try (PreparedStatement st = c.prepareStatement("DELETE FROM film_neighbour WHERE film_id = ANY (?)")) {
                Array ids = c.createArrayOf("bigint", films.toArray());
                st.setArray(1, ids);
                st.executeUpdate();
            }
        }
        PGConnection pg = c.unwrap(PGConnection.class);
        CopyIn copy = pg.getCopyAPI().copyIn(
                "COPY film_neighbour (film_id, rank, neighbour_id, score, reasons) FROM STDIN (FORMAT csv)");
        int rows = 0;
        try {
            StringBuilder line = new StringBuilder(512);
            for (Map.Entry<Long, List<Neighbour>> e : neighbours.entrySet()) {
                int rank = 0;
                for (Neighbour n : e.getValue()) {
                    float score = (float) n.score();
                    if (!(score > 0) || n.filmId() == e.getKey()) {
                        continue;
                    }
                    line.setLength(0);
                    line.append(e.getKey()).append(',').append(++rank).append(',').append(n.filmId()).append(',')
                            .append(Math.min(1f, score)).append(',').append(csv(reasons(n, labels))).append('\n');
                    byte[] bytes = line.toString().getBytes(StandardCharsets.UTF_8);
                    copy.writeToCopy(bytes, 0, bytes.length);
                    rows++;
                }
            }
            copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
        return rows;
    }

    private String reasons(Neighbour n, FeatureLabels labels) {
        List<StoredReason> out = new ArrayList<>();
        if (n.why() != null) {
            for (Explanation.Reason r : n.why().top(REASONS_KEPT).reasons()) {
                FeatureLabels.Label l = labels.of(r.kind(), r.feature());
                out.add(new StoredReason(r.kind().name(), r.feature(), l.en(), l.ru(), l.href(),
                        Math.round(r.contribution() * 10_000) / 10_000.0));
            }
        }
        try {
            return json.writeValueAsString(out);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String csv(String s) {
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
