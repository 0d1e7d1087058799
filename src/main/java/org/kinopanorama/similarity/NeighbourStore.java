package org.kinopanorama.similarity;

import org.kinopanorama.similarity.signal.Explanation;
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
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Writes precomputed neighbours: one film's rows are always replaced together, inside the caller's transaction. */
@ApplicationScoped
public class NeighbourStore {

    /** Reasons kept per neighbour; a page shows fewer. */
    static final int REASONS_KEPT = 6;

    @Inject
    ObjectMapper json;

    /**
     * Starts replacing the neighbours of {@code films} (of all films when {@code all}): their rows are deleted, and
     * what is written to the returned writer takes their place when the caller's transaction commits.
     */
    public Writer replace(Connection c, Collection<Long> films, boolean all, FeatureLabels labels) throws SQLException {
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
        CopyIn copy = c.unwrap(PGConnection.class).getCopyAPI().copyIn(
                "COPY film_neighbour (film_id, rank, neighbour_id, score, reasons) FROM STDIN (FORMAT csv)");
        return new Writer(copy, labels);
    }

    /** Replaces every film's suggestion weights ({@code film_suggestion_weight}) with these; returns the rows. */
    public int replaceSuggestionWeights(Connection c, SuggestionWeights weights) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("DELETE FROM film_suggestion_weight")) {
            st.executeUpdate();
        }
        CopyIn copy = c.unwrap(PGConnection.class).getCopyAPI().copyIn(
                "COPY film_suggestion_weight (film_id, suggested_id, weight) FROM STDIN (FORMAT csv)");
        StringBuilder lines = new StringBuilder(1 << 16);
        int[] rows = {0};
        try {
            weights.forEach((film, row) -> {
                for (int t = 0; t < row.others().length; t++) {
                    lines.append(film).append(',').append(row.others()[t]).append(',').append(row.weights()[t]).append('\n');
                    rows[0]++;
                }
                if (lines.length() > 60_000) {
                    flush(copy, lines);
                }
            });
            flush(copy, lines);
            copy.endCopy();
            return rows[0];
        } catch (RuntimeException | SQLException e) {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
            throw e;
        }
    }

    /** Whether {@code film_suggestion_weight} holds exactly these weights, row for row (one pass over its rows). */
    public boolean holdsSuggestionWeights(Connection c, SuggestionWeights weights) throws SQLException {
        // one entry per film, the rows themselves compared as they stream by, film after film: the weights can be
        // millions of rows, a map of each of them would cost more than writing them again
        Map<Long, SuggestionWeights.Row> expected = new HashMap<>();
        long[] rows = {0};
        weights.forEach((film, row) -> {
            expected.put(film, row);
            rows[0] += row.others().length;
        });
        long read = 0;
        try (PreparedStatement st = c.prepareStatement(
                "SELECT film_id, suggested_id, weight FROM film_suggestion_weight ORDER BY film_id")) {
            st.setFetchSize(10_000);
            try (ResultSet rs = st.executeQuery()) {
                long film = Long.MIN_VALUE;
                Map<Long, Float> others = Map.of();
                while (rs.next()) {
                    read++;
                    if (rs.getLong("film_id") != film) {
                        film = rs.getLong("film_id");
                        SuggestionWeights.Row row = expected.get(film);
                        if (row == null) {
                            return false;
                        }
                        others = new HashMap<>();
                        for (int t = 0; t < row.others().length; t++) {
                            others.put(row.others()[t], row.weights()[t]);
                        }
                    }
                    Float w = others.get(rs.getLong("suggested_id"));
                    if (w == null || w != rs.getFloat("weight")) {
                        return false;
                    }
                }
            }
        }
        return read == rows[0];
    }

    private static void flush(CopyIn copy, StringBuilder lines) {
        byte[] bytes = lines.toString().getBytes(StandardCharsets.UTF_8);
        lines.setLength(0);
        try {
            copy.writeToCopy(bytes, 0, bytes.length);
        } catch (SQLException e) {
            throw new IllegalStateException("Writing suggestion weights failed: " + e.getMessage(), e);
        }
    }

    /** Streams rows into PostgreSQL (COPY); {@link #finish()} or {@link #abort()} must follow. */
    public final class Writer {
        private final CopyIn copy;
        private final FeatureLabels labels;
        private final StringBuilder line = new StringBuilder(512);
        private int rows;

        private Writer(CopyIn copy, FeatureLabels labels) {
            this.copy = copy;
            this.labels = labels;
        }

        public void write(long film, List<Neighbour> neighbours) throws SQLException {
            int rank = 0;
            for (Neighbour n : neighbours) {
                float score = (float) n.score();
                if (!(score > 0) || n.filmId() == film) {
                    continue;
                }
                line.setLength(0);
                line.append(film).append(',').append(++rank).append(',').append(n.filmId()).append(',')
                        .append(Math.min(1f, score)).append(',').append(csv(reasons(n, labels))).append('\n');
                byte[] bytes = line.toString().getBytes(StandardCharsets.UTF_8);
                copy.writeToCopy(bytes, 0, bytes.length);
                rows++;
            }
        }

        /** Ends the copy; returns the rows written. */
        public int finish() throws SQLException {
            copy.endCopy();
            return rows;
        }

        public void abort() {
            try {
                if (copy.isActive()) {
                    copy.cancelCopy();
                }
            } catch (SQLException ignored) {
                // the transaction is rolled back anyway
            }
        }
    }

    /** Rewrites these films' related films, each list given whole, in its order. Returns the rows written. */
    int rewrite(Connection c, java.util.Map<Long, List<Kept>> lists) throws SQLException {
        if (lists.isEmpty()) {
            return 0;
        }
        try (PreparedStatement st = c.prepareStatement("DELETE FROM film_neighbour WHERE film_id = ANY (?)")) {
            st.setArray(1, c.createArrayOf("bigint", lists.keySet().toArray()));
            st.executeUpdate();
        }
        List<Long> films = new ArrayList<>();
        List<Integer> ranks = new ArrayList<>();
        List<Long> neighbours = new ArrayList<>();
        List<Float> scores = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        lists.forEach((film, entries) -> {
            int rank = 0;
            for (Kept e : entries) {
                if (e.score() > 0 && e.neighbourId() != film) {
                    films.add(film);
                    ranks.add(++rank);
                    neighbours.add(e.neighbourId());
                    scores.add(Math.min(1f, e.score()));
                    reasons.add(e.reasons());
                }
            }
        });
        try (PreparedStatement st = c.prepareStatement("""
                INSERT INTO film_neighbour (film_id, rank, neighbour_id, score, reasons)
                SELECT * FROM unnest(?::bigint[], ?::smallint[], ?::bigint[], ?::real[], ?::jsonb[])""")) {
            st.setArray(1, c.createArrayOf("bigint", films.toArray()));
            st.setArray(2, c.createArrayOf("smallint", ranks.toArray()));
            st.setArray(3, c.createArrayOf("bigint", neighbours.toArray()));
            st.setArray(4, c.createArrayOf("real", scores.toArray()));
            st.setArray(5, c.createArrayOf("text", reasons.toArray()));
            return st.executeUpdate();
        }
    }

    /** A related film as stored: its score and its reasons (JSON). */
    record Kept(long neighbourId, float score, String reasons) {
    }

    /** A newly scored related film as it would be stored. */
    Kept kept(Neighbour n, FeatureLabels labels) {
        return new Kept(n.filmId(), (float) n.score(), reasons(n, labels));
    }

    private String reasons(Neighbour n, FeatureLabels labels) {
        List<StoredReason> out = new ArrayList<>();
        if (n.why() != null) {
            for (Explanation.Reason r : n.why().top(REASONS_KEPT).reasons()) {
                FeatureLabels.Label l = labels.of(r.kind(), r.feature());
                out.add(new StoredReason(r.kind().name(), r.feature(), l.en(), l.ru(), l.href(),
                        Math.round(r.contribution() * 1_000) / 1_000.0));
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
