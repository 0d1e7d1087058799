package org.kinopanorama.diary;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.kinopanorama.database.Row;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import org.kinopanorama.catalog.RatingsConfig;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A person's ratings and diary, one transaction each. A rating is one a person and film (changed in place, or
 * removed); a diary entry is one watching, and also marks the film watched ({@link WatchedFilms}). Changing someone
 * else's entry answers 403, a missing one 404.
 *
 * <p>The film's average rating is part of the catalogue's page (anonymous readers get it from the page cache), so a
 * change of a rating that the average shows (the film has, or had, at least the floor of ratings) raises the
 * catalogue version in the same transaction: no page keeps a stale average. A rating below the floor changes nothing
 * any page shows, and costs no version.
 */
@ApplicationScoped
@Transactional
public class DiaryService {

    /** The longest review a diary entry keeps (a short one; the database checks it too). */
    public static final int REVIEW_MAX = 1000;
    /** Diary entries a page. */
    public static final int PAGE_SIZE = 20;
    /** Public ratings and diary entries a profile shows (the latest). */
    static final int PROFILE_SHOWN = 50;

    @Inject
    EntityManager em;

    @Inject
    WatchedFilms watchedFilms;

    @Inject
    RatingsConfig ratings;

    /** A film as the diary's forms name it. */
    public record FilmRef(long id, String title, Integer year) {
    }

    /** One watching as the diary and the profile show it, with the person's current rating of the film. */
    public record Entry(long id, long filmId, String title, Integer year, LocalDate watchedOn, boolean rewatch,
                        String review, boolean isPublic, Integer halfStars) {
    }

    /** A rating as the profile shows it. */
    public record Rated(long filmId, String title, Integer year, int halfStars) {
    }

    /** One page of the owner's diary (1-based), newest first. */
    public record DiaryPage(List<Entry> entries, int page, int pages, long total) {
        public boolean hasPrevious() {
            return page > 1;
        }

        public boolean hasNext() {
            return page < pages;
        }
    }

    /** What a person's profile shows of their ratings and diary: only what they made public. */
    public record PublicActivity(List<Rated> ratings, List<Entry> diary) {
    }

