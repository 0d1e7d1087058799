package org.kinopanorama.browser;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A headless Chromium for browser tests of the running {@code @QuarkusTest} application.
 *
 * <p>Use it with try-with-resources inside a test method (a plain {@link AutoCloseable}
 * rather than a JUnit extension, because {@code @QuarkusTest} runs the test method on an
 * instance loaded by its own class loader, so extension-initialised fields are not seen):
 *
 * <pre>{@code
 * @TestHTTPResource("/") URL base;
 *
 * @Test void something() {
 *     try (Browser browser = Browser.desktop(base)) {
 *         browser.open("/signin");
 *         ...
 *     }
 * }
 * }</pre>
 *
 * <p>If Chromium or chromedriver is not installed the test is skipped (JUnit assumption),
 * not failed. The driver is quit and its temporary profile deleted on {@link #close()}.
 */
public final class Browser implements AutoCloseable {

    public static final Path CHROMIUM = Path.of(System.getProperty("kinopanorama.test.chromium", "/usr/bin/chromium"));
    public static final Path CHROMEDRIVER = Path.of(System.getProperty("kinopanorama.test.chromedriver", "/usr/bin/chromedriver"));
    public static final Duration TIMEOUT = Duration.ofSeconds(10);

    public static final int DESKTOP_WIDTH = 1280;
    public static final int DESKTOP_HEIGHT = 900;
    public static final int PHONE_WIDTH = 390;
    public static final int PHONE_HEIGHT = 844;

    private final URI base;
    private final Path profileDir;
    private final ChromeDriver driver;
    private final WebDriverWait wait;

    private Browser(URL base, int width, int height) {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM),
                "Browser test skipped: no Chromium at " + CHROMIUM + " (install the 'chromium' package)");
        Assumptions.assumeTrue(Files.isExecutable(CHROMEDRIVER),
                "Browser test skipped: no chromedriver at " + CHROMEDRIVER + " (install the 'chromium-driver' package)");
        this.base = baseUri(base);
        try {
            this.profileDir = Files.createTempDirectory("kp-chromium-profile-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-quic",
                "--user-data-dir=" + profileDir.toAbsolutePath(),
                "--window-size=" + width + "," + height);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver started;
        try {
            started = new ChromeDriver(service, options);
        } catch (RuntimeException e) {
            deleteRecursively(profileDir);
            throw e;
        }
        this.driver = started;
        // --window-size sets the outer window; make the viewport (window.innerWidth) what was asked.
        fitViewport(width, height);
        this.wait = new WebDriverWait(driver, TIMEOUT);
    }

    /** A 1280x900 browser. {@code base} may be null: the test port from the config is used. */
    public static Browser desktop(URL base) {
        return new Browser(base, DESKTOP_WIDTH, DESKTOP_HEIGHT);
    }

    /** A 390x844 browser, the width of a common phone. */
    public static Browser phone(URL base) {
        return new Browser(base, PHONE_WIDTH, PHONE_HEIGHT);
    }

    public static Browser sized(URL base, int width, int height) {
        return new Browser(base, width, height);
    }

    public WebDriver driver() {
        return driver;
    }

    public WebDriverWait await() {
        return wait;
    }

    public JavascriptExecutor js() {
        return driver;
    }

    public URI base() {
        return base;
    }

    /** Opens a path of the application under test, e.g. {@code "/signin"}. */
    public Browser open(String path) {
        driver.get(base.resolve(path).toString());
        wait.until(d -> "complete".equals(js().executeScript("return document.readyState")));
        return this;
    }

    /** The path (and query) of the current page, without scheme, host and port. */
    public String currentPath() {
        URI current = URI.create(driver.getCurrentUrl());
        return current.getRawQuery() == null ? current.getRawPath() : current.getRawPath() + "?" + current.getRawQuery();
    }

    public WebElement find(By by) {
        return driver.findElement(by);
    }

    public WebElement waitVisible(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /** Clears a field and types into it, as a person would. */
    public Browser type(By field, String text) {
        WebElement element = waitVisible(field);
        element.clear();
        element.sendKeys(text);
        return this;
    }

    /** Clicks and waits for the next page to replace the current one. */
    public Browser clickAndWaitForPage(WebElement element) {
        WebElement html = driver.findElement(By.tagName("html"));
        element.click();
        wait.until(d -> replaced(html));
        wait.until(d -> "complete".equals(js().executeScript("return document.readyState")));
        return this;
    }

    /** Presses keys on the focused element, as a keyboard user would, and waits for the next page. */
    public Browser pressAndWaitForPage(CharSequence... keys) {
        WebElement html = driver.findElement(By.tagName("html"));
        new Actions(driver).sendKeys(keys).perform();
        wait.until(d -> replaced(html));
        wait.until(d -> "complete".equals(js().executeScript("return document.readyState")));
        return this;
    }

    /**
     * True once the element belongs to a page that was replaced. ChromeDriver sometimes says so with
     * "Node with given id does not belong to the document" rather than a stale-element error.
     */
    private static boolean replaced(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException e) {
            return true;
        } catch (org.openqa.selenium.WebDriverException e) {
            if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    /** The element that has the keyboard focus. */
    public WebElement focused() {
        return driver.switchTo().activeElement();
    }

    public boolean hasNoHorizontalScroll() {
        return (Boolean) js().executeScript("return document.documentElement.scrollWidth <= window.innerWidth");
    }

    public void assertNoHorizontalScroll() {
        Object widths = js().executeScript(
                "return document.documentElement.scrollWidth + ' > ' + window.innerWidth");
        assertThat(hasNoHorizontalScroll())
                .as("page %s scrolls horizontally (scrollWidth > innerWidth: %s)", currentPath(), widths)
                .isTrue();
    }

    /** Saves a screenshot to /tmp/&lt;name&gt;.png and returns its path. */
    public Path screenshot(String name) {
        File shot = driver.getScreenshotAs(OutputType.FILE);
        Path target = Path.of(System.getProperty("java.io.tmpdir"), name + ".png");
        try {
            Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteRecursively(profileDir);
        }
    }

    private void fitViewport(int width, int height) {
        long innerWidth = ((Number) driver.executeScript("return window.innerWidth")).longValue();
        long innerHeight = ((Number) driver.executeScript("return window.innerHeight")).longValue();
        if (innerWidth != width || innerHeight != height) {
            Dimension outer = driver.manage().window().getSize();
            driver.manage().window().setSize(new Dimension(
                    outer.getWidth() + (int) (width - innerWidth),
                    outer.getHeight() + (int) (height - innerHeight)));
        }
    }

    private static URI baseUri(URL base) {
        if (base != null) {
            return URI.create(base.toString());
        }
        int port = ConfigProvider.getConfig().getValue("quarkus.http.test-port", Integer.class);
        return URI.create("http://localhost:" + port + "/");
    }

    private static void deleteRecursively(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // best effort: a leftover temp profile must not fail a test
        }
    }
}
