package org.kinopanorama.browser;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.net.URL;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** From a film to the films like it, leaning toward one of its themes, keyboard only, on a phone. */
@QuarkusTest
class RelatedFilmsJourneyTest {

    private static final By RELATED = By.cssSelector("#related .related__link");

    @TestHTTPResource("/")
    URL base;

    @Test
    void aPersonLeansTheRelatedFilmsTowardAThemeAndFollowsOneWithTheKeyboard() {
        try (Browser browser = Browser.phone(base)) {
            browser.open("/search?q=the+ascent");
            browser.clickAndWaitForPage(browser.find(By.linkText("The Ascent")));
            WebElement section = browser.find(By.id("related"));
            assertThat(section.findElement(By.tagName("h2")).getText()).isEqualTo("If you liked this");
            List<String> usual = titles(browser);
            assertThat(usual).isNotEmpty().contains("The Star");
            assertThat(section.findElements(By.className("related__why")).get(0).getText()).contains("Both:");
            browser.assertNoHorizontalScroll();

            WebElement lean = section.findElement(By.partialLinkText("more "));
            String theme = lean.getText().substring("more ".length());
            lean.sendKeys(Keys.ENTER);
            browser.await().until(d -> browser.currentPath().contains("more="));
            browser.await().until(d -> !d.findElements(By.className("refine__state")).isEmpty());
            assertThat(browser.find(By.className("refine__state")).getText()).contains("Leaning toward " + theme);
            assertThat(browser.find(By.cssSelector(".refine a[aria-current=true]")).getText()).isEqualTo("more " + theme);
            browser.assertNoHorizontalScroll();

            WebElement first = browser.find(RELATED);
            String title = first.getText();
            first.sendKeys(Keys.ENTER);
            browser.await().until(d -> d.findElement(By.tagName("h1")).getText().startsWith(title));
            assertThat(browser.currentPath()).matches("/films/\\d+");
        }
    }

    private static List<String> titles(Browser browser) {
        return browser.driver().findElements(RELATED).stream().map(WebElement::getText).toList();
    }
}
