package org.kinopanorama.letterboxd;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kinopanorama.account.Visitor;
import org.kinopanorama.watchlist.CuratedFilms;
import org.kinopanorama.watchlist.CuratedFilms.FilmRef;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Figures, not assertions on time: a 1,500-row Letterboxd archive of 300 films (300 ratings, 600 diary entries, 300
 * watched, a 150-film watchlist, two 75-film lists) uploaded, reported, confirmed and exported again. Run with
 * {@code ./mvnw verify -Pbenchmark -Dtest=LetterboxdArchiveBenchmarkTest}.
 */
@QuarkusTest
@Tag("benchmark")
class LetterboxdArchiveBenchmarkTest {

    @Inject
    AgroalDataSource db;

    @Test
    void importAndExportA1500RowArchive() {
        List<FilmRef> films = CuratedFilms.ingest(db, 300).films();
        assertThat(films).hasSize(300);
        Map<String, String> files = new LinkedHashMap<>();
        StringBuilder ratings = new StringBuilder("Date,Name,Year,Letterboxd URI,Rating\n");
        StringBuilder diary = new StringBuilder("Date,Name,Year,Letterboxd URI,Rating,Rewatch,Tags,Watched Date\n");
        StringBuilder watched = new StringBuilder("Date,Name,Year,Letterboxd URI\n");
        StringBuilder watchlist = new StringBuilder("Date,Name,Year,Letterboxd URI\n");
        StringBuilder one = new StringBuilder("Letterboxd list export v7\nDate,Name,Tags,URL,Description\n2024-01-01,One,,,\n\nPosition,Name,Year,URL,Description\n");
        StringBuilder two = new StringBuilder("Letterboxd list export v7\nDate,Name,Tags,URL,Description\n2024-01-01,Two,,,\n\nPosition,Name,Year,URL,Description\n");
        for (int i = 0; i < films.size(); i++) {
            FilmRef f = films.get(i);
            String film = f.title() + "," + f.year() + ",https://boxd.it/" + i;
            ratings.append("2024-01-01,").append(film).append(',').append(1 + i % 5).append('\n');
            diary.append("2024-01-02,").append(film).append(",,,,2024-01-01\n");
            diary.append("2024-02-02,").append(film).append(",,Yes,,2024-02-01\n");
            watched.append("2024-02-02,").append(film).append('\n');
            if (i < 150) {
                watchlist.append("2023-12-01,").append(film).append('\n');
            } else if (i < 225) {
                one.append(i - 149).append(',').append(film).append(",a note\n");
            } else {
                two.append(i - 224).append(',').append(film).append(",\n");
            }
        }
        files.put("ratings.csv", ratings.toString());
        files.put("diary.csv", diary.toString());
        files.put("watched.csv", watched.toString());
        files.put("watchlist.csv", watchlist.toString());
        files.put("lists/one.csv", one.toString());
        files.put("lists/two.csv", two.toString());
        byte[] zip = LetterboxdArchive.zip(files);

        List<Long> uploads = new ArrayList<>();
        List<Long> reports = new ArrayList<>();
        List<Long> confirms = new ArrayList<>();
        List<Long> exports = new ArrayList<>();
        for (int run = 0; run < 3; run++) {
            Visitor v = Visitor.signedUp(Visitor.uniqueName("bench"));
            long t0 = System.nanoTime();
            Response uploaded = LetterboxdArchiveImportTest.upload(v, "bench.zip", zip);
            long t1 = System.nanoTime();
            String report = LetterboxdArchiveImportTest.path(uploaded.header("Location"));
            String page = v.get(report).asString();
            long t2 = System.nanoTime();
            assertThat(page).contains("1500 rows, 1500 matched");
            assertThat(v.post(report).statusCode()).isEqualTo(303);
            long t3 = System.nanoTime();
            Map<String, String> exported = LetterboxdArchiveImportTest.export(v);
            long t4 = System.nanoTime();
            assertThat(exported.get("diary.csv").lines()).hasSize(601);
            uploads.add((t1 - t0) / 1_000_000);
            reports.add((t2 - t1) / 1_000_000);
            confirms.add((t3 - t2) / 1_000_000);
            exports.add((t4 - t3) / 1_000_000);
        }
        System.out.printf("Letterboxd archive, %d bytes, 1,500 rows: upload and read %s ms, report %s ms, confirm %s ms, export %s ms (medians of 3)%n",
                zip.length, median(uploads), median(reports), median(confirms), median(exports));
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
