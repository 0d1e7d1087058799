package org.kinopanorama.browser;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a visitor does to discover films, in a real browser at desktop and 360 px phone widths: search,
 * open a film, follow a theme, combine two filters. Screenshots of the film page are kept under
 * target/screenshots/ for review.
 */
@QuarkusTest
class DiscoveryJourneyTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void atDesktopWidth() throws IOException {
        try (Browser browser = Browser.desktop(base)) {
            journey(browser, "desktop");
        }
    }

    @Test
    void atPhoneWidth() throws IOException {
        try (Browser browser = Browser.sized(base, 360, 780)) {
            journey(browser, "phone-360");
        }
    }

    private void journey(Browser browser, String width) throws IOException {
        // search from the home page, with a typo
        browser.open("/");
        browser.assertNoHorizontalScroll();
        browser.type(By.id("home-q"), "Cranes are fyling");
        browser.pressAndWaitForPage(org.openqa.selenium.Keys.ENTER);
        assertThat(browser.currentPath()).startsWith("/search");
        WebElement first = browser.waitVisible(By.cssSelector(".search-hit a"));
        assertThat(first.getText()).contains("The Cranes Are Flying");
        browser.assertNoHorizontalScroll();

        // open the film: its lists with their descriptions, its themes
        browser.clickAndWaitForPage(first);
        assertThat(browser.find(By.tagName("h1")).getText()).startsWith("The Cranes Are Flying");
        assertThat(browser.find(By.id("lists-title")).getText()).isEqualTo("On curated lists");
        assertThat(browser.driver().findElements(By.cssSelector(".appearance h3 a"))).extracting(WebElement::getText)
                .contains("True love in Soviet cinema", "Unrequited love in Soviet cinema");
        browser.assertNoHorizontalScroll();
        keep(browser.screenshot("kp-film-" + width), "film-page-" + width + ".png");

        // follow a theme of the film
        browser.open("/films?all=betrayal");
        browser.clickAndWaitForPage(browser.find(By.cssSelector(".film-card__themes a[href='/themes/betrayal']")));
        assertThat(browser.find(By.tagName("h1")).getText()).startsWith("Betrayal");
        assertThat(browser.find(By.cssSelector(".theme-films")).getText()).contains("The Ascent");
        browser.assertNoHorizontalScroll();

        // combine two filters: the theme, then a decade, by their links
        browser.clickAndWaitForPage(browser.find(By.linkText("filter with other themes")));
        assertThat(browser.find(By.cssSelector(".browse__head [role=status]")).getText()).matches("\\d+ films.*");
        // on a phone the filters are behind one "Filters" control, before the films
        WebElement filters = browser.find(By.cssSelector(".filters__toggle"));
        if (filters.isDisplayed()) {
            filters.click();
        }
        browser.clickAndWaitForPage(browser.find(By.linkText("1970s")));
        assertThat(browser.currentPath()).isEqualTo("/films?all=betrayal&decade=1970");
        assertThat(browser.driver().findElements(By.cssSelector(".film-card__title")))
                .extracting(WebElement::getText)
                .contains("The Ascent", "The Flight", "The Meeting Place Cannot Be Changed")
                .doesNotContain("The Irony of Fate");
        browser.assertNoHorizontalScroll();

        // remove one filter with its chip
        browser.clickAndWaitForPage(browser.find(By.cssSelector("a[aria-label='Remove filter decade 1970']")));
        assertThat(browser.currentPath()).isEqualTo("/films?all=betrayal");
    }

    private static void keep(Path screenshot, String name) throws IOException {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Files.copy(screenshot, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
}
