package org.kinopanorama.letterboxd;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.kinopanorama.diary.RatingValue;
import org.kinopanorama.watchlist.LetterboxdCsv;
import org.kinopanorama.watchlist.WatchlistService;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A person's ratings, diary, reviews, watched films and lists as a Letterboxd export archive: the same files and
 * columns Letterboxd writes, so that Letterboxd (or this site, for another account) reads it back. The film's
 * address here stands in Letterboxd's URI column, and our import finds the film by it. Days are UTC days; rows are in
 * an order that an import and a new export keep (by day, then title, then film).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class LetterboxdArchiveExport {

    @Inject
    EntityManager em;

    @Inject
    WatchlistService watchlists;

    /** The archive's files, name to text, in Letterboxd's order. */
    public Map<String, String> files(String username, String origin) {
        long me = watchlists.me(username).id;
        String films = origin + "/films/";
        Map<String, String> files = new LinkedHashMap<>();

        files.put(LetterboxdArchive.RATINGS, LetterboxdCsv.table(LetterboxdArchive.RATINGS_HEADER, rows(me, """
                SELECT (r.rated_at AT TIME ZONE 'UTC')::date, f.title, f.year, f.id, r.half_stars
                FROM film_rating r JOIN film f ON f.id = r.film_id WHERE r.account_id = ?1
                ORDER BY 1, 2, 4""", r -> List.of(day(r[0]), text(r[1]), number(r[2]), films + r[3], stars(r[4])))));

        String diary = """
                SELECT (d.created_at AT TIME ZONE 'UTC')::date, f.title, f.year, f.id, r.half_stars, d.rewatch, d.review, d.watched_on
                FROM diary_entry d JOIN film f ON f.id = d.film_id
                LEFT JOIN film_rating r ON r.account_id = d.account_id AND r.film_id = d.film_id
                WHERE d.account_id = ?1 %s
                ORDER BY d.watched_on, 1, f.title, f.id, d.rewatch, d.review NULLS FIRST, d.id""";
        files.put(LetterboxdArchive.DIARY, LetterboxdCsv.table(LetterboxdArchive.DIARY_HEADER, rows(me, diary.formatted(""),
                r -> List.of(day(r[0]), text(r[1]), number(r[2]), films + r[3], stars(r[4]), yes(r[5]), "", day(r[7])))));
        files.put(LetterboxdArchive.WATCHED, LetterboxdCsv.table(LetterboxdArchive.WATCHED_HEADER, rows(me, """
                SELECT w.watched_on, f.title, f.year, f.id FROM film_watched w JOIN film f ON f.id = w.film_id
                WHERE w.account_id = ?1 ORDER BY 1, 2, 4""", r -> List.of(day(r[0]), text(r[1]), number(r[2]), films + r[3]))));
        files.put(LetterboxdArchive.WATCHLIST, LetterboxdCsv.table(LetterboxdArchive.WATCHED_HEADER, rows(me, """
                SELECT (e.added_at AT TIME ZONE 'UTC')::date, f.title, f.year, f.id
                FROM watchlist w JOIN watchlist_entry e ON e.watchlist_id = w.id JOIN film f ON f.id = e.film_id
                WHERE w.owner_id = ?1 AND w.is_default ORDER BY e.position, e.id""",
                r -> List.of(day(r[0]), text(r[1]), number(r[2]), films + r[3]))));
        files.put(LetterboxdArchive.REVIEWS, LetterboxdCsv.table(LetterboxdArchive.REVIEWS_HEADER, rows(me,
                diary.formatted("AND d.review IS NOT NULL"), r -> List.of(day(r[0]), text(r[1]), number(r[2]), films + r[3],
                        stars(r[4]), yes(r[5]), text(r[6]), "", day(r[7])))));

        @SuppressWarnings("unchecked")
        List<Object[]> lists = em.createNativeQuery("""
                        SELECT id, name, description, (created_at AT TIME ZONE 'UTC')::date FROM watchlist
                        WHERE owner_id = ?1 AND NOT is_default ORDER BY lower(name), id""")
                .setParameter(1, me).getResultList();
        Set<String> taken = new HashSet<>();
        for (Object[] l : lists) {
            @SuppressWarnings("unchecked")
            List<Object[]> entries = em.createNativeQuery("""
                            SELECT f.title, f.year, f.id, e.note, (e.added_at AT TIME ZONE 'UTC')::date
                            FROM watchlist_entry e JOIN film f ON f.id = e.film_id
                            WHERE e.watchlist_id = ?1 ORDER BY e.position, e.id""")
                    .setParameter(1, ((Number) l[0]).longValue()).getResultList();
            List<LetterboxdCsv.Film> listed = entries.stream().map(e -> new LetterboxdCsv.Film((String) e[0],
                    e[1] == null ? null : ((Number) e[1]).intValue(), films + e[2], (String) e[3], (LocalDate) e[4])).toList();
            files.put(LetterboxdArchive.LISTS + fileName((String) l[1], taken) + ".csv",
                    LetterboxdCsv.list((String) l[1], (String) l[2], "", (LocalDate) l[3], listed));
        }
        return files;
    }

    /** The archive itself. */
    public byte[] zip(String username, String origin) {
        return LetterboxdArchive.zip(files(username, origin));
    }

    private List<List<String>> rows(long me, String sql, java.util.function.Function<Object[], List<String>> row) {
        @SuppressWarnings("unchecked")
        List<Object[]> found = em.createNativeQuery(sql).setParameter(1, me).getResultList();
        List<List<String>> out = new ArrayList<>(found.size());
        found.forEach(r -> out.add(row.apply(r)));
        return out;
    }

    /** A file name from the list's name, as Letterboxd makes them (lower case, dashes), unique in the archive. */
    static String fileName(String name, Set<String> taken) {
        String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
        slug = slug.isEmpty() ? "list" : slug.length() > 80 ? slug.substring(0, 80) : slug;
        String chosen = slug;
        for (int n = 2; !taken.add(chosen); n++) {
            chosen = slug + "-" + n;
        }
        return chosen;
    }

    private static String day(Object date) {
        return date == null ? "" : date.toString();
    }

    private static String text(Object text) {
        return text == null ? "" : (String) text;
    }

    private static String number(Object n) {
        return n == null ? "" : Integer.toString(((Number) n).intValue());
    }

    private static String stars(Object halfStars) {
        return halfStars == null ? "" : RatingValue.of(((Number) halfStars).intValue());
    }

    private static String yes(Object rewatch) {
        return Boolean.TRUE.equals(rewatch) ? "Yes" : "";
    }
}