    // ------------------------------------------------------------------ reading

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<FilmRef> film(long filmId) {
        return Row.list(em, "SELECT id, title, year FROM film WHERE id = ?1", filmId).stream().findFirst()
                .map(r -> new FilmRef(r.longValue("id"), r.string("title"), r.intOrNull("year")));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public DiaryPage diary(String username, int page) {
        long me = me(username);
        long total = ((Number) em.createNativeQuery("SELECT count(*) FROM diary_entry WHERE account_id = ?1")
                .setParameter(1, me).getSingleResult()).longValue();
        int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int shown = Math.max(1, Math.min(page, pages));
        return new DiaryPage(entries(me, false, PAGE_SIZE, (shown - 1) * PAGE_SIZE), shown, pages, total);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PublicActivity publicActivity(long accountId) {
        List<Rated> rated = Row.list(em, """
                        SELECT f.id, f.title, f.year, r.half_stars FROM film_rating r JOIN film f ON f.id = r.film_id
                        WHERE r.account_id = ?1 AND r.is_public ORDER BY r.rated_at DESC, f.id LIMIT ?2""", accountId, PROFILE_SHOWN)
                .stream().map(r -> new Rated(r.longValue("id"), r.string("title"), r.intOrNull("year"), r.intValue("half_stars"))).toList();
        return new PublicActivity(rated, entries(accountId, true, PROFILE_SHOWN, 0));
    }

    /** Newest first; a public view shows only public entries and only public ratings beside them. */
    private List<Entry> entries(long accountId, boolean publicOnly, int limit, int offset) {
        return Row.list(em, """
                        SELECT d.id, f.id AS film_id, f.title, f.year, d.watched_on, d.rewatch, d.review, d.is_public, r.half_stars
                        FROM diary_entry d JOIN film f ON f.id = d.film_id
                        LEFT JOIN film_rating r ON r.account_id = d.account_id AND r.film_id = d.film_id
                                                AND (r.is_public OR NOT ?2)
                        WHERE d.account_id = ?1 AND (d.is_public OR NOT ?2)
                        ORDER BY d.watched_on DESC, d.id DESC LIMIT ?3 OFFSET ?4""", accountId, publicOnly, limit, offset).stream()
                .map(r -> new Entry(r.longValue("id"), r.longValue("film_id"), r.string("title"), r.intOrNull("year"),
                        r.date("watched_on"), r.bool("rewatch"), r.string("review"), r.bool("is_public"), r.intOrNull("half_stars")))
                .toList();
    }

    // ------------------------------------------------------------------ ratings

    /** Rates the film (half stars, 1..10), or changes the rating; 404 for no such film. */
    public void rate(String username, long filmId, int halfStars, boolean isPublic) {
        if (halfStars < 1 || halfStars > 10) {
            throw new IllegalArgumentException("half stars out of 1..10: " + halfStars);
        }
        long me = me(username);
        requireFilm(filmId);
        long before = lockRatings(filmId);
        em.createNativeQuery("""
                        INSERT INTO film_rating (account_id, film_id, half_stars, is_public) VALUES (?1, ?2, ?3, ?4)
                        ON CONFLICT (account_id, film_id) DO UPDATE
                        SET half_stars = excluded.half_stars, is_public = excluded.is_public, rated_at = now()""")
                .setParameter(1, me).setParameter(2, filmId).setParameter(3, halfStars).setParameter(4, isPublic)
                .executeUpdate();
        averageChanged(before, ratingsOf(filmId));
    }

    /** Removes the person's rating of the film (nothing when there is none). */
    public void unrate(String username, long filmId) {
        long me = me(username);
        long before = lockRatings(filmId);
        int removed = em.createNativeQuery("DELETE FROM film_rating WHERE account_id = ?1 AND film_id = ?2")
                .setParameter(1, me).setParameter(2, filmId).executeUpdate();
        if (removed > 0) {
            averageChanged(before, before - 1);
        }
    }

    /**
     * Ratings of one film change one at a time (a transaction-scoped lock on the film's ratings), so that two people
     * rating at once both see the count the other left, and the one crossing the floor raises the version.
     */
    private long lockRatings(long filmId) {
        em.createNativeQuery("SELECT CAST(pg_advisory_xact_lock(hashtextextended('film_rating:' || ?1, 0)) AS text)")
                .setParameter(1, filmId).getSingleResult();
        return ratingsOf(filmId);
    }

    private long ratingsOf(long filmId) {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM film_rating WHERE film_id = ?1")
                .setParameter(1, filmId).getSingleResult()).longValue();
    }

    /** The catalogue's pages show the average from the floor on: a change there is a change of the catalogue. */
    private void averageChanged(long before, long after) {
        if (Math.max(before, after) >= Math.max(1, ratings.averageFloor())) {
            catalogueChanged();
        }
    }

    private void catalogueChanged() {
        em.createNativeQuery("SELECT CAST(bump_catalogue_version() AS text)").getSingleResult();
    }

    // ------------------------------------------------------------------ imports

    /** A rating from an export of another site, rated on that day. */
    public record ImportedRating(long filmId, int halfStars, LocalDate ratedOn) {
    }

    /** A watching from an export of another site, logged on {@code loggedOn} (null: today). */
    public record ImportedWatch(long filmId, LocalDate watchedOn, boolean rewatch, String review, LocalDate loggedOn) {
    }

    /**
     * An export's ratings and diary for a person, private, in the caller's transaction. A rating replaces the person's
     * own unless theirs is newer; a watching already in the diary (same film, day, rewatch and review) is not added again,
     * so the same export twice adds nothing; every watching marks its film watched. Days (rated, logged) are kept as
     * the start of that day in UTC.
     */
    public void importActivity(long accountId, List<ImportedRating> rated, List<ImportedWatch> watches) {
        if (!rated.isEmpty()) {
            Long[] films = rated.stream().map(ImportedRating::filmId).toArray(Long[]::new);
            em.createNativeQuery("""
                            SELECT count(*) FROM (SELECT pg_advisory_xact_lock(hashtextextended('film_rating:' || f, 0))
                                                  FROM (SELECT DISTINCT f FROM unnest(CAST(?1 AS bigint[])) f ORDER BY f) o) l""")
                    .setParameter(1, films).getSingleResult();
            em.createNativeQuery("""
                            INSERT INTO film_rating (account_id, film_id, half_stars, is_public, rated_at)
                            SELECT DISTINCT ON (r.film_id) ?1, r.film_id, r.half_stars, false, r.rated_on::timestamp AT TIME ZONE 'UTC'
                            FROM unnest(CAST(?2 AS bigint[]), CAST(?3 AS smallint[]), CAST(?4 AS date[])) AS r(film_id, half_stars, rated_on)
                            ORDER BY r.film_id, r.rated_on DESC
                            ON CONFLICT (account_id, film_id) DO UPDATE
                            SET half_stars = excluded.half_stars, rated_at = excluded.rated_at
                            WHERE film_rating.rated_at <= excluded.rated_at""")
                    .setParameter(1, accountId).setParameter(2, films)
                    .setParameter(3, rated.stream().map(r -> (short) r.halfStars()).toArray(Short[]::new))
                    .setParameter(4, rated.stream().map(ImportedRating::ratedOn).toArray(LocalDate[]::new))
                    .executeUpdate();
            long shown = ((Number) em.createNativeQuery("""
                            SELECT count(*) FROM (SELECT film_id FROM film_rating WHERE film_id = ANY(CAST(?1 AS bigint[]))
                                                  GROUP BY film_id HAVING count(*) >= ?2) s""")
                    .setParameter(1, films).setParameter(2, Math.max(1, ratings.averageFloor())).getSingleResult()).longValue();
            if (shown > 0) {
                catalogueChanged();
            }
        }
        if (!watches.isEmpty()) {
            em.createNativeQuery("""
                            INSERT INTO diary_entry (account_id, film_id, watched_on, rewatch, review, is_public, created_at)
                            SELECT ?1, w.film_id, w.watched_on, w.rewatch, w.review, false,
                                   coalesce(w.logged_on::timestamp AT TIME ZONE 'UTC', now())
                            FROM unnest(CAST(?2 AS bigint[]), CAST(?3 AS date[]), CAST(?4 AS boolean[]), CAST(?5 AS text[]),
                                        CAST(?6 AS date[])) WITH ORDINALITY AS w(film_id, watched_on, rewatch, review, logged_on, n)
                            WHERE NOT EXISTS (SELECT 1 FROM diary_entry d WHERE d.account_id = ?1 AND d.film_id = w.film_id
                                              AND d.watched_on = w.watched_on AND d.rewatch = w.rewatch
                                              AND d.review IS NOT DISTINCT FROM w.review)
                            ORDER BY w.n""")
                    .setParameter(1, accountId)
                    .setParameter(2, watches.stream().map(ImportedWatch::filmId).toArray(Long[]::new))
                    .setParameter(3, watches.stream().map(ImportedWatch::watchedOn).toArray(LocalDate[]::new))
                    .setParameter(4, watches.stream().map(ImportedWatch::rewatch).toArray(Boolean[]::new))
                    .setParameter(5, watches.stream().map(ImportedWatch::review).toArray(String[]::new))
                    .setParameter(6, watches.stream().map(ImportedWatch::loggedOn).toArray(LocalDate[]::new))
                    .executeUpdate();
            Map<Long, LocalDate> last = new HashMap<>();
            watches.forEach(w -> last.merge(w.filmId(), w.watchedOn(), (a, b) -> a.isAfter(b) ? a : b));
            watchedFilms.markAll(accountId, last);
        }
    }

    // ------------------------------------------------------------------ diary

    /** Logs a watching; the film counts as watched (on that day, unless a later one is known). Returns the entry's id. */
    public long log(String username, long filmId, LocalDate on, boolean rewatch, String review, boolean isPublic) {
        long me = me(username);
        requireFilm(filmId);
        long id = ((Number) em.createNativeQuery("""
                        INSERT INTO diary_entry (account_id, film_id, watched_on, rewatch, review, is_public)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6) RETURNING id""")
                .setParameter(1, me).setParameter(2, filmId).setParameter(3, on).setParameter(4, rewatch)
                .setParameter(5, review).setParameter(6, isPublic).getSingleResult()).longValue();
        watchedFilms.mark(me, filmId, on);
        return id;
    }

    /**
     * Deletes a diary entry: 404 when there is none, 403 when it is someone else's. When it was the film's last entry and
     * the day the film counts as watched came from it, the film is no longer watched (a mistaken log is undone whole).
     */
    public long delete(String username, long entryId) {
        long me = me(username);
        Row entry = owned(me, entryId);
        long filmId = entry.longValue("film_id");
        em.createNativeQuery("DELETE FROM diary_entry WHERE id = ?1").setParameter(1, entryId).executeUpdate();
        em.createNativeQuery("""
                        DELETE FROM film_watched w WHERE w.account_id = ?1 AND w.film_id = ?2 AND w.watched_on = ?3
                          AND NOT EXISTS (SELECT 1 FROM diary_entry d WHERE d.account_id = ?1 AND d.film_id = ?2)""")
                .setParameter(1, me).setParameter(2, filmId).setParameter(3, entry.value("watched_on")).executeUpdate();
        return filmId;
    }

    /** Shows the entry on the profile, or not; 404 when there is none, 403 when it is someone else's. */
    public void publish(String username, long entryId, boolean isPublic) {
        long me = me(username);
        owned(me, entryId);
        em.createNativeQuery("UPDATE diary_entry SET is_public = ?2 WHERE id = ?1")
                .setParameter(1, entryId).setParameter(2, isPublic).executeUpdate();
    }

    /** The entry's film and day, locked; 404 when there is none, 403 when it is someone else's. */
    private Row owned(long me, long entryId) {
        List<Row> rows = Row.list(em, "SELECT film_id, watched_on, account_id FROM diary_entry WHERE id = ?1 FOR UPDATE", entryId);
        if (rows.isEmpty()) {
            throw new NotFoundException();
        }
        if (rows.get(0).longValue("account_id") != me) {
            throw new ForbiddenException("not the owner of diary entry " + entryId);
        }
        return rows.get(0);
    }

    private long me(String username) {
        @SuppressWarnings("unchecked")
        List<Number> id = em.createNativeQuery("SELECT id FROM account WHERE username = ?1").setParameter(1, username)
                .getResultList();
        return id.stream().findFirst().orElseThrow(() -> new UnauthorizedException("the account is gone")).longValue();
    }

    private void requireFilm(long filmId) {
        if (film(filmId).isEmpty()) {
            throw new NotFoundException();
        }
    }
}
