package org.kinopanorama.browser;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.net.URL;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A person's account journey in a real (headless) Chromium. */
@QuarkusTest
class AccountJourneyTest {

    private static final By NAV = By.cssSelector("nav.site-nav");
    private static final By SIGNED_IN_USER = By.cssSelector("nav.site-nav .site-nav__user");
    private static final String PASSWORD = "Plenty-of-words-in-this-1";

    @TestHTTPResource("/")
    URL base;

    private static String uniqueUsername() {
        // "viewer" + 10 hex digits: 16 characters, well within the 30 allowed.
        return "viewer" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    @Test
    void aPersonSignsUpSignsOutAndSignsInAgain() {
        String username = uniqueUsername();
        String email = username + "@example.org";
        try (Browser browser = Browser.desktop(base)) {
            browser.open("/");
            WebElement signUp = browser.find(NAV).findElement(By.linkText("Sign up"));
            browser.clickAndWaitForPage(signUp);
            assertThat(browser.currentPath()).startsWith("/signup");

            browser.type(By.id("username"), username)
                    .type(By.id("email"), email)
                    .type(By.id("password"), PASSWORD);
            browser.clickAndWaitForPage(button(browser, "Create account"));

            assertThat(browser.waitVisible(SIGNED_IN_USER).getText())
                    .as("header after sign-up on %s", browser.currentPath())
                    .contains(username);
            assertThat(browser.driver().findElements(By.cssSelector("nav.site-nav a")))
                    .extracting(WebElement::getText)
                    .doesNotContain("Sign in", "Sign up");

            browser.clickAndWaitForPage(browser.find(NAV).findElement(By.xpath(".//button[normalize-space()='Sign out']")));
            WebElement signIn = browser.waitVisible(By.cssSelector("nav.site-nav")).findElement(By.linkText("Sign in"));
            // Sign-out lands on "/", where the link has no ?return= (returning to "/" is the default).
            assertThat(browser.currentPath()).isEqualTo("/");
            assertThat(signIn.getDomAttribute("href")).matches("/signin(\\?return=.+)?");
            assertThat(browser.driver().findElements(SIGNED_IN_USER)).isEmpty();

            // A wrong password first: the page says so and does not sign in.
            browser.clickAndWaitForPage(signIn);
            assertThat(browser.currentPath()).startsWith("/signin");
            browser.type(By.id("username"), username).type(By.id("password"), PASSWORD + "-wrong");
            browser.clickAndWaitForPage(signInButton(browser));
            assertThat(browser.waitVisible(By.cssSelector(".form-alert[role=alert]")).getText())
                    .isEqualTo("The username or password is not right.");
            assertThat(browser.driver().findElements(SIGNED_IN_USER)).isEmpty();

            browser.type(By.id("username"), username).type(By.id("password"), PASSWORD);
            browser.clickAndWaitForPage(signInButton(browser));
            assertThat(browser.waitVisible(SIGNED_IN_USER).getText())
                    .as("header after sign-in on %s", browser.currentPath())
                    .contains(username);

            browser.open("/account");
            assertThat(browser.waitVisible(By.tagName("h1")).getText()).isEqualTo("Your account");
            assertThat(browser.driver().findElements(By.cssSelector("dl dd")))
                    .extracting(WebElement::getText)
                    .contains(username, email);
        }
    }

    @Test
    void onAPhoneASignUpErrorShowsNextToItsFieldWithoutSidewaysScrolling() {
        String username = uniqueUsername();
        try (Browser browser = Browser.phone(base)) {
            assertThat(browser.js().executeScript("return window.innerWidth")).isEqualTo(390L);

            browser.open("/signup");
            browser.assertNoHorizontalScroll();
            browser.type(By.id("username"), username)
                    .type(By.id("email"), username + "@example.org")
                    .type(By.id("password"), "short");
            browser.clickAndWaitForPage(button(browser, "Create account"));

            WebElement error = browser.waitVisible(By.id("password-error"));
            assertThat(error.getText()).isNotBlank();
            WebElement password = browser.find(By.id("password"));
            assertThat(password.getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(password.getAttribute("aria-describedby")).contains("password-error");
            assertThat(password.getAttribute("value")).isEmpty();
            assertThat(browser.find(By.id("username")).getAttribute("value")).isEqualTo(username);
            // "next to the field": the error sits in the same field block, just below the input.
            assertThat(error.findElement(By.xpath("..")).findElement(By.id("password")).getAttribute("id")).isEqualTo("password");
            assertThat(error.getRect().getY()).isGreaterThanOrEqualTo(password.getRect().getY());
            assertThat(error.getRect().getY() - (password.getRect().getY() + password.getRect().getHeight()))
                    .as("gap between the password input and its error, px").isLessThan(60);
            browser.screenshot("kp-signup-error-phone");
            browser.assertNoHorizontalScroll();

            browser.open("/");
            browser.assertNoHorizontalScroll();
            browser.screenshot("kp-home-phone");
        }
    }

    @Test
    void theFirstTabOnTheSignInPageReachesTheSkipLink() {
        try (Browser browser = Browser.desktop(base)) {
            browser.open("/signin");
            new Actions(browser.driver()).sendKeys(Keys.TAB).perform();

            WebElement focused = browser.driver().switchTo().activeElement();
            assertThat(focused.getTagName()).isEqualTo("a");
            assertThat(focused.getAttribute("class")).contains("skip-link");
            assertThat(focused.getText()).isEqualTo("Skip to content");
            assertThat(focused.getDomAttribute("href")).isEqualTo("#main");
            // Once focused, it is on screen.
            assertThat(focused.getRect().getX()).isGreaterThanOrEqualTo(0);
            browser.screenshot("kp-signin-skip-link");

            // Following it moves focus to the main content.
            new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();
            browser.await().until(d -> "main".equals(d.switchTo().activeElement().getAttribute("id")));
        }
    }

    private static WebElement signInButton(Browser browser) {
        return browser.find(By.cssSelector("form[action='/signin'] button[type=submit]"));
    }

    private static WebElement button(Browser browser, String text) {
        return browser.await().until(ExpectedConditions.elementToBeClickable(
                By.xpath("//main//button[normalize-space()='" + text + "']")));
    }
}
