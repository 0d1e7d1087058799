package org.kinopanorama.catalog.identity;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which catalogue film a title (with its year and ids) is: the one lookup of the three ways in, curated
 * lists, datasets and Letterboxd files. {@link #decide} is plain Java; {@link #find} reads the candidates'
 * facts (every title key, every year any source claims, datasets, ids, "not the same" marks) on a JDBC
 * connection, inside the caller's transaction.
 *
 * <ol>
 *   <li>A film with the same IMDb or Wikidata id is the film (several such films are one film: merged).
 *   <li>Else a film sharing a title key (see {@link TitleMatcher#keys}) whose year is at most one off
 *       (or unknown) is the film: the one sharing most keys, then the closest year. Every year a source
 *       claims for it counts (a list's, a dataset's), so one year apart from any claim is the same film,
 *       two apart from all of them is not.
 *   <li>Other films sharing a title key and a year join the film chosen (a record that names a film in two
 *       languages links the curated list's English title to the dataset's Russian one), as long as they do
 *       not contradict each other; a film left out that way is reported.
 * </ol>
 *
 * Never a match, to avoid false merges: a film that already has another record of the same dataset (two
 * records of one dataset are two films), or that carries a different id of the same kind (IMDb tt1 is not tt2).
 * Never merged: two films with records of the same dataset, with different ids of one kind, or that a curator
 * said are not the same film.
 */
public final class FilmLookup {

    private static final List<String> ID_KINDS = List.of("imdb", "wikidata");

    private FilmLookup() {
    }

    /**
     * @param sharedKeys  how many title keys it shares with the record (0 when found by id only)
     * @param idMatch     it has the record's IMDb or Wikidata id
     * @param years       every year any source gives it
     * @param sources     the datasets it has records of ("sbc", "movielens")
     * @param ids         its IMDb and Wikidata ids, by kind
     * @param notSame     films a curator said are not this one
     */
    public record Candidate(long filmId, int sharedKeys, boolean idMatch, Set<Integer> years, Set<String> sources,
                            Map<String, Set<String>> ids, Set<Long> notSame) {
        public Candidate(long filmId, int sharedKeys, boolean idMatch, Set<Integer> years, Set<String> sources,
                         Map<String, Set<String>> ids) {
            this(filmId, sharedKeys, idMatch, years, sources, ids, Set.of());
        }
    }

    /** @param film null for a film the catalogue does not have; merge: other films that are the same film */
    public record Decision(Long film, List<Long> merge, List<String> doubts) {
    }

    /**
     * Finds the film: the candidates sharing a title key or an id, then {@link #decide}.
     *
     * @param source the dataset asking ("sbc", "movielens"), or null (a list, a Letterboxd file)
     */
    public static Decision find(Connection c, String source, Collection<String> titles, Integer year,
                                Map<String, String> ids) throws SQLException {
        return decide(source, year, ids, candidates(c, TitleMatcher.keys(titles), ids));
    }

    public static Decision decide(String source, Integer year, Map<String, String> recordIds, List<Candidate> candidates) {
        List<String> doubts = new ArrayList<>();
        List<Candidate> byId = candidates.stream().filter(c -> c.idMatch() && !mine(c, source))
                .sorted(Comparator.comparingLong(Candidate::filmId)).toList();
        List<Candidate> byTitle = candidates.stream()
                .filter(c -> !c.idMatch() && c.sharedKeys() > 0 && !mine(c, source))
                .filter(c -> yearsCompatible(c.years(), year))
                .filter(c -> !conflictingId(c, recordIds))
                .sorted(Comparator.comparingInt(Candidate::sharedKeys).reversed()
                        .thenComparingInt(c -> yearDistance(c.years(), year))
                        .thenComparingLong(Candidate::filmId))
                .toList();
        candidates.stream().filter(c -> c.idMatch() && mine(c, source)).forEach(c -> doubts.add(
                "film " + c.filmId() + " has this record's id but another record of the same dataset: not merged"));
        List<Candidate> ordered = new ArrayList<>(byId);
        ordered.addAll(byTitle);
        if (ordered.isEmpty()) {
            return new Decision(null, List.of(), doubts);
        }
        List<Candidate> group = new ArrayList<>();
        for (Candidate c : ordered) {
            if (group.isEmpty() || group.stream().allMatch(g -> compatible(g, c) || (c.idMatch() && !marked(g, c)))) {
                group.add(c);
            } else {
                doubts.add("film " + c.filmId() + " shares a title and year with it but contradicts film "
                        + group.get(0).filmId() + ": not merged");
            }
        }
        return new Decision(group.get(0).filmId(), group.subList(1, group.size()).stream().map(Candidate::filmId).toList(), doubts);
    }

    private static boolean mine(Candidate c, String source) {
        return source != null && c.sources().contains(source);
    }

    /** Two films that may be one: no dataset has a record in both, no kind of id differs, no curator said no. */
    public static boolean compatible(Candidate a, Candidate b) {
        return !marked(a, b) && a.sources().stream().noneMatch(b.sources()::contains) && !conflictingIds(a, b);
    }

    /** Both have an id of one kind (IMDb, Wikidata), and they differ. */
    public static boolean conflictingIds(Candidate a, Candidate b) {
        for (String kind : ID_KINDS) {
            Set<String> x = a.ids().get(kind);
            Set<String> y = b.ids().get(kind);
            if (x != null && y != null && !x.isEmpty() && !y.isEmpty() && x.stream().noneMatch(y::contains)) {
                return true;
            }
        }
        return false;
    }

    private static boolean marked(Candidate a, Candidate b) {
        return a.notSame().contains(b.filmId()) || b.notSame().contains(a.filmId());
    }

    /** One year apart is the same film, two is not; a film of unknown year (or a title without one) matches any. */
    public static boolean yearsCompatible(Set<Integer> years, Integer year) {
        return year == null || years.isEmpty() || years.stream().anyMatch(y -> TitleMatcher.yearsCompatible(y, year));
    }

    public static int yearDistance(Set<Integer> years, Integer year) {
        if (year == null || years.isEmpty()) {
            return 0;
        }
        return years.stream().mapToInt(y -> Math.abs(y - year)).min().orElse(0);
    }

    private static boolean conflictingId(Candidate c, Map<String, String> recordIds) {
        for (String kind : ID_KINDS) {
            String mine = recordIds.get(kind);
            Set<String> theirs = c.ids().get(kind);
            if (mine != null && theirs != null && !theirs.isEmpty() && !theirs.contains(mine)) {
                return true;
            }
        }
        return false;
    }

    // ------------------------------------------------------------------ the candidates' facts

    /** Films sharing one of the keys or one of the ids, with what the rules need to know of each. */
    public static List<Candidate> candidates(Connection c, Set<String> keys, Map<String, String> ids) throws SQLException {
        Map<Long, Integer> shared = new LinkedHashMap<>();
        Set<Long> byId = new HashSet<>();
        for (String kind : ID_KINDS) {
            String value = ids.get(kind);
            if (value == null) {
                continue;
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT film_id FROM film_external_id WHERE kind = ? AND value = ?")) {
                ps.setString(1, kind);
                ps.setString(2, value);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        byId.add(rs.getLong(1));
                        shared.putIfAbsent(rs.getLong(1), 0);
                    }
                }
            }
        }
        if (!keys.isEmpty()) {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT film_id, count(*) FROM film_match_key WHERE match_key = ANY(?) GROUP BY film_id")) {
                ps.setArray(1, c.createArrayOf("text", keys.toArray()));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        shared.put(rs.getLong(1), rs.getInt(2));
                    }
                }
            }
        }
        if (shared.isEmpty()) {
            return List.of();
        }
        List<Candidate> out = new ArrayList<>();
        for (Facts f : facts(c, shared.keySet()).values()) {
            out.add(new Candidate(f.id, shared.get(f.id), byId.contains(f.id), f.years, f.sources, f.ids, f.notSame));
        }
        return out;
    }

    /** What the rules know of a film, read in one query for many. */
    public record Facts(long id, Set<Integer> years, Set<String> sources, Map<String, Set<String>> ids, Set<Long> notSame) {
        public Candidate asCandidate() {
            return new Candidate(id, 0, false, years, sources, ids, notSame);
        }
    }

    public static Map<Long, Facts> facts(Connection c, Collection<Long> films) throws SQLException {
        Map<Long, Facts> out = new LinkedHashMap<>();
        if (films.isEmpty()) {
            return out;
        }
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT f.id, f.year,
                       ARRAY(SELECT y.year FROM film_year_claim y WHERE y.film_id = f.id) AS list_years,
                       ARRAY(SELECT cl.value FROM film_claim cl WHERE cl.film_id = f.id AND cl.field = 'year') AS claimed_years,
                       ARRAY(SELECT DISTINCT d.source FROM dataset_record d WHERE d.film_id = f.id) AS sources,
                       ARRAY(SELECT e.kind || ':' || e.value FROM film_external_id e
                             WHERE e.film_id = f.id AND e.kind IN ('imdb', 'wikidata')) AS ids,
                       ARRAY(SELECT CASE WHEN x.film_a = f.id THEN x.film_b ELSE x.film_a END FROM film_distinct x
                             WHERE x.film_a = f.id OR x.film_b = f.id) AS not_same
                FROM film f WHERE f.id = ANY(?) ORDER BY f.id""")) {
            ps.setArray(1, c.createArrayOf("bigint", films.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong("id");
                    Set<Integer> years = new HashSet<>();
                    int y = rs.getInt("year");
                    if (!rs.wasNull()) {
                        years.add(y);
                    }
                    for (Object o : (Object[]) rs.getArray("list_years").getArray()) {
                        years.add(((Number) o).intValue());
                    }
                    for (Object o : (Object[]) rs.getArray("claimed_years").getArray()) {
                        try {
                            years.add(Integer.parseInt(o.toString()));
                        } catch (NumberFormatException ignored) {
                            // a claim that is not a year takes no part in matching
                        }
                    }
                    Set<String> sources = new HashSet<>();
                    for (Object o : (Object[]) rs.getArray("sources").getArray()) {
                        sources.add(o.toString());
                    }
                    Map<String, Set<String>> ids = new HashMap<>();
                    for (Object o : (Object[]) rs.getArray("ids").getArray()) {
                        String[] kv = o.toString().split(":", 2);
                        ids.computeIfAbsent(kv[0], k -> new HashSet<>()).add(kv[1]);
                    }
                    Set<Long> notSame = new HashSet<>();
                    for (Object o : (Object[]) rs.getArray("not_same").getArray()) {
                        notSame.add(((Number) o).longValue());
                    }
                    out.put(id, new Facts(id, years, sources, ids, notSame));
                }
            }
        }
        return out;
    }
}
