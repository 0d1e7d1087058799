package org.kinopanorama.browser;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.kinopanorama.account.Visitor;
import org.kinopanorama.letterboxd.LetterboxdArchives;
import org.kinopanorama.watchlist.CuratedFilms;
import org.kinopanorama.watchlist.CuratedFilms.FilmRef;
import org.openqa.selenium.By;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On a phone, in a real (headless) Chromium: a person brings their Letterboxd archive (ratings, a diary with a
 * rewatch and a review, watched films, a watchlist, a list), reads the report, confirms, and exports it again with
 * nothing lost.
 */
@QuarkusTest
class LetterboxdJourneyTest {

    @TestHTTPResource("/")
    URL base;

    @Inject
    AgroalDataSource db;

    @Test
    void importMyLetterboxdArchiveAndExportItAgainWithNothingLost() throws IOException {
        List<FilmRef> f = CuratedFilms.ingest(db, 5).films();
        FilmRef a = f.get(0), b = f.get(1), c = f.get(2), d = f.get(3), e = f.get(4);
        String username = Visitor.uniqueName("boxd");
        Visitor.signedUp(username);
        Path dir = Files.createTempDirectory("kp-letterboxd-");
        Path archive = dir.resolve("letterboxd-" + username + ".zip");
        Files.write(archive, LetterboxdArchives.zip(LetterboxdArchives.of(f)));
        try (Browser browser = Browser.phone(base)) {
            browser.open("/signin");
            browser.type(By.id("username"), username).type(By.id("password"), Visitor.password(username));
            browser.clickAndWaitForPage(browser.find(By.cssSelector("main form button[type=submit]")));

            browser.open("/watchlists");
            browser.clickAndWaitForPage(browser.find(By.linkText("Letterboxd import and export")));
            assertThat(browser.waitVisible(By.tagName("h1")).getText()).isEqualTo("Letterboxd: import and export");
            browser.assertNoHorizontalScroll();
            assertThat(browser.find(By.id("archive")).getAccessibleName()).isEqualTo("Letterboxd export (.zip)");
            browser.find(By.id("archive")).sendKeys(archive.toAbsolutePath().toString());
            browser.clickAndWaitForPage(browser.find(By.xpath("//button[normalize-space()='Read the archive']")));

            assertThat(browser.waitVisible(By.tagName("h1")).getText()).isEqualTo("Import report");
            assertThat(browser.find(By.cssSelector("p.lede")).getText())
                    .isEqualTo("letterboxd-" + username + ".zip: 13 rows, 12 matched, 0 ambiguous, 1 not found.");
            assertThat(browser.find(By.cssSelector(".import-unmatched")).getText()).contains("Line 4: Nothing Like This Zzqx (1961)");
            browser.assertNoHorizontalScroll();
            browser.clickAndWaitForPage(browser.find(By.xpath("//button[normalize-space()='Import']")));
            assertThat(browser.waitVisible(By.cssSelector("p.notice")).getText()).startsWith("The archive is imported.");

            // what was imported shows where the person looks for it
            browser.open("/diary");
            assertThat(browser.find(By.cssSelector("main")).getText()).contains(a.title(), b.title(), "Second line");

            // the export, fetched by the page as the download link would (same session)
            browser.open("/letterboxd");
            assertThat(browser.find(By.linkText("Download the archive (.zip)")).getDomAttribute("href")).isEqualTo("/letterboxd/export");
            Object fetched = browser.js().executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    fetch('/letterboxd/export').then(r => r.arrayBuffer()).then(buffer => {
                      let s = ''; new Uint8Array(buffer).forEach(x => s += String.fromCharCode(x)); done(btoa(s));
                    }).catch(err => done('failed: ' + err));""");
            Map<String, String> files = LetterboxdArchives.files(Base64.getDecoder().decode((String) fetched));

            assertThat(files.keySet()).containsExactly("ratings.csv", "diary.csv", "watched.csv", "watchlist.csv", "reviews.csv",
                    "lists/favourites.csv");
            assertThat(files.get("ratings.csv").lines()).containsExactly("Date,Name,Year,Letterboxd URI,Rating",
                    "2024-01-05," + a.title() + "," + a.year() + "," + url(browser, a) + ",4.5",
                    "2024-02-01," + b.title() + "," + b.year() + "," + url(browser, b) + ",3");
            assertThat(files.get("diary.csv").lines()).containsExactly("Date,Name,Year,Letterboxd URI,Rating,Rewatch,Tags,Watched Date",
                    "2024-01-05," + a.title() + "," + a.year() + "," + url(browser, a) + ",4.5,,,2024-01-04",
                    "2024-02-01," + b.title() + "," + b.year() + "," + url(browser, b) + ",3,,,2024-02-01",
                    "2024-03-02," + a.title() + "," + a.year() + "," + url(browser, a) + ",4.5,Yes,,2024-03-01");
            assertThat(files.get("reviews.csv")).contains(",4.5,,\"'=Great, \"\"really\"\"\nSecond line\",,2024-01-04\n");
            assertThat(files.get("watched.csv").lines()).containsExactly("Date,Name,Year,Letterboxd URI",
                    "2023-12-01," + c.title() + "," + c.year() + "," + url(browser, c),
                    "2024-02-01," + b.title() + "," + b.year() + "," + url(browser, b),
                    "2024-03-02," + a.title() + "," + a.year() + "," + url(browser, a));
            assertThat(files.get("watchlist.csv").lines()).containsExactly("Date,Name,Year,Letterboxd URI",
                    "2023-11-01," + d.title() + "," + d.year() + "," + url(browser, d),
                    "2023-11-02," + e.title() + "," + e.year() + "," + url(browser, e));
            assertThat(files.get("lists/favourites.csv").lines()).containsExactly("Letterboxd list export v7",
                    "Date,Name,Tags,URL,Description", "2023-10-10,Favourites,,,Best of all", "",
                    "Position,Name,Year,URL,Description",
                    "1," + a.title() + "," + a.year() + "," + url(browser, a) + ",'-30- and more",
                    "2," + c.title() + "," + c.year() + "," + url(browser, c) + ",");
        } finally {
            Files.deleteIfExists(archive);
            Files.deleteIfExists(dir);
        }
    }

    /** The film's address as our export writes it: the site's origin and /films/id. */
    private static String url(Browser browser, FilmRef film) {
        return browser.base().resolve("/films/" + film.id()).toString();
    }
}
