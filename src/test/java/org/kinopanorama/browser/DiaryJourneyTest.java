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
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.net.URL;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On a phone in a real (headless) Chromium: a new person signs up, rates a film with the keyboard, logs watching it
 * with a short public review, then finds it in their diary and on their public profile.
 */
@QuarkusTest
class DiaryJourneyTest {

    @TestHTTPResource("/")
    URL base;

    @Inject
    AgroalDataSource db;

    @Test
    void signUpRateAndLogAFilmThenFindItInTheDiaryAndOnTheProfile() {
        FilmRef film = CuratedFilms.ingest(db, 1).films().get(0);
        String username = Visitor.uniqueName("diarist");

        try (Browser browser = Browser.phone(base)) {
            browser.open("/signup");
            browser.type(By.id("username"), username).type(By.id("email"), username + "@example.org")
                    .type(By.id("password"), Visitor.password(username));
            browser.clickAndWaitForPage(browser.find(By.xpath("//main//button[normalize-space()='Create account']")));
            assertThat(browser.waitVisible(By.cssSelector("nav.site-nav .site-nav__user")).getText()).contains(username);

            browser.open("/films/" + film.id());
            browser.assertNoHorizontalScroll();
            // the stars are radio buttons: the keyboard chooses one (arrows move the choice), Enter sends the form
            WebElement third = browser.find(By.cssSelector("input[name=rating][value='3']"));
            third.sendKeys(Keys.SPACE);
            third.sendKeys(Keys.ARROW_RIGHT);
            assertThat(browser.focused().getDomAttribute("value")).isEqualTo("3.5");
            browser.pressAndWaitForPage(Keys.ENTER);
            assertThat(browser.find(By.cssSelector(".your-film__rating")).getText()).isEqualTo("You rated it 3½ of 5.");

            browser.type(By.id("log-review"), "Slow, and worth every minute.");
            browser.find(By.xpath("//form[contains(@class,'log-form')]//label[contains(., 'Show this entry on my profile')]/input")).click();
            browser.clickAndWaitForPage(browser.find(By.xpath("//form[contains(@class,'log-form')]//button[normalize-space()='Log it']")));
            assertThat(browser.find(By.cssSelector(".your-film__watched")).getText()).isEqualTo("Last watched on " + LocalDate.now());

            browser.clickAndWaitForPage(browser.find(By.linkText("My diary")));
            assertThat(browser.currentPath()).isEqualTo("/diary");
            WebElement entry = browser.find(By.cssSelector(".diary-entry"));
            assertThat(entry.getText()).contains(film.title()).contains(LocalDate.now().toString())
                    .contains("your rating 3½ of 5").contains("Slow, and worth every minute.").contains("Public");
            browser.assertNoHorizontalScroll();

            browser.open("/users/" + username);
            assertThat(browser.find(By.cssSelector("main")).getText()).contains(film.title())
                    .contains("Slow, and worth every minute.");
            browser.assertNoHorizontalScroll();
        }
    }
}
