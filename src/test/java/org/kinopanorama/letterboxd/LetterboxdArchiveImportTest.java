package org.kinopanorama.letterboxd;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.kinopanorama.Sql;
import org.kinopanorama.account.Visitor;
import org.kinopanorama.watchlist.CuratedFilms;
import org.kinopanorama.watchlist.CuratedFilms.FilmRef;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** A whole Letterboxd archive in (one report, one confirmation) and out again; and what a hostile upload gets. */
@QuarkusTest
class LetterboxdArchiveImportTest {

    @Inject
    AgroalDataSource db;

    static Response upload(Visitor visitor, String fileName, byte[] zip) {
        visitor.get("/letterboxd");
        return visitor.request().multiPart("csrf", visitor.csrfToken())
                .multiPart("file", fileName, zip, "application/zip").post("/letterboxd/import");
    }

    /** Uploads, reads the report, confirms; returns the report's text. */
    static String importArchive(Visitor visitor, byte[] zip) {
        Response uploaded = upload(visitor, "letterboxd-someone.zip", zip);
        assertThat(uploaded.statusCode()).as(uploaded.asString()).isEqualTo(303);
        String report = path(uploaded.header("Location"));
        Response shown = visitor.get(report);
        assertThat(shown.statusCode()).isEqualTo(200);
        Response confirmed = visitor.post(report);
        assertThat(confirmed.statusCode()).isEqualTo(303);
        assertThat(confirmed.header("Location")).endsWith("/letterboxd?imported=yes");
        assertThat(visitor.get(path(confirmed.header("Location"))).asString()).contains("The archive is imported.");
        return shown.asString();
    }

    static String path(String location) {
        return location.replaceFirst("^https?://[^/]+", "");
    }

    static Map<String, String> export(Visitor visitor) {
        Response response = visitor.get("/letterboxd/export");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/zip");
        assertThat(response.header("Content-Disposition")).startsWith("attachment; filename=\"letterboxd-");
        return LetterboxdArchives.files(response.asByteArray());
    }

    private long account(String username) {
        return Sql.count(db, "SELECT id FROM account WHERE username = ?", username);
    }

    @Test
    void aWholeArchiveIsReportedOnceAndSavedOnConfirmationIntoRatingsDiaryWatchedWatchlistAndLists() {
        List<FilmRef> f = CuratedFilms.ingest(db, 5).films();
        FilmRef a = f.get(0), b = f.get(1), c = f.get(2), d = f.get(3), e = f.get(4);
        String name = Visitor.uniqueName("lena");
        Visitor lena = Visitor.signedUp(name);
        long me = account(name);

        Response uploaded = upload(lena, "letterboxd-lena.zip", LetterboxdArchive.zip(LetterboxdArchives.of(f)));
        assertThat(uploaded.statusCode()).isEqualTo(303);
        String report = lena.get(path(uploaded.header("Location"))).asString();
        assertThat(report)
                .contains("letterboxd-lena.zip: 13 rows, 12 matched, 0 ambiguous, 1 not found.")
                .contains("Line 4: Nothing Like This Zzqx (1961): no film of the catalogue with this title")
                .contains("lists/favourites.csv · List &quot;Favourites&quot;")
                .contains("Not read (this site has no use for them): profile.csv, comments.csv, deleted/diary.csv")
                .contains("rewatch").contains("with review");
        // nothing is saved before the confirmation
        assertThat(Sql.count(db, "SELECT count(*) FROM film_rating WHERE account_id = ?", me)).isZero();
        assertThat(Sql.count(db, "SELECT count(*) FROM diary_entry WHERE account_id = ?", me)).isZero();

        assertThat(lena.post(path(uploaded.header("Location"))).statusCode()).isEqualTo(303);
        // a report is for one confirmation only
        assertThat(lena.get(path(uploaded.header("Location"))).statusCode()).isEqualTo(404);

        assertThat(Sql.strings(db, "SELECT film_id || ':' || half_stars || ':' || (rated_at AT TIME ZONE 'UTC')::date || ':' || is_public "
                + "FROM film_rating WHERE account_id = ? ORDER BY film_id", me))
                .containsExactlyInAnyOrder(a.id() + ":9:2024-01-05:false", b.id() + ":6:2024-02-01:false");
        assertThat(Sql.strings(db, "SELECT film_id || ':' || watched_on || ':' || rewatch || ':' || coalesce(review, '-') "
                + "FROM diary_entry WHERE account_id = ? ORDER BY watched_on", me))
                .containsExactly(a.id() + ":2024-01-04:false:=Great, \"really\"\nSecond line",
                        b.id() + ":2024-02-01:false:-", a.id() + ":2024-03-01:true:-");
        assertThat(Sql.strings(db, "SELECT film_id || ':' || watched_on FROM film_watched WHERE account_id = ?", me))
                .containsExactlyInAnyOrder(a.id() + ":2024-03-02", b.id() + ":2024-02-01", c.id() + ":2023-12-01");
        assertThat(Sql.longs(db, "SELECT e.film_id FROM watchlist_entry e JOIN watchlist w ON w.id = e.watchlist_id "
                + "WHERE w.owner_id = ? AND w.is_default ORDER BY e.position", me)).containsExactly(d.id(), e.id());
        assertThat(Sql.strings(db, "SELECT e.film_id || ':' || e.position || ':' || coalesce(e.note, '-') || ':' || w.description "
                + "FROM watchlist_entry e JOIN watchlist w ON w.id = e.watchlist_id WHERE w.owner_id = ? AND w.name = 'Favourites' "
                + "ORDER BY e.position", me))
                .containsExactly(a.id() + ":1:-30- and more:Best of all", c.id() + ":2:-:Best of all");

        // the same archive again adds nothing
        String before = snapshot(me);
        importArchive(lena, LetterboxdArchive.zip(LetterboxdArchives.of(f)));
        assertThat(snapshot(me)).isEqualTo(before);
        assertThat(Sql.count(db, "SELECT count(*) FROM watchlist WHERE owner_id = ?", me)).isEqualTo(2);
    }

