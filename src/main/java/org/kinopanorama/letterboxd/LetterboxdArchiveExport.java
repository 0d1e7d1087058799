package org.kinopanorama.letterboxd;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.kinopanorama.database.Row;
import jakarta.transaction.Transactional;
import org.kinopanorama.diary.RatingValue;
import org.kinopanorama.watchlist.LetterboxdCsv;
import org.kinopanorama.watchlist.WatchlistService;

import java.time.LocalDate;
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
                SELECT (r.rated_at AT TIME ZONE 'UTC')::date AS day, f.title, f.year, f.id, r.half_stars
                FROM film_rating r JOIN film f ON f.id = r.film_id WHERE r.account_id = ?1
                ORDER BY 1, 2, 4""", r -> List.of(day(r, "day"), text(r, "title"), number(r, "year"), films + r.longValue("id"),
                stars(r)))));

        String diary = """
                SELECT (d.created_at AT TIME ZONE 'UTC')::date AS day, f.title, f.year, f.id, r.half_stars, d.rewatch, d.review, d.watched_on
                FROM diary_entry d JOIN film f ON f.id = d.film_id
                LEFT JOIN film_rating r ON r.account_id = d.account_id AND r.film_id = d.film_id
                WHERE d.account_id = ?1 %s
                ORDER BY d.watched_on, 1, f.title, f.id, d.rewatch, d.review NULLS FIRST, d.id""";
        files.put(LetterboxdArchive.DIARY, LetterboxdCsv.table(LetterboxdArchive.DIARY_HEADER, rows(me, diary.formatted(""),
                r -> List.of(day(r, "day"), text(r, "title"), number(r, "year"), films + r.longValue("id"), stars(r), yes(r), "",
                        day(r, "watched_on")))));
        files.put(LetterboxdArchive.WATCHED, LetterboxdCsv.table(LetterboxdArchive.WATCHED_HEADER, rows(me, """
                SELECT w.watched_on AS day, f.title, f.year, f.id FROM film_watched w JOIN film f ON f.id = w.film_id
                WHERE w.account_id = ?1 ORDER BY 1, 2, 4""", r -> watched(r, films))));
        files.put(LetterboxdArchive.WATCHLIST, LetterboxdCsv.table(LetterboxdArchive.WATCHED_HEADER, rows(me, """
                SELECT (e.added_at AT TIME ZONE 'UTC')::date AS day, f.title, f.year, f.id
                FROM watchlist w JOIN watchlist_entry e ON e.watchlist_id = w.id JOIN film f ON f.id = e.film_id
                WHERE w.owner_id = ?1 AND w.is_default ORDER BY e.position, e.id""", r -> watched(r, films))));
        files.put(LetterboxdArchive.REVIEWS, LetterboxdCsv.table(LetterboxdArchive.REVIEWS_HEADER, rows(me,
                diary.formatted("AND d.review IS NOT NULL"), r -> List.of(day(r, "day"), text(r, "title"), number(r, "year"),
                        films + r.longValue("id"), stars(r), yes(r), text(r, "review"), "", day(r, "watched_on")))));

        List<Row> lists = Row.list(em, """
                        SELECT id, name, description, (created_at AT TIME ZONE 'UTC')::date AS created_on FROM watchlist
                        WHERE owner_id = ?1 AND NOT is_default ORDER BY lower(name), id""", me);
        Set<String> taken = new HashSet<>();
        for (Row l : lists) {
            List<LetterboxdCsv.Film> listed = Row.list(em, """
                            SELECT f.title, f.year, f.id, e.note, (e.added_at AT TIME ZONE 'UTC')::date AS added_on
                            FROM watchlist_entry e JOIN film f ON f.id = e.film_id
                            WHERE e.watchlist_id = ?1 ORDER BY e.position, e.id""", l.longValue("id")).stream()
                    .map(e -> new LetterboxdCsv.Film(e.string("title"), e.intOrNull("year"), films + e.longValue("id"),
                            e.string("note"), e.date("added_on"))).toList();
            files.put(LetterboxdArchive.LISTS + fileName(l.string("name"), taken) + ".csv",
                    LetterboxdCsv.list(l.string("name"), l.string("description"), "", l.date("created_on"), listed));
        }
        return files;
    }

    /** The archive itself. */
    public byte[] zip(String username, String origin) {
        return LetterboxdArchive.zip(files(username, origin));
    }

    private List<List<String>> rows(long me, String sql, java.util.function.Function<Row, List<String>> row) {
        return Row.list(em, sql, me).stream().map(row).toList();
    }

    /** A line of watched.csv or watchlist.csv: the day, the film. */
    private static List<String> watched(Row r, String films) {
        return List.of(day(r, "day"), text(r, "title"), number(r, "year"), films + r.longValue("id"));
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

    private static String day(Row r, String column) {
        LocalDate date = r.date(column);
        return date == null ? "" : date.toString();
    }

    private static String text(Row r, String column) {
        String text = r.string(column);
        return text == null ? "" : text;
    }

    private static String number(Row r, String column) {
        Integer n = r.intOrNull(column);
        return n == null ? "" : Integer.toString(n);
    }

    private static String stars(Row r) {
        Integer halfStars = r.intOrNull("half_stars");
        return halfStars == null ? "" : RatingValue.of(halfStars);
    }

    private static String yes(Row r) {
        return Boolean.TRUE.equals(r.value("rewatch")) ? "Yes" : "";
    }
}
