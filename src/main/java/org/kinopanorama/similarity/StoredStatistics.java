package org.kinopanorama.similarity;

import org.kinopanorama.similarity.signal.FeatureStatistics;
import org.kinopanorama.similarity.signal.FilmFeatures;
import org.postgresql.PGConnection;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@link FeatureStatistics} of the whole catalogue as PostgreSQL keeps them (V18): each film's features, each
 * feature's number of films, the number of films with each kind of data. Written whole by a full rebuild, corrected
 * film by film by a rebuild around changed films; always on the rebuild's connection, so in its transaction.
 */
final class StoredStatistics {

    /** The kind under which the number of all films is kept. */
    static final String ALL = "*";

    private StoredStatistics() {
    }

    /** Whether a full rebuild has written them (before that, a rebuild reads the whole catalogue). */
    static boolean present(Connection c) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT EXISTS (SELECT 1 FROM similarity_kind_count WHERE kind = ?)")) {
            st.setString(1, ALL);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    /** Replaces everything with the counts over these films, the whole catalogue. */
    static void replaceAll(Connection c, Collection<FilmFeatures> films) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("TRUNCATE similarity_film_feature, similarity_feature_count, similarity_kind_count");
            // one index build after the rows is far cheaper than keeping the index up row by row
            st.execute("DROP INDEX similarity_film_feature_features_idx");
        }
        Map<String, Integer> df = new HashMap<>();
        Map<String, Integer> kinds = new HashMap<>();
        Iterator<FilmFeatures> it = films.iterator();
        copy(c, "COPY similarity_film_feature (film_id, features) FROM STDIN (FORMAT csv)", () -> {
            if (!it.hasNext()) {
                return null;
            }
            FilmFeatures f = it.next();
            Set<String> keys = FeatureStatistics.keys(f);
            count(keys, df, kinds);
            return f.filmId() + "," + csv(arrayLiteral(keys)) + "\n";
        });
        Iterator<Map.Entry<String, Integer>> counts = df.entrySet().iterator();
        copy(c, "COPY similarity_feature_count (feature, films) FROM STDIN (FORMAT csv)", () -> {
            if (!counts.hasNext()) {
                return null;
            }
            Map.Entry<String, Integer> e = counts.next();
            return csv(e.getKey()) + "," + e.getValue() + "\n";
        });
        kinds.put(ALL, films.size());
        addKinds(c, kinds);
        try (Statement st = c.createStatement()) {
            st.execute("CREATE INDEX similarity_film_feature_features_idx ON similarity_film_feature USING gin (features)");
            // fresh statistics for the planner, else it scans every film's features to find those sharing one
            st.execute("ANALYZE similarity_film_feature, similarity_feature_count");
        }
    }

    /**
     * Whether the stored features and counts are already those {@link #replaceAll} would write for these films, the
     * whole catalogue: each film's features, each feature's and each kind's number of films, and nothing else (one
     * pass over them, far cheaper than writing them and building their index again).
     */
    static boolean holdAll(Connection c, Collection<FilmFeatures> films) throws SQLException {
        Map<Long, FilmFeatures> byId = new HashMap<>();
        films.forEach(f -> byId.put(f.filmId(), f));
        Map<String, Integer> df = new HashMap<>();
        Map<String, Integer> kinds = new HashMap<>();
        Set<Long> seen = new HashSet<>();
        try (PreparedStatement st = c.prepareStatement("SELECT film_id, features FROM similarity_film_feature")) {
            st.setFetchSize(10_000);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    long film = rs.getLong("film_id");
                    FilmFeatures f = byId.get(film);
                    if (f == null || !seen.add(film)) {
                        return false;
                    }
                    Set<String> keys = FeatureStatistics.keys(f);
                    List<String> stored = List.of((String[]) rs.getArray("features").getArray());
                    if (stored.size() != keys.size() || !keys.equals(new HashSet<>(stored))) {
                        return false;
                    }
                    count(keys, df, kinds);
                }
            }
        }
        kinds.put(ALL, films.size());
        return seen.size() == byId.size() && df.equals(counts(c, "SELECT feature AS key, films FROM similarity_feature_count"))
                && kinds.equals(counts(c, "SELECT kind AS key, films FROM similarity_kind_count"));
    }

    /** Counts a film having these features. */
    private static void count(Set<String> keys, Map<String, Integer> df, Map<String, Integer> kinds) {
        keys.forEach(k -> df.merge(k, 1, Integer::sum));
        FeatureStatistics.kinds(keys).forEach(k -> kinds.merge(k, 1, Integer::sum));
    }

    private static Map<String, Integer> counts(Connection c, String sql) throws SQLException {
        Map<String, Integer> out = new HashMap<>();
        try (PreparedStatement st = c.prepareStatement(sql)) {
            st.setFetchSize(10_000);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString("key"), rs.getInt("films"));
                }
            }
        }
        return out;
    }

    /**
     * Corrects the counts for these films: their features as stored are taken out, their features now (absent for
     * a film deleted or merged away) put in. Returns their features as they were stored.
     */
    static Map<Long, Set<String>> update(Connection c, Collection<Long> films, Map<Long, FilmFeatures> now) throws SQLException {
        Map<Long, Set<String>> before = new HashMap<>();
        try (PreparedStatement st = c.prepareStatement(
                "SELECT film_id, features FROM similarity_film_feature WHERE film_id = ANY (?) FOR UPDATE")) {
            st.setArray(1, c.createArrayOf("bigint", films.toArray()));
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    before.put(rs.getLong(1), Set.of((String[]) rs.getArray(2).getArray()));
                }
            }
        }
        Map<String, Integer> df = new HashMap<>();
        Map<String, Integer> kinds = new HashMap<>();
        List<Long> written = new ArrayList<>();
        List<String> literals = new ArrayList<>();
        for (long film : new HashSet<>(films)) {
            Set<String> old = before.get(film);
            FilmFeatures f = now.get(film);
            Set<String> keys = f == null ? null : FeatureStatistics.keys(f);
            if (old != null) {
                old.forEach(k -> df.merge(k, -1, Integer::sum));
                FeatureStatistics.kinds(old).forEach(k -> kinds.merge(k, -1, Integer::sum));
                kinds.merge(ALL, -1, Integer::sum);
            }
            if (keys != null) {
                keys.forEach(k -> df.merge(k, 1, Integer::sum));
                FeatureStatistics.kinds(keys).forEach(k -> kinds.merge(k, 1, Integer::sum));
                kinds.merge(ALL, 1, Integer::sum);
                written.add(film);
                literals.add(arrayLiteral(keys));
            }
        }
        df.values().removeIf(d -> d == 0);
        kinds.values().removeIf(d -> d == 0);
        try (PreparedStatement st = c.prepareStatement("DELETE FROM similarity_film_feature WHERE film_id = ANY (?)")) {
            st.setArray(1, c.createArrayOf("bigint", films.toArray()));
            st.executeUpdate();
        }
        try (PreparedStatement st = c.prepareStatement("""
                INSERT INTO similarity_film_feature (film_id, features)
                SELECT film_id, features::text[] FROM unnest(?::bigint[], ?::text[]) AS r(film_id, features)""")) {
            st.setArray(1, c.createArrayOf("bigint", written.toArray()));
            st.setArray(2, c.createArrayOf("text", literals.toArray()));
            st.executeUpdate();
        }
        add(c, "similarity_feature_count", "feature", df);
        addKinds(c, kinds);
        return before;
    }

    /** The number of all films and of films with each kind of data, and the document frequency of these features. */
    static FeatureStatistics load(Connection c, Collection<String> features) throws SQLException {
        Map<String, Integer> kinds = new HashMap<>();
        try (PreparedStatement st = c.prepareStatement("SELECT kind, films FROM similarity_kind_count");
             ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                kinds.put(rs.getString(1), rs.getInt(2));
            }
        }
        Map<String, Integer> df = new HashMap<>();
        try (PreparedStatement st = c.prepareStatement(
                "SELECT f.feature, f.films FROM unnest(?::text[]) AS k(feature) JOIN similarity_feature_count f USING (feature)")) {
            st.setArray(1, c.createArrayOf("text", features.toArray()));
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    df.put(rs.getString(1), rs.getInt(2));
                }
            }
        }
        return new FeatureStatistics(kinds.getOrDefault(ALL, 0), kinds, df);
    }

    /** Films having at least one of these features. */
    static Set<Long> sharing(Connection c, Collection<String> features) throws SQLException {
        Set<Long> out = new HashSet<>();
        if (features.isEmpty()) {
            return out;
        }
        // the planner guesses that many keys match many films and compares every film's features with every key
        // (seconds); the index finds the few films that have them. One look-up per feature: with the keys as one
        // array, each film found is compared again with every key (seconds for the thousands of features of a
        // few hundred films)
        try (Statement st = c.createStatement()) {
            st.execute("SET LOCAL enable_seqscan = off");
        }
        try (PreparedStatement st = c.prepareStatement("""
                SELECT DISTINCT s.film_id FROM unnest(?::text[]) AS k(feature)
                CROSS JOIN LATERAL (SELECT film_id FROM similarity_film_feature WHERE features @> ARRAY[k.feature]) s""")) {
            st.setArray(1, c.createArrayOf("text", features.toArray()));
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getLong(1));
                }
            }
        } finally {
            try (Statement st = c.createStatement()) {
                st.execute("SET LOCAL enable_seqscan = on");
            }
        }
        return out;
    }

    /**
     * For each film and each of the features asked for it, the films having that feature that are nearest to the
     * film by id: at most {@code half} before it and {@code half} after it (the film itself excluded), by id
     * ascending. One query for all.
     */
    static Map<Long, Map<String, List<Long>>> windows(Connection c, Map<Long, ? extends Collection<String>> features,
                                                      int half) throws SQLException {
        return windows(c, features, half, false);
    }

    /**
     * The same; {@code common}: these features are held by a large share of the films, so walking the films by id
     * from the film finds the window after a few thousand rows at most, where the features' index would fetch
     * every film having them (tens of thousands) to sort them.
     */
    static Map<Long, Map<String, List<Long>>> windows(Connection c, Map<Long, ? extends Collection<String>> features,
                                                      int half, boolean common) throws SQLException {
        List<Long> films = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        features.forEach((film, ks) -> ks.forEach(k -> {
            films.add(film);
            keys.add(k);
        }));
        Map<Long, Map<String, List<Long>>> out = new HashMap<>();
        if (films.isEmpty()) {
            return out;
        }
        if (common) {
            try (Statement st = c.createStatement()) {
                st.execute("SET LOCAL enable_bitmapscan = off");
            }
        }
        try (PreparedStatement st = c.prepareStatement("""
                SELECT r.film, r.feature, w.film_id AS near
                FROM unnest(?::bigint[], ?::text[]) AS r(film, feature)
                CROSS JOIN LATERAL (
                    (SELECT film_id FROM similarity_film_feature
                     WHERE features @> ARRAY[r.feature] AND film_id < r.film ORDER BY film_id DESC LIMIT ?)
                    UNION ALL
                    (SELECT film_id FROM similarity_film_feature
                     WHERE features @> ARRAY[r.feature] AND film_id > r.film ORDER BY film_id LIMIT ?)) w
                ORDER BY r.film, r.feature, w.film_id""")) {
            st.setArray(1, c.createArrayOf("bigint", films.toArray()));
            st.setArray(2, c.createArrayOf("text", keys.toArray()));
            st.setInt(3, half);
            st.setInt(4, half);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.computeIfAbsent(rs.getLong("film"), x -> new HashMap<>())
                            .computeIfAbsent(rs.getString("feature"), x -> new ArrayList<>()).add(rs.getLong("near"));
                }
            }
        } finally {
            if (common) {
                try (Statement st = c.createStatement()) {
                    st.execute("SET LOCAL enable_bitmapscan = on");
                }
            }
        }
        return out;
    }

    /**
     * Of these films, those the search looks up through their common features when they want {@code wanted}
     * candidates: none of their proposing features (per kind, the {@code perKind} rarest of those held by at most
     * {@code cap} films) alone proposes {@code wanted} other films. Films not counted (gone) are left out.
     */
    static Set<Long> fallingBack(Connection c, Collection<Long> films, int cap, int perKind, int wanted)
            throws SQLException {
        Set<Long> out = new HashSet<>();
        if (films.isEmpty()) {
            return out;
        }
        // which of equally rare features are among the rarest does not matter: only their counts are compared
        try (PreparedStatement st = c.prepareStatement("""
                SELECT s.film_id FROM similarity_film_feature s
                WHERE s.film_id = ANY (?) AND NOT EXISTS (
                    SELECT 1 FROM (
                        SELECT n.films, row_number() OVER (PARTITION BY left(n.feature, 1) ORDER BY n.films) AS r
                        FROM unnest(s.features) AS k(feature)
                        JOIN similarity_feature_count n ON n.feature = k.feature
                        WHERE n.films <= ?) p
                    WHERE p.r <= ? AND p.films - 1 >= ?)""")) {
            st.setArray(1, c.createArrayOf("bigint", films.toArray()));
            st.setInt(2, cap);
            st.setInt(3, perKind);
            st.setInt(4, wanted);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getLong(1));
                }
            }
        }
        return out;
    }

    private static void addKinds(Connection c, Map<String, Integer> kinds) throws SQLException {
        add(c, "similarity_kind_count", "kind", kinds);
    }

    /** Adds these numbers to the counts (a count reaching 0 is removed, except the number of all films). */
    private static void add(Connection c, String table, String key, Map<String, Integer> deltas) throws SQLException {
        if (deltas.isEmpty()) {
            return;
        }
        Array keys = c.createArrayOf("text", deltas.keySet().toArray());
        try (PreparedStatement st = c.prepareStatement("""
                INSERT INTO %1$s (%2$s, films) SELECT * FROM unnest(?::text[], ?::integer[])
                ON CONFLICT (%2$s) DO UPDATE SET films = %1$s.films + EXCLUDED.films""".formatted(table, key))) {
            st.setArray(1, keys);
            st.setArray(2, c.createArrayOf("integer", deltas.keySet().stream().map(deltas::get).toArray()));
            st.executeUpdate();
        }
        try (PreparedStatement st = c.prepareStatement(
                "DELETE FROM %1$s WHERE %2$s = ANY (?) AND films <= 0 AND %2$s <> ?".formatted(table, key))) {
            st.setArray(1, keys);
            st.setString(2, ALL);
            st.executeUpdate();
        }
    }

    /** A PostgreSQL array literal of these strings, each quoted. */
    static String arrayLiteral(Collection<String> values) {
        StringBuilder s = new StringBuilder("{");
        for (String v : values) {
            if (s.length() > 1) {
                s.append(',');
            }
            s.append('"').append(v.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        }
        return s.append('}').toString();
    }

    private static String csv(String field) {
        return '"' + field.replace("\"", "\"\"") + '"';
    }

    private interface Rows {
        /** The next rows of CSV, null at the end. */
        String next();
    }

    private static void copy(Connection c, String sql, Rows rows) throws SQLException {
        Reader reader = new Reader() {
            private StringReader current = new StringReader("");

            @Override
            public int read(char[] buffer, int offset, int length) throws IOException {
                while (true) {
                    int n = current.read(buffer, offset, length);
                    if (n > 0) {
                        return n;
                    }
                    StringBuilder chunk = new StringBuilder();
                    String row;
                    while (chunk.length() < 64 * 1024 && (row = rows.next()) != null) {
                        chunk.append(row);
                    }
                    if (chunk.isEmpty()) {
                        return -1;
                    }
                    current = new StringReader(chunk.toString());
                }
            }

            @Override
            public void close() {
            }
        };
        try {
            c.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, reader);
        } catch (IOException e) {
            throw new SQLException("Writing the catalogue's feature counts failed: " + e.getMessage(), e);
        }
    }
}