    private String snapshot(long me) {
        return String.join("|", Sql.strings(db, """
                SELECT 'r' || film_id || half_stars || rated_at FROM film_rating WHERE account_id = ?1
                UNION ALL SELECT 'd' || film_id || watched_on || rewatch || coalesce(review, '') || created_at FROM diary_entry WHERE account_id = ?1
                UNION ALL SELECT 'w' || film_id || watched_on FROM film_watched WHERE account_id = ?1
                UNION ALL SELECT 'l' || w.name || e.film_id || e.position || coalesce(e.note, '') FROM watchlist_entry e
                    JOIN watchlist w ON w.id = e.watchlist_id WHERE w.owner_id = ?1
                ORDER BY 1""".replace("?1", Long.toString(me))));
    }

    @Test
    void anExportImportedIntoAFreshAccountExportsTheSameArchive() {
        List<FilmRef> f = CuratedFilms.ingest(db, 5).films();
        Visitor olga = Visitor.signedUp(Visitor.uniqueName("olga"));
        importArchive(olga, LetterboxdArchive.zip(LetterboxdArchives.of(f)));
        // and what the person did here themselves: a list with a formula-like name and note
        olga.post("/watchlists", "name", "=cmd|' /C calc'!A0", "description", "+ also this");
        Map<String, String> first = export(olga);

        assertThat(first.keySet()).containsExactly("ratings.csv", "diary.csv", "watched.csv", "watchlist.csv", "reviews.csv",
                "lists/cmd-c-calc-a0.csv", "lists/favourites.csv");
        assertThat(first.get("ratings.csv")).startsWith("Date,Name,Year,Letterboxd URI,Rating\n")
                .contains("2024-01-05," + f.get(0).title() + "," + f.get(0).year() + ",http");
        assertThat(first.get("ratings.csv")).contains("/films/" + f.get(0).id() + ",4.5\n");
        assertThat(first.get("diary.csv")).startsWith("Date,Name,Year,Letterboxd URI,Rating,Rewatch,Tags,Watched Date\n")
                .contains("2024-03-02," + f.get(0).title() + "," + f.get(0).year() + ",")
                .contains(",4.5,Yes,,2024-03-01\n");
        // a cell a spreadsheet would run is written as text
        assertThat(first.get("reviews.csv")).contains("\"'=Great, \"\"really\"\"\nSecond line\"");
        assertThat(first.get("lists/favourites.csv")).contains(",'-30- and more\n");
        assertThat(first.get("lists/cmd-c-calc-a0.csv")).contains("'=cmd|' /C calc'!A0").contains("'+ also this");

        Visitor pavel = Visitor.signedUp(Visitor.uniqueName("pavel"));
        importArchive(pavel, LetterboxdArchive.zip(first));
        Map<String, String> second = export(pavel);
        assertThat(second).isEqualTo(first);
    }

