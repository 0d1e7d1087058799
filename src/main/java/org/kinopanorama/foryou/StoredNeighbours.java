package org.kinopanorama.foryou;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.kinopanorama.foryou.SuggestionRanker.Evidence;
import org.kinopanorama.foryou.SuggestionRanker.Via;

import jakarta.persistence.Tuple;
import org.kinopanorama.catalog.RelatedToSeeds;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What "For you" reads: the person's films and hidden films, the stored related films and suggestion weights around
 * them (asked of the similarity feature through {@link RelatedToSeeds}), and the themes they picked. Reads only,
 * never a computation of similarity; the suggestions depend only on the interface's contract (scores in 0..1).
 */
@ApplicationScoped
public class StoredNeighbours {

    @Inject
    EntityManager em;

    @Inject
    RelatedToSeeds related;

    /** The most popular films of a year read for the {@link Via#SAME_YEAR} evidence: bounds the work of one page. */
    public static final int SAME_YEAR_LIMIT = 400;

    /** One of the person's films (saved or watched), most recent first. */
    private record Mine(long filmId, boolean watched) {
    }

    /** A film of a theme the person picked, strong enough on it. */
    private record ThemeFilm(long themeId, long filmId, double weight) {
    }

    /**
     * For the account: the stored neighbours and suggestion weights of its {@code seeds} most recently saved or
     * watched films (over all its lists and its watched films), and the {@code perTheme} best films of each theme it
     * picked (strongest on the theme first, then those that most films name as related), without the films it saved,
     * watched or hid; and, when it has at least {@code sameYear} films, for each of its {@code sameYear} latest films,
     * the {@value #SAME_YEAR_LIMIT} most popular films of that film's year (the film list's popularity, relative to
     * the catalogue's most popular film's; ties by id), without those either.
     * A theme film's strength falls from 1 to 0.5 along that order. Each row through one of the person's films says
     * that film's place among them, the latest first (0).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Evidence> evidence(long accountId, int seeds, int perTheme, double themeThreshold, int sameYear) {
        @SuppressWarnings("unchecked")
        List<Tuple> mineRows = em.createNativeQuery("""
                        SELECT film_id AS film, bool_or(watched) AS watched, max(added) AS added
                        FROM (SELECT e.film_id, false AS watched, e.added_at AS added
                              FROM watchlist w JOIN watchlist_entry e ON e.watchlist_id = w.id
                              WHERE w.owner_id = :me
                              UNION ALL
                              SELECT film_id, true, CAST(watched_on AS timestamptz) FROM film_watched
                              WHERE account_id = :me) x
                        GROUP BY film_id
                        ORDER BY added DESC, film_id""", Tuple.class)
                .setParameter("me", accountId).getResultList();
        List<Mine> mine = mineRows.stream().map(r -> new Mine(r.get("film", Number.class).longValue(), r.get("watched", Boolean.class))).toList();
        Set<Long> notAgain = new HashSet<>();
        mine.forEach(m -> notAgain.add(m.filmId()));
        notAgain.addAll(ids(em.createNativeQuery("SELECT film_id FROM suggestion_dismissal WHERE account_id = ?1")
                .setParameter(1, accountId).getResultList()));

        // the seeds: the person's latest films; recency is a seed's place among them (0 for the latest)
        Map<Long, Boolean> seedWatched = new HashMap<>();
        Map<Long, Integer> seedRecency = new HashMap<>();
        mine.stream().limit(seeds).forEach(m -> {
            seedRecency.put(m.filmId(), seedWatched.size());
            seedWatched.put(m.filmId(), m.watched());
        });
        List<Evidence> out = new ArrayList<>();
        for (RelatedToSeeds.Link l : related.relatedTo(seedWatched.keySet())) {
            if (!notAgain.contains(l.film())) {
                out.add(new Evidence(Via.FILM, l.seed(), l.film(), l.strength(), seedWatched.get(l.seed()),
                        seedRecency.get(l.seed())));
            }
        }
        for (RelatedToSeeds.Link l : related.savedWith(seedWatched.keySet())) {
            if (!notAgain.contains(l.film())) {
                out.add(new Evidence(Via.SAVED_WITH, l.seed(), l.film(), l.strength(), seedWatched.get(l.seed()),
                        seedRecency.get(l.seed())));
            }
        }
        if (sameYear > 0 && mine.size() >= sameYear) {
            out.addAll(sameYearEvidence(mine.subList(0, sameYear), notAgain));
        }
        out.addAll(themeEvidence(accountId, perTheme, themeThreshold, notAgain));
        return out;
    }

    /** For each of these films of the person's (latest first), the popular films of its year: one query. */
    private List<Evidence> sameYearEvidence(List<Mine> latest, Set<Long> notAgain) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery("""
                        SELECT m.id AS seed, x.film AS film, x.strength AS strength
                        FROM film m JOIN (
                            SELECT f.year, f.id AS film,
                                   CAST(b.popularity AS float8) / (SELECT max(popularity) FROM film_browse) AS strength,
                                   row_number() OVER (PARTITION BY f.year ORDER BY b.popularity DESC, f.id) AS place
                            FROM film f JOIN film_browse b ON b.film_id = f.id
                            WHERE b.popularity > 0
                              AND f.year IN (SELECT year FROM film WHERE id = ANY (CAST(:mine AS bigint[])))) x
                          ON x.year = m.year AND x.place <= :limit
                        WHERE m.id = ANY (CAST(:mine AS bigint[]))
                        ORDER BY x.place""", Tuple.class)
                .setParameter("mine", latest.stream().map(Mine::filmId).toArray(Long[]::new))
                .setParameter("limit", SAME_YEAR_LIMIT).getResultList();
        Map<Long, Integer> recency = new HashMap<>();
        Map<Long, Boolean> watched = new HashMap<>();
        for (Mine m : latest) {
            recency.put(m.filmId(), recency.size());
            watched.put(m.filmId(), m.watched());
        }
        List<Evidence> out = new ArrayList<>();
        for (Tuple r : rows) {
            long seed = r.get("seed", Number.class).longValue();
            long film = r.get("film", Number.class).longValue();
            if (!notAgain.contains(film)) {
                out.add(new Evidence(Via.SAME_YEAR, seed, film, r.get("strength", Number.class).doubleValue(),
                        watched.get(seed), recency.get(seed)));
            }
        }
        return out;
    }

    /** The best films of each theme the person picked: strongest on it, then most often named as related, then by id. */
    private List<Evidence> themeEvidence(long accountId, int perTheme, double themeThreshold, Set<Long> notAgain) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery("""
                        SELECT ft.theme_id AS theme, ft.film_id AS film, CAST(ft.weight AS float8) AS weight
                        FROM account_theme p JOIN film_theme ft ON ft.theme_id = p.theme_id
                        WHERE p.account_id = :me AND ft.weight >= :threshold""", Tuple.class)
                .setParameter("me", accountId).setParameter("threshold", themeThreshold).getResultList();
        List<ThemeFilm> films = rows.stream().map(r -> new ThemeFilm(r.get("theme", Number.class).longValue(),
                r.get("film", Number.class).longValue(), r.get("weight", Number.class).doubleValue()))
                .filter(f -> !notAgain.contains(f.filmId())).toList();
        Map<Long, Long> times = related.timesRelated(films.stream().map(ThemeFilm::filmId).collect(Collectors.toSet()));
        Comparator<ThemeFilm> best = Comparator.comparingDouble(ThemeFilm::weight).reversed()
                .thenComparing(Comparator.comparingLong((ThemeFilm f) -> times.getOrDefault(f.filmId(), 0L)).reversed())
                .thenComparingLong(ThemeFilm::filmId);
        List<Evidence> out = new ArrayList<>();
        films.stream().collect(Collectors.groupingBy(ThemeFilm::themeId, TreeMap::new, Collectors.toList()))
                .forEach((theme, ofTheme) -> {
                    List<ThemeFilm> sorted = ofTheme.stream().sorted(best).limit(perTheme).toList();
                    for (int place = 1; place <= sorted.size(); place++) {
                        out.add(new Evidence(Via.THEME, theme, sorted.get(place - 1).filmId(),
                                1 - 0.5 * (place - 1) / perTheme, false, 0));
                    }
                });
        return out;
    }

    private static List<Long> ids(List<?> rows) {
        return rows.stream().map(r -> ((Number) r).longValue()).toList();
    }
}
