package org.kinopanorama.browser;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.net.URL;

import static org.assertj.core.api.Assertions.assertThat;

/** A person switches the site to Russian, browses, comes back later and switches back, in a real (headless) Chromium. */
@QuarkusTest
class LanguageSwitchJourneyTest {

    private static final By NAV_LINKS = By.cssSelector("nav.site-nav a");
    private static final By RUSSIAN = By.cssSelector("form.language-switch button[lang='ru']");
    private static final By ENGLISH = By.cssSelector("form.language-switch button[lang='en']");

    @TestHTTPResource("/")
    URL base;

    @Test
    void aPersonSwitchesToRussianBrowsesAndSwitchesBack() {
        try (Browser browser = Browser.desktop(base)) {
            browser.open("/");
            assertThat(language(browser)).isEqualTo("en");
            assertThat(browser.find(NAV_LINKS).getText()).isEqualTo("Home");
            WebElement russian = browser.find(RUSSIAN);
            assertThat(russian.getText()).isEqualTo("Русский");
            assertThat(russian.getDomAttribute("aria-pressed")).isEqualTo("false");
            assertThat(browser.find(ENGLISH).getDomAttribute("aria-pressed")).isEqualTo("true");

            browser.clickAndWaitForPage(russian);
            assertThat(browser.currentPath()).isEqualTo("/");
            assertThat(language(browser)).isEqualTo("ru");
            assertThat(browser.driver().findElements(NAV_LINKS)).extracting(WebElement::getText)
                    .contains("Главная", "Фильмы", "Темы", "О проекте")
                    .doesNotContain("Home", "Films");
            assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Откройте для себя советское кино");
            assertThat(browser.find(RUSSIAN).getDomAttribute("aria-pressed")).isEqualTo("true");

            browser.clickAndWaitForPage(browser.find(By.cssSelector("nav.site-nav")).findElement(By.linkText("Фильмы")));
            assertThat(browser.currentPath()).isEqualTo("/films");
            assertRussianFilmList(browser);

            // later, the same browser: the choice is remembered
            WebElement page = browser.find(By.tagName("html"));
            browser.driver().navigate().refresh();
            browser.await().until(d -> {
                try {
                    page.getTagName();
                    return false;
                } catch (org.openqa.selenium.StaleElementReferenceException gone) {
                    return true;
                }
            });
            assertRussianFilmList(browser);
            browser.open("/themes");
            assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Темы");
            assertThat(browser.find(By.linkText("Предательство")).getDomAttribute("href")).isEqualTo("/themes/betrayal");
            browser.screenshot("kp-themes-in-russian");

            browser.clickAndWaitForPage(browser.find(ENGLISH));
            assertThat(browser.currentPath()).isEqualTo("/themes");
            assertThat(language(browser)).isEqualTo("en");
            assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Themes");
            assertThat(browser.find(NAV_LINKS).getText()).isEqualTo("Home");
        }
    }

    @Test
    void onAPhoneTheSwitcherFitsAndWorksByKeyboard() {
        try (Browser browser = Browser.sized(base, 360, 780)) {
            browser.open("/films");
            browser.assertNoHorizontalScroll();
            WebElement russian = browser.find(RUSSIAN);
            browser.js().executeScript("arguments[0].focus()", russian);
            assertThat(browser.focused().getText()).isEqualTo("Русский");
            browser.pressAndWaitForPage(org.openqa.selenium.Keys.ENTER);
            assertThat(browser.currentPath()).isEqualTo("/films");
            assertThat(language(browser)).isEqualTo("ru");
            browser.assertNoHorizontalScroll();
            browser.screenshot("kp-films-in-russian-phone");
        }
    }

    private static void assertRussianFilmList(Browser browser) {
        assertThat(language(browser)).isEqualTo("ru");
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Фильмы");
        // which facets appear depends on the catalogue's data (director, studio... once datasets name them): every
        // heading is in Russian, and the three every catalogue has come in their order
        assertThat(browser.driver().findElements(By.cssSelector(".facets h2"))).extracting(WebElement::getText)
                .containsSubsequence("Темы", "Десятилетие", "Кураторская подборка")
                .allMatch(heading -> heading.matches("[А-ЯЁа-яё ]+"), "a heading in Russian");
        assertThat(browser.find(By.cssSelector("nav.sort")).getText()).startsWith("Сортировать:");
        assertThat(browser.find(By.cssSelector(".browse__head [role=status]")).getText()).matches("\\d+ фильм(а|ов)?( · показаны \\d+–\\d+)?");
    }

    private static String language(Browser browser) {
        return browser.find(By.tagName("html")).getDomAttribute("lang");
    }
}