    @Test
    void aRowThatTwoFilmsFitAsWellIsReportedAmbiguousWithBothAndLeftOut() {
        List<FilmRef> f = CuratedFilms.ingest(db, 2).films();
        FilmRef x = f.get(0), y = f.get(1);
        // a second film answering to the first one's title, which a curator said is another film
        Sql.update(db, "INSERT INTO film_match_key (match_key, film_id) SELECT match_key, ? FROM film_match_key WHERE film_id = ? "
                + "ON CONFLICT DO NOTHING", y.id(), x.id());
        Sql.update(db, "INSERT INTO film_distinct (film_a, film_b, actor) VALUES (?, ?, 'test')",
                Math.min(x.id(), y.id()), Math.max(x.id(), y.id()));
        String name = Visitor.uniqueName("zoya");
        Visitor zoya = Visitor.signedUp(name);
        Response uploaded = upload(zoya, "two.zip", LetterboxdArchive.zip(Map.of("watchlist.csv", "Date,Name,Year,Letterboxd URI\n"
                + "2024-01-01," + x.title() + ",,\n"
                + "2024-01-02," + x.title() + "," + x.year() + ",\n")));
        String report = zoya.get(path(uploaded.header("Location"))).asString();
        assertThat(report).contains("two.zip: 2 rows, 1 matched, 1 ambiguous, 0 not found.")
                .contains("Line 2: " + x.title() + ": ambiguous, fits ")
                .contains("<a href=\"/films/" + x.id() + "\">").contains("<a href=\"/films/" + y.id() + "\">");
        zoya.post(path(uploaded.header("Location")));
        assertThat(Sql.longs(db, "SELECT e.film_id FROM watchlist_entry e JOIN watchlist w ON w.id = e.watchlist_id "
                + "JOIN account a ON a.id = w.owner_id WHERE a.username = ? AND w.is_default", name)).containsExactly(x.id());
    }

    // ------------------------------------------------------------------ hostile uploads

    @Test
    void whatIsNoLetterboxdArchiveIsRefusedWithWhyAndNothingIsKept() {
        Visitor ivan = Visitor.signedUp(Visitor.uniqueName("ivan"));
        long staged = Sql.count(db, "SELECT count(*) FROM letterboxd_archive_import");

        Response notZip = upload(ivan, "ratings.csv", "Date,Name,Year,Letterboxd URI,Rating\n".getBytes());
        assertThat(notZip.statusCode()).isEqualTo(422);
        assertThat(notZip.asString()).contains("ratings.csv is not a .zip archive.").contains("aria-invalid=\"true\"")
                .contains("id=\"archive-error\"");

        Response climbing = upload(ivan, "evil.zip", zip(Map.of("../../etc/ratings.csv", "Date,Name\n")));
        assertThat(climbing.statusCode()).isEqualTo(422);
        assertThat(climbing.asString()).contains("The archive holds a file named &quot;../../etc/ratings.csv&quot;, outside");

        Map<String, String> many = new LinkedHashMap<>();
        many.put("ratings.csv", "Date,Name,Year,Letterboxd URI,Rating\n");
        for (int i = 0; i < 2001; i++) {
            many.put("junk/" + i + ".txt", "");
        }
        Response tooMany = upload(ivan, "many.zip", zip(many));
        assertThat(tooMany.statusCode()).isEqualTo(422);
        assertThat(tooMany.asString()).contains("The archive holds more than 2000 files.");

        Response malformed = upload(ivan, "bad.zip", zip(Map.of("diary.csv",
                "Date,Name,Year,Letterboxd URI,Rating,Rewatch,Tags,Watched Date\n2024-01-01,Fine,1960,,,,,\n2024-01-02,\"Never closed,1961\n")));
        assertThat(malformed.statusCode()).isEqualTo(422);
        assertThat(malformed.asString()).contains("diary.csv, line 3: a quoted field is never closed");

        Response none = upload(ivan, "other.zip", zip(Map.of("profile.csv", "Date Joined,Username\n")));
        assertThat(none.statusCode()).isEqualTo(422);
        assertThat(none.asString()).contains("The archive holds none of Letterboxd");

        assertThat(Sql.count(db, "SELECT count(*) FROM letterboxd_archive_import")).isEqualTo(staged);
    }

