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
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import java.net.URI;
import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

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

            // drag and drop: the second film's handle above the first; the order is saved without a new page
            browser.js().executeScript("window.samePage = true");
            drag(browser, second, first);
            browser.await().until(d -> "Order saved.".equals(d.findElement(By.cssSelector("[data-order-status]")).getDomProperty("textContent")));
            assertThat(browser.js().executeScript("return window.samePage === true")).isEqualTo(true);
            assertThat(titles(browser)).containsExactly(second.title(), first.title());
            assertThat(entry(browser, first).findElement(By.cssSelector(".watchlist-entry__position")).getText()).isEqualTo("2.");
            browser.open(browser.currentPath());
            assertThat(titles(browser)).containsExactly(second.title(), first.title());

            // the keyboard alternative: the row's menu opens from its button, and its Move up is a plain form
            WebElement menuButton = entry(browser, first).findElement(By.cssSelector("summary.row-menu__button"));
            assertThat(menuButton.getAccessibleName()).isEqualTo("Actions: " + first.title());
            menuButton.sendKeys(Keys.ENTER);
            assertThat(entry(browser, first).findElement(By.cssSelector("details.row-menu")).getDomProperty("open")).isEqualTo("true");
            new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
            // (Chromium puts a space before the visually hidden part of the name)
            assertThat(browser.focused().getAccessibleName()).matches("Move up ?: " + Pattern.quote(first.title()));
            browser.pressAndWaitForPage(Keys.ENTER);
            assertThat(titles(browser)).containsExactly(first.title(), second.title());

            // Escape closes an open menu and gives the focus back to its button
            WebElement menu = entry(browser, first).findElement(By.cssSelector("details.row-menu"));
            menu.findElement(By.tagName("summary")).click();
            assertThat(menu.getDomProperty("open")).isEqualTo("true");
            new Actions(browser.driver()).sendKeys(Keys.ESCAPE).perform();
            assertThat(menu.getDomProperty("open")).isNotEqualTo("true");
            assertThat(browser.focused()).isEqualTo(menu.findElement(By.tagName("summary")));

            openMenu(browser, first);
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
            friend.screenshot("watchlist-shared-390");
        }
    }

    /**
     * At 390x844, a list's page shows at least eight films a screen: rows measured in Chromium, with notes and watched
     * marks on some, and one title long enough to wrap. Screenshots of the list at both widths go to the temp folder.
     */
    @Test
    void aPhoneScreenHoldsAtLeastEightFilms() {
        List<FilmRef> films = CuratedFilms.ingest(db, 14).films();
        CuratedFilms.sql(db, "UPDATE film SET title = ? WHERE id = ?",
                "The Extraordinary Adventures of a Very Long Title in the Land of the Bolsheviks " + films.get(2).title(), films.get(2).id());
        String username = Visitor.uniqueName("phone");
        Visitor.signedUp(username);
        for (int i = 0; i < films.size(); i++) {
            CuratedFilms.sql(db, """
                    INSERT INTO watchlist_entry (id, watchlist_id, film_id, position, note)
                    SELECT nextval('watchlist_entry_seq'), w.id, ?, ?, ? FROM watchlist w JOIN account a ON a.id = w.owner_id
                    WHERE a.username = ? AND w.is_default""",
                    films.get(i).id(), i + 1, i % 3 == 0 ? "Recommended by Lena; see it with Dad on a long winter evening" : null,
                    username);
            if (i % 4 == 1) { // watched is about the person and the film (film_watched), shown on every list
                CuratedFilms.sql(db, "INSERT INTO film_watched (account_id, film_id, watched_on) SELECT a.id, ?, ? FROM account a WHERE a.username = ?",
                        films.get(i).id(), java.sql.Date.valueOf(LocalDate.of(2026, 1, 2)), username);
            }
        }

        try (Browser browser = Browser.phone(base)) {
            browser.open("/signin");
            browser.type(By.id("username"), username).type(By.id("password"), Visitor.password(username));
            browser.clickAndWaitForPage(browser.find(By.cssSelector("main form button[type=submit]")));
            browser.open("/watchlists");
            browser.clickAndWaitForPage(browser.find(By.linkText("Watchlist")));
            assertThat(titles(browser)).hasSize(14);
            browser.assertNoHorizontalScroll();
            @SuppressWarnings("unchecked")
            List<Number> pitches = (List<Number>) browser.js().executeScript("""
                    var rows = Array.from(document.querySelectorAll('.watchlist-entry'));
                    return rows.slice(0, -1).map(function (r, i) {
                      return rows[i + 1].getBoundingClientRect().top - r.getBoundingClientRect().top; });""");
            double tallest = pitches.stream().mapToDouble(Number::doubleValue).max().orElseThrow();
            double mean = pitches.stream().mapToDouble(Number::doubleValue).average().orElseThrow();
            // from the first row scrolled to the top of the screen: how many whole rows are seen
            Number seen = (Number) browser.js().executeScript("""
                    var rows = Array.from(document.querySelectorAll('.watchlist-entry'));
                    window.scrollTo(0, rows[0].getBoundingClientRect().top + window.scrollY);
                    return rows.filter(function (r) { var b = r.getBoundingClientRect();
                      return b.top >= 0 && b.bottom <= window.innerHeight; }).length;""");
            Number firstScreen = (Number) browser.js().executeScript("""
                    window.scrollTo(0, 0);
                    return Array.from(document.querySelectorAll('.watchlist-entry')).filter(function (r) {
                      return r.getBoundingClientRect().bottom <= window.innerHeight; }).length;""");
            System.out.printf("List page at 390x844: row pitch mean %.1f px, tallest %.1f px; %d whole rows a screen, %d on the first screen%n",
                    mean, tallest, seen.intValue(), firstScreen.intValue());
            assertThat(tallest).as("the tallest row, with its margin").isLessThanOrEqualTo(Browser.PHONE_HEIGHT / 8.0);
            assertThat(seen.intValue()).isGreaterThanOrEqualTo(8);
            browser.screenshot("watchlist-list-390");
            openMenu(browser, films.get(2));
            browser.assertNoHorizontalScroll();
            browser.screenshot("watchlist-list-390-menu");
            browser.driver().manage().window().setSize(new Dimension(Browser.DESKTOP_WIDTH, Browser.DESKTOP_HEIGHT));
            browser.open(browser.currentPath());
            browser.assertNoHorizontalScroll();
            browser.screenshot("watchlist-list-1280");
            openMenu(browser, films.get(1));
            browser.screenshot("watchlist-list-1280-menu");
        }
    }

    private static void openMenu(Browser browser, FilmRef film) {
        WebElement menu = entry(browser, film).findElement(By.cssSelector("details.row-menu"));
        if (!"true".equals(menu.getDomProperty("open"))) {
            menu.findElement(By.tagName("summary")).click();
        }
        browser.await().until(d -> "true".equals(menu.getDomProperty("open")));
    }

    /** Drags a film's row by its handle onto another's place, with the mouse, in small steps as a hand would. */
    private static void drag(Browser browser, FilmRef moved, FilmRef onto) {
        WebElement handle = entry(browser, moved).findElement(By.cssSelector(".watchlist-entry__handle"));
        browser.await().until(d -> handle.isDisplayed());
        int dy = entry(browser, onto).getRect().getY() - entry(browser, moved).getRect().getY();
        Actions actions = new Actions(browser.driver()).clickAndHold(handle);
        int steps = 6;
        for (int i = 0; i < steps; i++) {
            actions.moveByOffset(0, dy / steps + (dy < 0 ? -2 : 2));
        }
        actions.release().perform();
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
