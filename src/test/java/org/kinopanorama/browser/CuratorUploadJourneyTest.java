package org.kinopanorama.browser;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kinopanorama.account.TestCurator;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** A curator brings a list into the catalogue through the desk, in a real (headless) Chromium. */
@QuarkusTest
class CuratorUploadJourneyTest {

    private static final By NAV = By.cssSelector("nav.site-nav");
    private static final By SIGNED_IN_USER = By.cssSelector("nav.site-nav .site-nav__user");
    private static final By ALERT = By.cssSelector("#document-error[role=alert]");
    private static final String CRANES = "The Cranes Are Flying";
    private static final String LIST_TITLE = "War in Soviet cinema";

    @TestHTTPResource("/")
    URL base;

    private final List<Path> tempFiles = new ArrayList<>();

    @AfterEach
    void deleteTempFiles() throws IOException {
        for (Path file : tempFiles) {
            Files.deleteIfExists(file);
            Files.deleteIfExists(file.getParent());
        }
        tempFiles.clear();
    }

    @Test
    void aCuratorPreviewsImportsAndFindsTheNewFilmsInTheCatalogue() throws IOException {
        String marker = marker();
        String ballad = "The Ballad of " + marker;
        String ivan = "Ivan's " + marker;
        String come = "Come and " + marker;
        String fileName = "war-" + marker.toLowerCase() + ".txt";
        Path document = document(fileName, warList(ballad, ivan, come));

        try (Browser browser = Browser.desktop(base)) {
            signIn(browser);
            browser.clickAndWaitForPage(browser.find(NAV).findElement(By.linkText("Curate")));
            assertThat(browser.currentPath()).isEqualTo("/curate");
            assertThat(browser.waitVisible(By.tagName("h1")).getText()).isEqualTo("Curator’s desk");
            assertThat(browser.find(By.cssSelector("label[for=document]")).getText()).isEqualTo("Document");

            browser.find(By.id("document")).sendKeys(document.toAbsolutePath().toString());
            browser.clickAndWaitForPage(button(browser, "Preview"));

            assertThat(browser.waitVisible(By.tagName("h1")).getText())
                    .as("heading of the preview (screenshot %s)", browser.screenshot("kp-curate-preview"))
                    .isEqualTo("Preview of " + fileName);
            String main = browser.find(By.id("main")).getText();
            assertThat(main).contains("Nothing is saved yet").contains(LIST_TITLE);
            assertThat(browser.driver().findElements(By.cssSelector("ul.summary li")))
                    .extracting(WebElement::getText)
                    .contains("4 entries", "3 new films");
            assertThat(badgeOfRow(browser, ballad)).isEqualTo("new film");
            assertThat(badgeOfRow(browser, ivan)).isEqualTo("new film");
            assertThat(badgeOfRow(browser, come)).isEqualTo("new film");
            assertThat(badgeOfRow(browser, CRANES)).startsWith("same film as '" + CRANES + "'").contains("1957");

            // Nothing is saved yet: someone else looking at the home page does not see the new films.
            String homeBefore = homeWithoutItsToken();
            assertThat(homeBefore).doesNotContain(marker);

            browser.clickAndWaitForPage(button(browser, "Import this list"));
            assertThat(browser.currentPath()).matches("/curate/imports/\\d+");
            assertThat(browser.waitVisible(By.tagName("h1")).getText()).isEqualTo("Imported " + fileName);
            WebElement notice = browser.find(By.cssSelector("main .notice"));
            assertThat(notice.getText()).contains("was created");
            WebElement listLink = notice.findElement(By.cssSelector("a[href^='/lists/']"));
            assertThat(listLink.getText()).isEqualTo(LIST_TITLE);
            String listPath = listLink.getDomAttribute("href");
            assertThat(listPath).matches("/lists/[a-z0-9-]+");
            assertThat(browser.driver().findElements(By.cssSelector("main a[href^='/films/']")))
                    .extracting(WebElement::getText)
                    .containsExactly(ballad, ivan, come, CRANES);
            browser.screenshot("kp-curate-imported");

            browser.clickAndWaitForPage(listLink);
            assertThat(browser.currentPath()).isEqualTo(listPath);
            assertThat(browser.waitVisible(By.tagName("h1")).getText()).isEqualTo(LIST_TITLE);
            List<WebElement> entries = browser.driver().findElements(By.cssSelector("ol.entries > li.entry"));
            assertThat(entries)
                    .extracting(e -> e.findElement(By.cssSelector(".entry__title a")).getText())
                    .containsExactly(ballad + " (1959)", ivan + " (1962)", come + " (1985)", CRANES + " (1957)");
            assertThat(entries).allSatisfy(e -> assertThat(e.getText()).contains("Description.").contains("Fact."));
            assertThat(entries.get(0).getText())
                    .contains("A young soldier on leave crosses a country at war to see his mother.")
                    .contains("It won a prize at Cannes.");

            WebElement balladLink = entries.get(0).findElement(By.cssSelector(".entry__title a"));
            String balladPath = balladLink.getDomAttribute("href");
            assertThat(balladPath).matches("/films/\\d+");
            browser.clickAndWaitForPage(balladLink);
            assertThat(browser.currentPath()).isEqualTo(balladPath);
            assertThat(browser.waitVisible(By.tagName("h1")).getText()).isEqualTo(ballad + " (1959)");
            WebElement onLists = browser.find(By.cssSelector("section[aria-labelledby=lists-title]"));
            assertThat(onLists.findElement(By.tagName("h2")).getText()).isEqualTo("On curated lists");
            List<WebElement> appearances = onLists.findElements(By.cssSelector(".appearance"));
            assertThat(appearances).hasSize(1);
            WebElement appearance = appearances.get(0);
            WebElement appearanceLink = appearance.findElement(By.cssSelector("h3 a"));
            assertThat(appearanceLink.getText()).isEqualTo(LIST_TITLE);
            assertThat(appearanceLink.getDomAttribute("href")).isEqualTo(listPath);
            assertThat(appearance.getText())
                    .contains("A young soldier on leave crosses a country at war to see his mother.")
                    .contains("It won a prize at Cannes.");
            assertThat(browser.find(By.cssSelector("section[aria-labelledby=themes-title] h2")).getText()).isEqualTo("Themes");
            browser.screenshot("kp-film-new");

            browser.open("/");
            List<String> recent = browser.driver()
                    .findElements(By.cssSelector("section[aria-labelledby=recent-title] a.film-list__title"))
                    .stream().map(WebElement::getText).toList();
            assertThat(recent).contains(ballad, ivan, come);
            assertThat(browser.driver().findElements(By.cssSelector("section[aria-labelledby=lists-title] a[href^='/lists/']")))
                    .extracting(a -> a.getDomAttribute("href"))
                    .contains(listPath);
        }
    }

