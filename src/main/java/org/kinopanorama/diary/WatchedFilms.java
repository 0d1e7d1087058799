package org.kinopanorama.diary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.LocalDate;

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

    /** Not seen after all (the person's diary entries, if any, stay: they say so themselves). */
    public void forget(long accountId, long filmId) {
        em.createNativeQuery("DELETE FROM film_watched WHERE account_id = ?1 AND film_id = ?2")
                .setParameter(1, accountId).setParameter(2, filmId).executeUpdate();
    }
}
