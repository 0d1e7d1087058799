package org.kinopanorama.catalog;

import jakarta.persistence.EntityManager;

import java.util.List;

/**
 * The one place where a film is given a title: the title, and the match keys the film lookup finds it by
 * ({@link TitleMatcher#keys}), so that a title is never searchable without being matchable, or the reverse.
 * Runs inside the caller's transaction.
 */
public final class FilmTitles {

    private FilmTitles() {
    }

    /** Gives the film a title from a source ("list:...", "curator"); false when it already had that title. */
    public static boolean add(EntityManager em, long filmId, String title, String source) {
        return add(em, filmId, title, source, null);
    }

    /** As {@link #add(EntityManager, long, String, String)}, with the language the source says the title is in. */
    public static boolean add(EntityManager em, long filmId, String title, String source, String language) {
        int added = em.createNativeQuery("""
                        INSERT INTO film_title (id, film_id, title, source, language) VALUES (nextval('film_title_seq'), ?1, ?2, ?3, ?4)
                        ON CONFLICT (film_id, title) DO NOTHING""")
                .setParameter(1, filmId).setParameter(2, title.strip()).setParameter(3, source).setParameter(4, language)
                .executeUpdate();
        for (String key : TitleMatcher.keys(title)) {
            em.createNativeQuery("INSERT INTO film_match_key (match_key, film_id) VALUES (?1, ?2) ON CONFLICT DO NOTHING")
                    .setParameter(1, key).setParameter(2, filmId).executeUpdate();
        }
        return added > 0;
    }

    /**
     * Takes a title from the film, with the match keys that no other title of the film gives. Returns whether it was
     * there.
     */
    public static boolean remove(EntityManager em, long titleId) {
        @SuppressWarnings("unchecked")
        List<Number> film = em.createNativeQuery("SELECT film_id FROM film_title WHERE id = ?1 FOR UPDATE")
                .setParameter(1, titleId).getResultList();
        if (film.isEmpty()) {
            return false;
        }
        long filmId = film.get(0).longValue();
        em.createNativeQuery("DELETE FROM film_title WHERE id = ?1").setParameter(1, titleId).executeUpdate();
        @SuppressWarnings("unchecked")
        List<String> remaining = em.createNativeQuery("SELECT title FROM film_title WHERE film_id = ?1 ORDER BY id")
                .setParameter(1, filmId).getResultList();
        em.createNativeQuery("DELETE FROM film_match_key WHERE film_id = ?1 AND NOT (match_key = ANY (?2))")
                .setParameter(1, filmId).setParameter(2, TitleMatcher.keys(remaining).toArray(String[]::new)).executeUpdate();
        return true;
    }
}
