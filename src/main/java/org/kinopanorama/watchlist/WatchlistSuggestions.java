package org.kinopanorama.watchlist;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.Arrays;
import java.util.List;

/**
 * Films to suggest for a list, read from the precomputed neighbours ({@code film_neighbour}): every film that is
 * a neighbour of some film on the list, not on the list, not seen and not dismissed by the reader, scored by the sum of
 * its neighbour scores over the list's films (a film close to several saved films comes first), each with the
 * saved films it is a neighbour of, closest first.
 */
@ApplicationScoped
public class WatchlistSuggestions {

    /** A suggested film and why: {@code because} are titles of saved films, closest first; {@code more} the rest. */
    public record Suggestion(long filmId, String title, Integer year, double score, List<String> because, int more) {
    }

    /** How many saved films a reason names before "and N more". */
    static final int NAMED_REASONS = 2;

    @Inject
    EntityManager em;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Suggestion> forList(long watchlistId, long accountId, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        WITH saved AS (SELECT film_id FROM watchlist_entry WHERE watchlist_id = ?1),
                             candidate AS (
                                 SELECT n.neighbour_id AS film_id, sum(n.score) AS score,
                                        array_agg(s.title ORDER BY n.score DESC, s.id) AS because
                                 FROM film_neighbour n
                                 JOIN saved ON saved.film_id = n.film_id
                                 JOIN film s ON s.id = n.film_id
                                 WHERE NOT EXISTS (SELECT 1 FROM saved x WHERE x.film_id = n.neighbour_id)
                                   AND NOT EXISTS (SELECT 1 FROM suggestion_dismissal d
                                                   WHERE d.account_id = ?2 AND d.film_id = n.neighbour_id)
                                   AND NOT EXISTS (SELECT 1 FROM film_watched fw
                                                   WHERE fw.account_id = ?2 AND fw.film_id = n.neighbour_id)
                                 GROUP BY n.neighbour_id)
                        SELECT c.film_id, f.title, f.year, c.score, c.because
                        FROM candidate c JOIN film f ON f.id = c.film_id
                        ORDER BY c.score DESC, f.title, c.film_id
                        LIMIT ?3""")
                .setParameter(1, watchlistId)
                .setParameter(2, accountId)
                .setParameter(3, limit)
                .getResultList();
        return rows.stream().map(r -> {
            List<String> because = Arrays.stream((Object[]) r[4]).map(String::valueOf).toList();
            List<String> named = because.subList(0, Math.min(NAMED_REASONS, because.size()));
            return new Suggestion(((Number) r[0]).longValue(), (String) r[1], r[2] == null ? null : ((Number) r[2]).intValue(),
                    ((Number) r[3]).doubleValue(), List.copyOf(named), because.size() - named.size());
        }).toList();
    }
}
