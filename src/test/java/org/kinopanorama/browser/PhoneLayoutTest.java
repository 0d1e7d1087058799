package org.kinopanorama.browser;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kinopanorama.catalog.browse.BrowseScores;
import org.kinopanorama.catalog.CatalogueVersion;
import org.kinopanorama.catalog.Film;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.net.URL;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What looked wrong on a 390 px phone in the screenshots of the real catalogue (issue 15), pinned in a real browser:
 * a drawn poster cut its director to "VLADIMIR VALENT…", a dataset import's line sat in one poster-sized cell of the
 * grid, and a sort link ("по году") broke across two lines.
 */
@QuarkusTest
class PhoneLayoutTest {

    private static final AtomicLong IDS = new AtomicLong(960_000_000_000L + (System.nanoTime() % 1_000_000) * 100);
    private static final By RUSSIAN = By.cssSelector("form.language-switch button[lang='ru']");

    @TestHTTPResource("/")
    URL base;

    @Inject
    AgroalDataSource db;

    @Inject
    BrowseScores scores;

    private long film;
    private long director;
    private long importRun;

    @BeforeEach
    void aFilmWithALongDirectorsNameAndAnImport() throws SQLException {
        film = QuarkusTransaction.requiringNew().call(() -> {
            Film f = new Film();
            f.title = "Phone Layout Fixture";
            f.year = 1979;
            f.persist();
            return f.id;
        });
        director = IDS.incrementAndGet();
        importRun = IDS.incrementAndGet();
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO person (id, source, source_key, name) VALUES (" + director + ", 'test', 'p" + director
                    + "', 'Vladimir Valentinovich Fixturov')");
            s.execute("INSERT INTO film_person (film_id, person_id, role, position, source) VALUES (" + film + ", " + director
                    + ", 'director', 1, 'test')");
            s.execute("INSERT INTO dataset_import (id, dataset, location, status, actor, films_created, finished_at) VALUES ("
                    + importRun + ", 'soviet-cinema', 'fixture', 'done', 'test', 6626, now())");
            CatalogueVersion.bump(c);
        }
        scores.refresh();
    }

    @AfterEach
    void removeThem() throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute("DELETE FROM dataset_import WHERE id = " + importRun);
            s.execute("DELETE FROM person WHERE id = " + director);
        }
        QuarkusTransaction.requiringNew().run(() -> Film.deleteById(film));
        scores.refresh();
    }

    @Test
    void aPostersDirectorIsWholeAnImportIsOneLineAndNoSortLinkBreaks() {
        try (Browser browser = Browser.phone(base)) {
            browser.open("/films?director=" + director);
            WebElement name = browser.find(By.cssSelector(".film-card .poster__director"));
            assertThat(name.getText()).isEqualToIgnoringCase("Vladimir Valentinovich Fixturov");
            assertThat(browser.js().executeScript("const e = arguments[0]; return e.scrollHeight <= e.clientHeight + 1"
                    + " && getComputedStyle(e).textOverflow !== 'ellipsis'", name)).as("the whole name shows").isEqualTo(true);
            assertNoLinkBreaks(browser, ".sort a");
            browser.assertNoHorizontalScroll();

            browser.open("/");
            WebElement line = browser.find(By.cssSelector(".film-list__import"));
            assertThat(line.getText()).isEqualTo("6,626 films from Soviet Bloc Cinema Data");
            assertThat(line.getSize().getWidth()).as("the import's line takes the grid's whole width")
                    .isEqualTo(line.findElement(By.xpath("..")).getSize().getWidth());
            assertThat(line.getSize().getHeight()).as("a line, not a poster-sized card").isLessThan(100);
            browser.assertNoHorizontalScroll();

            browser.clickAndWaitForPage(browser.find(RUSSIAN));
            browser.open("/films?director=" + director);
            assertThat(browser.find(By.cssSelector(".sort")).getText()).contains("по популярности", "по оценке", "по году", "по названию");
            assertNoLinkBreaks(browser, ".sort a");
        }
    }

    private static void assertNoLinkBreaks(Browser browser, String links) {
        @SuppressWarnings("unchecked")
        List<Object> broken = (List<Object>) browser.js().executeScript("return [...document.querySelectorAll(arguments[0])]"
                + ".filter(a => a.getClientRects().length > 1).map(a => a.textContent)", links);
        assertThat(broken).as("links broken across lines").isEmpty();
    }
}
