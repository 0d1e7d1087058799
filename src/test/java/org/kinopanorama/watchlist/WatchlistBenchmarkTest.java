package org.kinopanorama.watchlist;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kinopanorama.account.Visitor;
import org.kinopanorama.watchlist.CuratedFilms.FilmRef;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Figures, not assertions on time: importing a 1,000-row Letterboxd file (upload and report, then confirm) and
 * rendering a 500-film list. Run with {@code ./mvnw verify -Pbenchmark -Dtest=WatchlistBenchmarkTest}.
 */
@QuarkusTest
@Tag("benchmark")
class WatchlistBenchmarkTest {

    @Inject
    AgroalDataSource db;

    @Test
    void importA1000RowFileAndRenderA500FilmList() {
        List<FilmRef> films = CuratedFilms.ingest(db, 1000).films();
        assertThat(films).hasSize(1000);
        StringBuilder csv = new StringBuilder("Date,Name,Year,Letterboxd URI\n");
        for (FilmRef f : films) {
            csv.append("2024-01-01,\"").append(f.title()).append("\",").append(f.year()).append(",https://boxd.it/x\n");
        }

        List<Long> uploads = new ArrayList<>();
        List<Long> reports = new ArrayList<>();
        List<Long> confirms = new ArrayList<>();
        for (int run = 0; run < 3; run++) {
            Visitor v = Visitor.signedUp(Visitor.uniqueName("bench"));
            long t0 = System.nanoTime();
            Response uploaded = LetterboxdImportTest.upload(v, "watchlist.csv", csv.toString(), null);
            long t1 = System.nanoTime();
            String report = uploaded.header("Location").replaceFirst("^https?://[^/]+", "");
            String page = v.get(report).asString();
            long t2 = System.nanoTime();
            assertThat(page).contains("1000 rows, 1000 matched");
            Response confirmed = v.post(report);
            long t3 = System.nanoTime();
            assertThat(confirmed.statusCode()).isEqualTo(303);
            uploads.add((t1 - t0) / 1_000_000);
            reports.add((t2 - t1) / 1_000_000);
            confirms.add((t3 - t2) / 1_000_000);
        }

        Visitor owner = Visitor.signedUp(Visitor.uniqueName("bench"));
        StringBuilder half = new StringBuilder("Date,Name,Year,Letterboxd URI\n");
        films.subList(0, 500).forEach(f -> half.append("2024-01-01,\"").append(f.title()).append("\",").append(f.year()).append(",\n"));
        Response uploaded = LetterboxdImportTest.upload(owner, "watchlist.csv", half.toString(), null);
        long list = Long.parseLong(owner.post(uploaded.header("Location").replaceFirst("^https?://[^/]+", ""))
                .header("Location").replaceAll(".*/watchlists/(\\d+).*", "$1"));
        List<Long> renders = new ArrayList<>();
        int bytes = 0;
        for (int run = 0; run < 12; run++) {
            long t0 = System.nanoTime();
            Response page = owner.get("/watchlists/" + list);
            bytes = page.asByteArray().length;
            renders.add((System.nanoTime() - t0) / 1_000_000);
            assertThat(page.statusCode()).isEqualTo(200);
        }
        assertThat(Lists.order(owner.get("/watchlists/" + list).asString())).hasSize(500);
        List<Long> shared = new ArrayList<>();
        owner.post("/watchlists/" + list + "/visibility", "visibility", "unlisted");
        String secret = WatchlistAccessTest.secretOf(db, list);
        for (int run = 0; run < 12; run++) {
            long t0 = System.nanoTime();
            new Visitor().get("/shared/" + secret);
            shared.add((System.nanoTime() - t0) / 1_000_000);
        }

        System.out.printf("%nWATCHLIST BENCHMARK (ms; median of runs, then all runs)%n");
        System.out.printf("  import 1000 rows: upload+parse+stage %d %s, report page %d %s, confirm %d %s%n",
                median(uploads), uploads, median(reports), reports, median(confirms), confirms);
        System.out.printf("  500-film list, owner's page: %d %s (%d KB, warm-up run first)%n", median(renders.subList(2, renders.size())), renders, bytes / 1024);
        System.out.printf("  500-film list, shared page: %d %s%n%n", median(shared.subList(2, shared.size())), shared);
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
