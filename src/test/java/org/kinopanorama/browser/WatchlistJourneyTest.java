package org.kinopanorama.browser;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.kinopanorama.account.Visitor;
import org.kinopanorama.watchlist.CuratedFilms;
import org.kinopanorama.watchlist.CuratedFilms.FilmRef;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

import java.net.URI;
import java.net.URL;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A person keeps a watchlist in a real (headless) Chromium, and a friend reads it through its link. */
@QuarkusTest
class WatchlistJourneyTest {

    @TestHTTPResource("/")
    URL base;

    @Inject
    AgroalDataSource db;

    @Test
    void saveReorderMarkWatchedShareAndSeeSuggestions() {
        List<FilmRef> films = CuratedFilms.ingest(db, 3).films();
        FilmRef first = films.get(0), second = films.get(1), related = films.get(2);
        // what the similarity module would have stored: the third film is close to the first
        CuratedFilms.neighbours(db, first.id(), 0.8, related.id());
        String username = Visitor.uniqueName("keeper");
        Visitor.signedUp(username);

        String sharedLink;
        try (Browser browser = Browser.desktop(base)) {
            browser.open("/signin");
            browser.type(By.id("username"), username).type(By.id("password"), Visitor.password(username));
            browser.clickAndWaitForPage(browser.find(By.cssSelector("main form button[type=submit]")));
            assertThat(browser.waitVisible(By.cssSelector("nav.site-nav .site-nav__user")).getText()).contains(username);

            for (FilmRef film : List.of(first, second)) {
                browser.open("/films/" + film.id());
                browser.js().executeScript("window.samePage = true");
                button(browser, "Add to Watchlist").click();
                // our script saves it without reloading the page
                browser.await().until(d -> !d.findElements(By.xpath("//main//button[normalize-space()='✓ On Watchlist']")).isEmpty());
                assertThat(browser.js().executeScript("return window.samePage === true")).isEqualTo(true);
                // and it is saved: the page drawn again says so
                browser.open("/films/" + film.id());
                assertThat(button(browser, "✓ On Watchlist").getDomAttribute("aria-pressed")).isEqualTo("true");
            }

            browser.clickAndWaitForPage(browser.find(By.linkText("My lists")));
            browser.clickAndWaitForPage(browser.find(By.linkText("Watchlist")));
            assertThat(titles(browser)).containsExactly(first.title(), second.title());

            browser.clickAndWaitForPage(entry(browser, first).findElement(By.xpath(".//button[starts-with(normalize-space(), 'Move down')]")));
            assertThat(titles(browser)).containsExactly(second.title(), first.title());

            browser.clickAndWaitForPage(entry(browser, second).findElement(By.xpath(".//button[starts-with(normalize-space(), 'Mark watched')]")));
            assertThat(entry(browser, second).getText()).contains("Watched on " + LocalDate.now());
            assertThat(browser.find(By.cssSelector(".watchlist__counts")).getText()).isEqualTo("2 films, 1 watched");

            WebElement suggestion = browser.find(By.cssSelector(".watchlist-suggestions .suggestion"));
            assertThat(suggestion.getText()).contains(related.title()).contains("Because you saved " + first.title());

            browser.find(By.cssSelector("input[name=visibility][value=unlisted]")).click();
            browser.clickAndWaitForPage(button(browser, "Save", By.cssSelector("form[action$='/visibility']")));
            sharedLink = browser.waitVisible(By.cssSelector("a.share-link")).getDomAttribute("href");
            browser.assertNoHorizontalScroll();
            // on a phone too, the owner's page does not scroll sideways
            browser.driver().manage().window().setSize(new Dimension(Browser.PHONE_WIDTH, Browser.PHONE_HEIGHT));
            browser.open(browser.currentPath());
            browser.assertNoHorizontalScroll();
        }
        assertThat(sharedLink).contains("/shared/");

        try (Browser friend = Browser.phone(base)) {
            friend.open(URI.create(sharedLink).getRawPath());
            assertThat(friend.waitVisible(By.tagName("h1")).getText()).isEqualTo("Watchlist");
            assertThat(titles(friend)).containsExactly(second.title(), first.title());
            assertThat(friend.driver().findElements(By.cssSelector("nav.site-nav .site-nav__user"))).isEmpty();
            assertThat(friend.driver().findElements(By.cssSelector("main form"))).isEmpty();
            friend.assertNoHorizontalScroll();
        }
    }

    private static List<String> titles(Browser browser) {
        return browser.driver().findElements(By.cssSelector(".watchlist-entry__title a")).stream().map(WebElement::getText).toList();
    }

    private static WebElement entry(Browser browser, FilmRef film) {
        return browser.find(By.id("film-" + film.id()));
    }

    private static WebElement button(Browser browser, String text) {
        return browser.find(By.xpath("//main//button[normalize-space()='" + text + "']"));
    }

    private static WebElement button(Browser browser, String text, By within) {
        return browser.find(within).findElement(By.xpath(".//button[normalize-space()='" + text + "']"));
    }
}
