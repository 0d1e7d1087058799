package org.kinopanorama.watchlist;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.kinopanorama.catalog.FilmsNearSeveral;

import java.util.List;

/**
 * Films to suggest for a list, read from the stored related films (asked of the similarity feature through
 * {@link FilmsNearSeveral}): every film that is
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

    @Inject
    FilmsNearSeveral near;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Suggestion> forList(long watchlistId, long accountId, int limit) {
        List<Long> saved = WatchlistService.ids(em.createNativeQuery("SELECT film_id FROM watchlist_entry WHERE watchlist_id = ?1")
                .setParameter(1, watchlistId).getResultList());
        if (saved.isEmpty()) {
            return List.of();
        }
        List<Long> notAgain = WatchlistService.ids(em.createNativeQuery("""
                        SELECT film_id FROM suggestion_dismissal WHERE account_id = ?1
                        UNION SELECT film_id FROM film_watched WHERE account_id = ?1""")
                .setParameter(1, accountId).getResultList());
        return near.near(saved, notAgain, limit).stream().map(n -> {
            List<String> named = n.because().subList(0, Math.min(NAMED_REASONS, n.because().size()));
            return new Suggestion(n.filmId(), n.title(), n.year(), n.score(), List.copyOf(named), n.because().size() - named.size());
        }).toList();
    }
}