    @Test
    void aZipBombStopsAtTheUnpackedLimitAndATooLargeUploadAtItsSize() {
        Visitor vera = Visitor.signedUp(Visitor.uniqueName("vera"));
        // 60 MB of one letter compress to about 60 KB: the limit (50 MB) stops the inflating
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            out.putNextEntry(new ZipEntry("ratings.csv"));
            byte[] block = new byte[1 << 20];
            java.util.Arrays.fill(block, (byte) 'a');
            for (int i = 0; i < 60; i++) {
                out.write(block);
            }
            out.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(bytes.size()).isLessThan(1_000_000);
        Response bomb = upload(vera, "bomb.zip", bytes.toByteArray());
        assertThat(bomb.statusCode()).isEqualTo(413);
        assertThat(bomb.asString()).contains("The archive unpacks to more than 50 MB (at ratings.csv)");

        byte[] huge = new byte[20_000_001];
        huge[0] = 'P';
        huge[1] = 'K';
        Response tooLarge = upload(vera, "huge.zip", huge);
        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertThat(tooLarge.asString()).contains("huge.zip is larger than 20 MB.");
    }

    @Test
    void onlyTheOwnerSeesOrConfirmsAStagedArchiveAndEveryPostNeedsItsToken() {
        List<FilmRef> f = CuratedFilms.ingest(db, 5).films();
        String annaName = Visitor.uniqueName("anna");
        Visitor anna = Visitor.signedUp(annaName);
        Response uploaded = upload(anna, "anna.zip", LetterboxdArchive.zip(LetterboxdArchives.of(f)));
        String report = path(uploaded.header("Location"));

        Visitor boris = Visitor.signedUp(Visitor.uniqueName("boris"));
        assertThat(boris.get(report).statusCode()).isEqualTo(404);
        assertThat(boris.post(report).statusCode()).isEqualTo(404);
        assertThat(Sql.count(db, "SELECT count(*) FROM film_rating r JOIN account a ON a.id = r.account_id WHERE a.username = ?",
                annaName)).isZero();

        // without the CSRF token: refused, for the upload and for the confirmation
        assertThat(anna.request().multiPart("file", "anna.zip", LetterboxdArchive.zip(LetterboxdArchives.of(f)), "application/zip")
                .post("/letterboxd/import").statusCode()).isEqualTo(403);
        assertThat(anna.request().post(report).statusCode()).isEqualTo(403);
        assertThat(anna.get(report).statusCode()).isEqualTo(200);

        // signed out: no page, no export
        Visitor stranger = new Visitor();
        assertThat(stranger.get("/letterboxd/export").statusCode()).isIn(302, 303, 401);
        assertThat(stranger.get(report).statusCode()).isIn(302, 303, 401);
    }

    @Test
    void theLinksAreOnMyListsAndMyProfileAndThePageReadsInRussian() {
        String name = Visitor.uniqueName("nina");
        Visitor nina = Visitor.signedUp(name);
        assertThat(nina.get("/watchlists").asString()).contains("<a href=\"/letterboxd\">Letterboxd import and export</a>");
        assertThat(nina.get("/users/" + name).asString()).contains("<a href=\"/letterboxd\">Letterboxd import and export</a>");
        assertThat(new Visitor().get("/users/" + name).asString()).doesNotContain("href=\"/letterboxd\"");
        Response page = nina.request().header("Accept-Language", "ru").get("/letterboxd");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.asString()).contains("<label for=\"archive\">");
    }

    private static byte[] zip(Map<String, String> files) {
        return LetterboxdArchive.zip(files);
    }
}
