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
import org.openqa.selenium.WebElement;

import java.net.URL;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** "For you" in a real (headless) Chromium, on a phone's width: sign up, pick themes, save three films, see, hide. */
@QuarkusTest
class ForYouJourneyTest {

    private static final By SUGGESTIONS = By.cssSelector(".for-you__list .suggestion");

    @TestHTTPResource("/")
    URL base;

    @Inject
    AgroalDataSource db;

    @Test
    void signUpPickThemesSaveThreeFilmsSeeSuggestionsWithReasonsHideOne() {
        List<FilmRef> f = CuratedFilms.ingest(db, 7).films();
        FilmRef s1 = f.get(0), s2 = f.get(1), s3 = f.get(2), r1 = f.get(3), r2 = f.get(4), r3 = f.get(5), themed = f.get(6);
        // what the similarity module would have stored
        CuratedFilms.neighbours(db, s1.id(), 0.9, r1.id(), r2.id());
        CuratedFilms.neighbours(db, s2.id(), 0.8, r1.id(), r3.id());
        CuratedFilms.neighbours(db, s3.id(), 0.7, r3.id());
        String slug = "journeys-" + Long.toString(System.nanoTime(), 36);
        CuratedFilms.sql(db, "INSERT INTO theme (id, slug, label_en, label_ru) VALUES (nextval('theme_seq'), ?, 'Night trains', 'Ночные поезда')", slug);
        String username = Visitor.uniqueName("lover");
        try (Browser browser = Browser.phone(base)) {
            CuratedFilms.sql(db, "INSERT INTO film_theme (film_id, theme_id, weight) SELECT ?, id, 0.95 FROM theme WHERE slug = ?", themed.id(), slug);

            // sign up
            browser.open("/signup");
            browser.type(By.id("username"), username).type(By.id("email"), username + "@example.org")
                    .type(By.id("password"), Visitor.password(username));
            browser.clickAndWaitForPage(browser.find(By.xpath("//main//button[normalize-space()='Create account']")));

            // pick themes: the next step after signing up
            assertThat(browser.currentPath()).startsWith("/for-you/themes");
            assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Which themes do you like?");
            browser.assertNoHorizontalScroll();
            WebElement box = browser.find(By.id("theme-" + slug));
            browser.find(By.cssSelector("label[for='theme-" + slug + "']")).click();
            assertThat(box.isSelected()).isTrue();
            browser.clickAndWaitForPage(browser.find(By.xpath("//main//button[normalize-space()='Save themes']")));
            assertThat(browser.currentPath()).isEqualTo("/for-you");
            assertThat(suggestion(browser, themed).getText()).contains("Because you like Night trains");

            // save three films
            for (FilmRef film : List.of(s1, s2, s3)) {
                browser.open("/films/" + film.id());
                WebElement add = browser.await().until(d -> d.findElement(By.xpath("//main//button[normalize-space()='Add to Watchlist']")));
                add.click();
                browser.await().until(d -> !d.findElements(By.xpath("//main//button[normalize-space()='✓ On Watchlist']")).isEmpty());
            }

            // see suggestions with their reasons
            browser.open("/for-you");
            browser.assertNoHorizontalScroll();
            assertThat(browser.driver().findElements(SUGGESTIONS)).extracting(WebElement::getText)
                    .noneMatch(text -> text.contains(s1.title()) && text.startsWith(s1.title()));
            // r1 is close to s1 and s2: s2, saved later, is named first (what one saved lately counts for more)
            assertThat(suggestion(browser, r1).getText()).contains("Because you saved " + s2.title() + " and " + s1.title());
            assertThat(suggestion(browser, r2).getText()).contains("Because you saved " + s1.title());
            assertThat(suggestion(browser, r3).getText()).contains("Because you saved " + s3.title() + " and " + s2.title());
            assertThat(browser.driver().findElements(By.cssSelector("#film-" + s1.id()))).isEmpty();
            browser.screenshot("kp-for-you-phone");

            // hide one: gone, and listed among the hidden with a way back
            WebElement hide = suggestion(browser, r2).findElement(By.xpath(".//button[starts-with(normalize-space(), 'Hide')]"));
            browser.clickAndWaitForPage(hide);
            assertThat(browser.currentPath()).isEqualTo("/for-you");
            assertThat(browser.driver().findElements(By.id("film-" + r2.id()))).isEmpty();
            assertThat(browser.driver().findElements(SUGGESTIONS)).isNotEmpty();
            assertThat(browser.find(By.cssSelector(".for-you__hidden")).getText()).contains(r2.title()).contains("Show again");
            browser.assertNoHorizontalScroll();

            // the home page has its "For you" row, without the hidden film
            browser.open("/");
            assertThat(browser.find(By.id("for-you-title")).getText()).isEqualTo("For you");
            assertThat(browser.driver().findElements(By.cssSelector(".for-you-row a[href='/films/" + r2.id() + "']"))).isEmpty();
            browser.assertNoHorizontalScroll();
        } finally {
            CuratedFilms.sql(db, "DELETE FROM theme WHERE slug = ?", slug);
        }
    }

    private static WebElement suggestion(Browser browser, FilmRef film) {
        return browser.waitVisible(By.id("film-" + film.id()));
    }
}