    @Test
    void anEmptyDocumentIsRefusedOnTheDeskAndNothingIsImported() throws IOException {
        String fileName = "empty-" + marker().toLowerCase() + ".txt";
        Path empty = document(fileName, "");
        try (Browser browser = Browser.desktop(base)) {
            signIn(browser);
            browser.open("/curate");
            String ledeBefore = browser.waitVisible(By.cssSelector("main .lede")).getText();
            List<String> listsBefore = deskListRows(browser);
            String homeBefore = homeWithoutItsToken();

            browser.find(By.id("document")).sendKeys(empty.toAbsolutePath().toString());
            // By keyboard: Tab from the top of the page reaches the file input, then Preview; Enter sends it.
            Actions keyboard = new Actions(browser.driver());
            for (int tabs = 0; tabs < 20 && !"document".equals(browser.focused().getAttribute("id")); tabs++) {
                keyboard.sendKeys(Keys.TAB).perform();
            }
            assertThat(browser.focused().getAttribute("id")).as("Tab reaches the file input").isEqualTo("document");
            keyboard.sendKeys(Keys.TAB).perform();
            assertThat(browser.focused().getText()).as("the next Tab stop after the file input").isEqualTo("Preview");
            browser.pressAndWaitForPage(Keys.ENTER);

            WebElement alert = browser.waitVisible(ALERT);
            Path shot = browser.screenshot("kp-curate-empty");
            assertThat(alert.getText()).as("alert (screenshot %s)", shot).contains(fileName).contains("empty");
            assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Curator’s desk");
            assertThat(browser.driver().findElements(By.xpath("//main//button[normalize-space()='Import this list']"))).isEmpty();
            // The desk is ready for another try, and the catalogue is as it was.
            assertThat(browser.find(By.id("document")).isDisplayed()).isTrue();
            assertThat(browser.find(By.id("document")).getDomAttribute("aria-invalid")).isEqualTo("true");
            assertThat(browser.find(By.id("document")).getDomAttribute("aria-describedby")).contains("document-error");
            assertThat(browser.focused().getAttribute("id")).as("focus is back on the field to fix").isEqualTo("document");
            assertThat(browser.find(By.cssSelector("main .lede")).getText()).isEqualTo(ledeBefore);
            assertThat(deskListRows(browser)).isEqualTo(listsBefore);
            assertThat(homeWithoutItsToken()).isEqualTo(homeBefore);
        }
    }

