package org.kinopanorama.browser;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import java.net.URL;

import static org.assertj.core.api.Assertions.assertThat;

/** Finding a film by typing the start of its title, keyboard only, in a real (headless) Chromium. */
@QuarkusTest
class SearchSuggestJourneyTest {

    private static final By QUERY = By.id("q");
    private static final By LISTBOX = By.id("q-suggestions");

    @TestHTTPResource("/")
    URL base;

    @Test
    void aPersonTypesTheStartOfATitleChoosesTheFilmWithTheArrowKeysAndOpensIt() {
        try (Browser browser = Browser.desktop(base)) {
            browser.open("/search");
            WebElement input = browser.find(QUERY);
            assertThat(input.getDomAttribute("role")).isEqualTo("combobox");
            assertThat(input.getDomAttribute("aria-expanded")).isEqualTo("false");

            input.click();
            input.sendKeys("the as");
            WebElement list = browser.waitVisible(LISTBOX);
            assertThat(input.getDomAttribute("aria-expanded")).isEqualTo("true");
            assertThat(list.getDomAttribute("role")).isEqualTo("listbox");
            assertThat(list.findElements(By.cssSelector("[role=option]"))).extracting(WebElement::getText)
                    .first().isEqualTo("The Ascent (1977)");

            new Actions(browser.driver()).sendKeys(Keys.ARROW_DOWN).perform();
            WebElement first = list.findElement(By.cssSelector("[role=option]"));
            assertThat(first.getDomAttribute("aria-selected")).isEqualTo("true");
            assertThat(input.getDomAttribute("aria-activedescendant")).isEqualTo(first.getDomAttribute("id"));

            new Actions(browser.driver()).sendKeys(Keys.ESCAPE).perform();
            assertThat(list.isDisplayed()).isFalse();
            assertThat(input.getDomAttribute("aria-expanded")).isEqualTo("false");
            assertThat(input.getDomProperty("value")).isEqualTo("the as");

            new Actions(browser.driver()).sendKeys(Keys.ARROW_DOWN, Keys.ARROW_DOWN).perform();
            browser.pressAndWaitForPage(Keys.ENTER);
            assertThat(browser.currentPath()).matches("/films/\\d+");
            assertThat(browser.find(By.tagName("h1")).getText()).startsWith("The Ascent");
        }
    }

    @Test
    void theSearchFormInTheHeaderSearchesFromAnyPage() {
        try (Browser browser = Browser.desktop(base)) {
            browser.open("/");
            browser.type(By.id("site-search-q"), "partisans");
            browser.pressAndWaitForPage(Keys.ENTER);
            assertThat(browser.currentPath()).isEqualTo("/search?q=partisans");
            assertThat(browser.find(By.cssSelector(".search-summary")).getText()).matches("\\d+ films? match(es)? “partisans”");
            assertThat(browser.driver().findElements(By.cssSelector(".search-hit__title a"))).extracting(WebElement::getText)
                    .contains("The Ascent");
        }
    }
}
