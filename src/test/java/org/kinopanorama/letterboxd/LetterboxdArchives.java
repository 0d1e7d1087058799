package org.kinopanorama.letterboxd;

import org.kinopanorama.watchlist.CuratedFilms.FilmRef;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Letterboxd export archives for tests, of films the test ingested. */
public final class LetterboxdArchives {

    private LetterboxdArchives() {
    }

    /** An archive as Letterboxd lays it out: five films of the catalogue, one unknown film, files we do not read. */
    public static Map<String, String> of(List<FilmRef> f) {
        FilmRef a = f.get(0), b = f.get(1), c = f.get(2), d = f.get(3), e = f.get(4);
        Map<String, String> files = new LinkedHashMap<>();
        files.put("profile.csv", "Date Joined,Username,Given Name\n2020-01-01,someone,Some\n");
        // columns in another order than Letterboxd's: they are found by their names
        files.put("ratings.csv", "Name,Year,Date,Letterboxd URI,Rating\n"
                + a.title() + "," + a.year() + ",2024-01-05,https://boxd.it/a1,4.5\n"
                + b.title() + "," + b.year() + ",2024-02-01,https://boxd.it/b1,3\n"
                + "Nothing Like This Zzqx,1961,2024-02-02,https://boxd.it/zz,2\n");
        files.put("diary.csv", "Date,Name,Year,Letterboxd URI,Rating,Rewatch,Tags,Watched Date\n"
                + "2024-01-05," + a.title() + "," + a.year() + ",https://boxd.it/d1,4.5,,,2024-01-04\n"
                + "2024-03-02," + a.title() + "," + a.year() + ",https://boxd.it/d2,4.5,Yes,\"home, winter\",2024-03-01\n"
                + "2024-02-01," + b.title() + "," + b.year() + ",https://boxd.it/d3,3,,,2024-02-01\n");
        files.put("reviews.csv", "Date,Name,Year,Letterboxd URI,Rating,Rewatch,Review,Tags,Watched Date\n"
                + "2024-01-05," + a.title() + "," + a.year() + ",https://boxd.it/d1,4.5,,\"'=Great, \"\"really\"\"\nSecond line\",,2024-01-04\n");
        files.put("watched.csv", "Date,Name,Year,Letterboxd URI\n"
                + "2024-03-02," + a.title() + "," + a.year() + ",https://boxd.it/a1\n"
                + "2024-02-01," + b.title() + "," + b.year() + ",https://boxd.it/b1\n"
                + "2023-12-01," + c.title() + "," + c.year() + ",https://boxd.it/c1\n");
        files.put("watchlist.csv", "Date,Name,Year,Letterboxd URI\n"
                + "2023-11-01," + d.title() + "," + d.year() + ",https://boxd.it/d9\n"
                + "2023-11-02," + e.title() + "," + e.year() + ",https://boxd.it/e9\n");
        files.put("comments.csv", "Date,Content,Comment\n");
        files.put("deleted/diary.csv", "Date,Name,Year,Letterboxd URI,Rating,Rewatch,Tags,Watched Date\n"
                + "2024-01-01," + e.title() + "," + e.year() + ",https://boxd.it/x,5,,,2024-01-01\n");
        files.put("lists/favourites.csv", "Letterboxd list export v7\nDate,Name,Tags,URL,Description\n"
                + "2023-10-10,Favourites,,https://letterboxd.com/someone/list/favourites/,Best of all\n\n"
                + "Position,Name,Year,URL,Description\n"
                + "2," + c.title() + "," + c.year() + ",https://boxd.it/c1,\n"
                + "1," + a.title() + "," + a.year() + ",https://boxd.it/a1,'-30- and more\n");
        return files;
    }

    /** The archive's bytes. */
    public static byte[] zip(Map<String, String> files) {
        return LetterboxdArchive.zip(files);
    }

    /** The files of an archive (as our export writes it). */
    public static Map<String, String> files(byte[] zip) {
        return LetterboxdArchive.files(zip, new LetterboxdArchive.Limits(100, 10_000_000, 10_000)).texts();
    }
}