    @Test
    void onAPhoneThePreviewDoesNotScrollSideways() throws IOException {
        String marker = marker();
        // A long unbroken word makes the entries table as wide as it gets.
        String longWord = "Unbrokenlongwordwithoutanyspacesatall" + marker;
        String fileName = "phone-" + marker.toLowerCase() + ".txt";
        Path document = document(fileName,
                warList("The Ballad of " + longWord, "Ivan's " + marker, "Come and " + marker));
        try (Browser browser = Browser.phone(base)) {
            assertThat(browser.js().executeScript("return window.innerWidth")).isEqualTo(390L);
            signIn(browser);
            WebElement curate = browser.find(NAV).findElement(By.linkText("Curate"));
            assertThat(curate.isDisplayed()).isTrue();
            browser.clickAndWaitForPage(curate);
            browser.assertNoHorizontalScroll();
            browser.screenshot("kp-curate-desk-phone");

            browser.find(By.id("document")).sendKeys(document.toAbsolutePath().toString());
            browser.clickAndWaitForPage(button(browser, "Preview"));
            assertThat(browser.waitVisible(By.tagName("h1")).getText()).isEqualTo("Preview of " + fileName);
            Path shot = browser.screenshot("kp-curate-preview-phone");
            assertThat(browser.find(By.cssSelector("main table.data")).isDisplayed()).as("screenshot %s", shot).isTrue();
            browser.assertNoHorizontalScroll();
            // The table stays inside the viewport (its box scrolls, if anything does).
            WebElement tableBox = browser.find(By.cssSelector("main .table-wrap"));
            assertThat(tableBox.getRect().getX() + tableBox.getRect().getWidth())
                    .as("right edge of the entries table box, px (screenshot %s)", shot)
                    .isLessThanOrEqualTo(390);
            assertThat(button(browser, "Import this list").isDisplayed()).isTrue();
        }
    }

    private static void signIn(Browser browser) {
        browser.open("/signin");
        browser.type(By.id("username"), TestCurator.USERNAME).type(By.id("password"), TestCurator.PASSWORD);
        browser.clickAndWaitForPage(button(browser, "Sign in"));
        assertThat(browser.waitVisible(SIGNED_IN_USER).getText())
                .as("header after sign-in on %s", browser.currentPath())
                .contains(TestCurator.USERNAME);
    }

    /** The badge in the preview row whose entry starts with {@code title}. */
    private static String badgeOfRow(Browser browser, String title) {
        List<WebElement> rows = browser.driver().findElements(By.cssSelector("main table.data tbody tr"));
        for (WebElement row : rows) {
            List<WebElement> cells = row.findElements(By.tagName("td"));
            if (cells.size() > 2 && cells.get(1).getText().startsWith(title + " (")) {
                return cells.get(2).findElement(By.cssSelector(".badge")).getText();
            }
        }
        throw new AssertionError("no preview row for " + title + " among "
                + rows.stream().map(WebElement::getText).toList());
    }

    private static List<String> deskListRows(Browser browser) {
        return browser.driver().findElements(By.cssSelector("section[aria-labelledby=lists-title] table.data tbody tr"))
                .stream().map(WebElement::getText).toList();
    }

    private static WebElement button(Browser browser, String text) {
        return browser.await().until(ExpectedConditions.elementToBeClickable(
                By.xpath("//main//button[normalize-space()='" + text + "']")));
    }

    /** Letters only, capitalised, so that it reads as a word of a title and never as a year. */
    private static String marker() {
        StringBuilder word = new StringBuilder();
        for (char c : UUID.randomUUID().toString().replace("-", "").substring(0, 10).toCharArray()) {
            word.append((char) ('a' + Character.digit(c, 16)));
        }
        word.setCharAt(0, Character.toUpperCase(word.charAt(0)));
        return word.toString();
    }

    private Path document(String fileName, String text) throws IOException {
        Path file = Files.createTempDirectory("kp-upload-").resolve(fileName);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        tempFiles.add(file);
        return file;
    }

    private static String warList(String ballad, String ivan, String come) {
        return """
                These films explore the theme of war, from the front line to the home front.

                %s (1959)
                Description: A young soldier on leave crosses a country at war to see his mother.
                Fact: It won a prize at Cannes.

                %s (1962)
                Description: A boy scout behind enemy lines during WWII.
                Fact: Andrei Tarkovsky's first feature film.

                %s (1985)
                Description: A village boy joins the partisans and witnesses the horrors of war.
                Fact: The actors were sometimes under live fire.

                The Cranes Are Flying (1957)
                Description: Veronika waits for Boris, who has gone to the front.
                Fact: It won the Palme d'Or in 1958.
                """.formatted(ballad, ivan, come);
    }

    /** The home page as a visitor without cookies sees it; its forms' CSRF token is new at every such visit. */
    private static String homeWithoutItsToken() {
        return given().get("/").then().statusCode(200).extract().asString()
                .replaceAll("name=\"csrf\" value=\"[^\"]*\"", "name=\"csrf\"");
    }
}
