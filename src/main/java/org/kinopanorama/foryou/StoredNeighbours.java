package org.kinopanorama.foryou;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.kinopanorama.foryou.SuggestionRanker.Evidence;
import org.kinopanorama.foryou.SuggestionRanker.Via;

import java.util.List;

/**
 * What "For you" reads of the precomputed related films ({@code film_neighbour}, written by the similarity module)
 * and of the themes: one indexed query, never a computation of similarity. Kept here, outside the similarity
 * package, so that the suggestions depend only on the table's contract (film, rank, neighbour, score in 0..1).
 */
@ApplicationScoped
public class StoredNeighbours {

    @Inject
    EntityManager em;

    /**
     * For the account: the stored neighbours and suggestion weights of its {@code seeds} most recently saved or
     * watched films (over all its lists and its watched films), and the {@code perTheme} best films of each theme it
     * picked (strongest on the theme first, then those that most films name as related), without the films it saved,
     * watched or hid.
     * A theme film's strength falls from 1 to 0.5 along that order. Each row through one of the person's films says
     * that film's place among them, the latest first (0).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Evidence> evidence(long accountId, int seeds, int perTheme, double themeThreshold) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        WITH mine AS (
                                 SELECT film_id, bool_or(watched) AS watched, max(added) AS added
                                 FROM (SELECT e.film_id, false AS watched, e.added_at AS added
                                       FROM watchlist w JOIN watchlist_entry e ON e.watchlist_id = w.id
                                       WHERE w.owner_id = :me
                                       UNION ALL
                                       SELECT film_id, true, CAST(watched_on AS timestamptz) FROM film_watched
                                       WHERE account_id = :me) x
                                 GROUP BY film_id),
                             seed AS (SELECT film_id, watched, CAST(row_number() OVER (ORDER BY added DESC, film_id) - 1 AS int) AS recency
                                      FROM mine ORDER BY added DESC, film_id LIMIT :seeds),
                             hidden AS (SELECT film_id FROM suggestion_dismissal WHERE account_id = :me)
                        SELECT 'FILM', n.film_id, n.neighbour_id, CAST(n.score AS float8), s.watched, s.recency
                        FROM seed s JOIN film_neighbour n ON n.film_id = s.film_id
                        WHERE NOT EXISTS (SELECT 1 FROM mine m WHERE m.film_id = n.neighbour_id)
                          AND NOT EXISTS (SELECT 1 FROM hidden h WHERE h.film_id = n.neighbour_id)
                        UNION ALL
                        SELECT 'SAVED_WITH', w.film_id, w.suggested_id, CAST(w.weight AS float8), s.watched, s.recency
                        FROM seed s JOIN film_suggestion_weight w ON w.film_id = s.film_id
                        WHERE NOT EXISTS (SELECT 1 FROM mine m WHERE m.film_id = w.suggested_id)
                          AND NOT EXISTS (SELECT 1 FROM hidden h WHERE h.film_id = w.suggested_id)
                        UNION ALL
                        SELECT 'THEME', p.theme_id, best.film_id, 1 - 0.5 * CAST(best.place - 1 AS float8) / :perTheme, false, 0
                        FROM account_theme p CROSS JOIN LATERAL (
                                 SELECT ft.film_id, row_number() OVER (ORDER BY ft.weight DESC,
                                            (SELECT count(*) FROM film_neighbour r WHERE r.neighbour_id = ft.film_id) DESC,
                                            ft.film_id) AS place
                                 FROM film_theme ft
                                 WHERE ft.theme_id = p.theme_id AND ft.weight >= :threshold
                                   AND NOT EXISTS (SELECT 1 FROM mine m WHERE m.film_id = ft.film_id)
                                   AND NOT EXISTS (SELECT 1 FROM hidden h WHERE h.film_id = ft.film_id)
                                 ORDER BY place LIMIT :perTheme) best
                        WHERE p.account_id = :me""")
                .setParameter("me", accountId)
                .setParameter("seeds", seeds)
                .setParameter("perTheme", perTheme)
                .setParameter("threshold", themeThreshold)
                .getResultList();
        return rows.stream().map(r -> new Evidence(Via.valueOf((String) r[0]), ((Number) r[1]).longValue(),
                ((Number) r[2]).longValue(), ((Number) r[3]).doubleValue(), (Boolean) r[4],
                ((Number) r[5]).intValue())).toList();
    }
}
