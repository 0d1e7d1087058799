package org.kinopanorama.watchlist;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.kinopanorama.database.Row;
import jakarta.transaction.Transactional;
import org.kinopanorama.catalog.identity.FilmLookup;
import org.kinopanorama.catalog.identity.TitleMatcher;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The films that rows of Letterboxd files name, by title and year through the catalogue's one lookup
 * ({@link FilmLookup#decide}: most title keys shared, then the closest of the years any source claims, one apart at
 * most). A row whose address is one of our film pages ({@code <origin>/films/<id>}, as our own exports write it) is
 * that film, merged films followed. The candidates of all rows are read in a few queries, however many rows.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class LetterboxdMatcher {

    @Inject
    EntityManager em;

    /** What a row names: its title, year and address (any may be null but the title). */
    public record Wanted(String name, Integer year, String uri) {
    }

    /** A film of the catalogue as a report names it. */
    public record Film(long id, String title, Integer year) {
    }

    /**
     * The film chosen, and the others that fit as well (as many title keys, as close a year) but are not the same
     * film: when there are any, the row is ambiguous.
     */
    public record Match(Film film, List<Film> rivals, boolean byAddress) {
        public boolean ambiguous() {
            return !rivals.isEmpty();
        }
    }

    /** The match of each row by its index; rows of no film are absent. {@code origin}: our own address, or null. */
    public Map<Integer, Match> match(List<Wanted> rows, String origin) {
        Map<Integer, Match> best = new HashMap<>();
        Map<Integer, Long> byAddress = byAddress(rows, origin);
        List<Integer> indexes = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (byAddress.containsKey(i)) {
                continue;
            }
            for (String key : TitleMatcher.keys(rows.get(i).name())) {
                indexes.add(i);
                keys.add(key);
            }
        }
        Map<Long, Film> shown = new HashMap<>();
        Map<Integer, List<FilmLookup.Candidate>> byRow = new HashMap<>();
        if (!keys.isEmpty()) {
            List<Row> found = Row.list(em, """
                            SELECT r.idx, k.film_id, count(DISTINCT r.key) AS keys, f.title, f.year
                            FROM unnest(CAST(?1 AS integer[]), CAST(?2 AS text[])) AS r(idx, key)
                            JOIN film_match_key k ON k.match_key = r.key
                            JOIN film f ON f.id = k.film_id
                            GROUP BY r.idx, k.film_id, f.title, f.year""", indexes.toArray(Integer[]::new), keys.toArray(String[]::new));
            Set<Long> films = new HashSet<>();
            found.forEach(r -> films.add(r.longValue("film_id")));
            Map<Long, FilmLookup.Facts> facts = em.unwrap(org.hibernate.Session.class)
                    .doReturningWork(c -> FilmLookup.facts(c, films));
            for (Row r : found) {
                long film = r.longValue("film_id");
                FilmLookup.Facts f = facts.get(film);
                if (f == null) {
                    continue;
                }
                byRow.computeIfAbsent(r.intValue("idx"), x -> new ArrayList<>())
                        .add(new FilmLookup.Candidate(film, r.intValue("keys"), false, f.years(), f.sources(), f.ids(), f.notSame()));
                shown.put(film, new Film(film, r.string("title"), r.intOrNull("year")));
            }
        }
        byRow.forEach((index, candidates) -> {
            Integer year = rows.get(index).year();
            FilmLookup.Decision d = FilmLookup.decide(null, year, Map.of(), candidates);
            if (d.film() == null) {
                return;
            }
            FilmLookup.Candidate chosen = candidates.stream().filter(c -> c.filmId() == d.film()).findFirst().orElseThrow();
            List<Film> rivals = candidates.stream()
                    .filter(c -> c.filmId() != d.film() && !d.merge().contains(c.filmId()))
                    .filter(c -> FilmLookup.yearsCompatible(c.years(), year))
                    .filter(c -> c.sharedKeys() == chosen.sharedKeys()
                            && FilmLookup.yearDistance(c.years(), year) == FilmLookup.yearDistance(chosen.years(), year))
                    .map(c -> shown.get(c.filmId()))
                    .toList();
            best.put(index, new Match(shown.get(d.film()), rivals, false));
        });
        if (!byAddress.isEmpty()) {
            Map<Long, Film> films = films(byAddress.values());
            byAddress.forEach((index, id) -> {
                Film film = films.get(id);
                if (film != null) {
                    best.put(index, new Match(film, List.of(), true));
                }
            });
        }
        return best;
    }

    /** Rows whose address is one of our film pages: the film's id the address names. */
    private static Map<Integer, Long> byAddress(List<Wanted> rows, String origin) {
        Map<Integer, Long> ids = new HashMap<>();
        if (origin == null) {
            return ids;
        }
        Pattern ours = Pattern.compile(Pattern.quote(origin) + "/films/([0-9]{1,18})/?");
        for (int i = 0; i < rows.size(); i++) {
            String uri = rows.get(i).uri();
            Matcher m = uri == null ? null : ours.matcher(uri.strip());
            if (m != null && m.matches()) {
                ids.put(i, Long.parseLong(m.group(1)));
            }
        }
        return ids;
    }

    /** The films by the ids asked for; a film merged away answers as the film it became. */
    private Map<Long, Film> films(java.util.Collection<Long> ids) {
        Map<Long, Film> out = new HashMap<>();
        for (Row r : Row.list(em, """
                        SELECT a.id AS asked, f.id, f.title, f.year
                        FROM unnest(CAST(?1 AS bigint[])) AS a(id)
                        LEFT JOIN film_redirect r ON r.old_id = a.id
                        JOIN film f ON f.id = coalesce(r.film_id, a.id)""", (Object) new HashSet<>(ids).toArray(Long[]::new))) {
            out.put(r.longValue("asked"), new Film(r.longValue("id"), r.string("title"), r.intOrNull("year")));
        }
        return out;
    }
}
