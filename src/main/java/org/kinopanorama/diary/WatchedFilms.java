package org.kinopanorama.diary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The films a person has seen ({@code film_watched}): one fact a person and film, read by every list, by curated-list
 * progress and by the suggestions. A diary entry and a list's watched toggle both write it.
 */
@ApplicationScoped
@Transactional
public class WatchedFilms {

    @Inject
    EntityManager em;

    /** Seen on that day; a later day already known stays (the fact is "last watched"). */
    public void mark(long accountId, long filmId, LocalDate on) {
        em.createNativeQuery("""
                        INSERT INTO film_watched (account_id, film_id, watched_on) VALUES (?1, ?2, ?3)
                        ON CONFLICT (account_id, film_id) DO UPDATE SET watched_on = greatest(film_watched.watched_on, excluded.watched_on)""")
                .setParameter(1, accountId).setParameter(2, filmId).setParameter(3, on).executeUpdate();
    }

    /** {@link #mark} for many films at once (an import): the film's id to the day. */
    public void markAll(long accountId, Map<Long, LocalDate> days) {
        if (days.isEmpty()) {
            return;
        }
        List<Long> films = new ArrayList<>(days.keySet());
        em.createNativeQuery("""
                        INSERT INTO film_watched (account_id, film_id, watched_on)
                        SELECT ?1, d.film_id, d.watched_on FROM unnest(CAST(?2 AS bigint[]), CAST(?3 AS date[])) AS d(film_id, watched_on)
                        ON CONFLICT (account_id, film_id) DO UPDATE SET watched_on = greatest(film_watched.watched_on, excluded.watched_on)""")
                .setParameter(1, accountId)
                .setParameter(2, films.toArray(Long[]::new))
                .setParameter(3, films.stream().map(days::get).toArray(LocalDate[]::new))
                .executeUpdate();
    }

    /** Not seen after all (the person's diary entries, if any, stay: they say so themselves). */
    public void forget(long accountId, long filmId) {
        em.createNativeQuery("DELETE FROM film_watched WHERE account_id = ?1 AND film_id = ?2")
                .setParameter(1, accountId).setParameter(2, filmId).executeUpdate();
    }
}
