package org.kinopanorama.poster;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;
import org.kinopanorama.browser.Browser;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With images off (the default), no page asks anything of another host: a real Chromium walks the main pages at phone
 * and desktop widths and reads every resource the page loaded (the Resource Timing entries: stylesheets, scripts,
 * icons, images) and every src and href of img, script, link, source, iframe, video, audio and object elements; each
 * must be this site's (or a data: URL). The film grid and a film page with our typographic posters are kept as
 * screenshots under target/screenshots/ for review.
 */
@QuarkusTest
@TestProfile(PostersOffProfile.class)
class SameOriginWalkTest extends WithPosterFixtures {

    private static final String LOADED = """
            const urls = performance.getEntriesByType('resource').map(e => e.name);
            document.querySelectorAll('img[src], script[src], link[href], source[src], source[srcset], img[srcset], iframe[src],'
                + ' video[src], video[poster], audio[src], object[data], embed[src]').forEach(el => {
              for (const a of ['src', 'href', 'poster', 'data']) { if (el.getAttribute(a)) urls.push(new URL(el.getAttribute(a), location.href).href); }
              for (const a of ['srcset']) { if (el.getAttribute(a)) el.getAttribute(a).split(',').forEach(s => urls.push(new URL(s.trim().split(' ')[0], location.href).href)); }
            });
            return urls;""";

    @TestHTTPResource("/")
    URL base;


    @Test
    void atDesktopWidth() throws Exception {
        try (Browser browser = Browser.sized(base, Browser.DESKTOP_WIDTH, Browser.DESKTOP_HEIGHT)) {
            walk(browser, "1280");
        }
    }

    @Test
    void atPhoneWidth() throws Exception {
        try (Browser browser = Browser.sized(base, Browser.PHONE_WIDTH, Browser.PHONE_HEIGHT)) {
            walk(browser, "390");
        }
    }

    private void walk(Browser browser, String width) throws SQLException, IOException {
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("home", "/");
        pages.put("films", "/films");
        pages.put("film", "/films/" + PosterFixtures.film(dataSource, "ironiya-sudby-1976"));
        pages.put("theme", "/themes/" + PosterFixtures.stringOf(dataSource,
                "SELECT t.slug FROM theme t JOIN film_theme ft ON ft.theme_id = t.id GROUP BY t.slug ORDER BY count(*) DESC, t.slug LIMIT 1"));
        pages.put("curated list", "/lists/" + PosterFixtures.stringOf(dataSource, "SELECT slug FROM curated_list ORDER BY slug LIMIT 1"));
        pages.put("person", "/people/" + PosterFixtures.longOf(dataSource, "SELECT id FROM person WHERE source_key = 'eldar-ryazanov'"));
        pages.put("studio", "/studios/" + PosterFixtures.longOf(dataSource, "SELECT id FROM studio WHERE source_key = 'mosfilm'"));
        pages.put("search", "/search?q=love");
        pages.put("sign-in", "/signin");
        URI origin = URI.create(base.toString());
        List<String> foreign = new ArrayList<>();
        int seen = 0;
        for (Map.Entry<String, String> page : pages.entrySet()) {
            browser.open(page.getValue());
            assertThat(browser.driver().getTitle()).as(page.getKey()).doesNotContain("Not found");
            browser.assertNoHorizontalScroll();
            @SuppressWarnings("unchecked")
            List<String> urls = (List<String>) browser.js().executeScript(LOADED);
            assertThat(urls).as(page.getKey() + ": the stylesheet at least").isNotEmpty();
            seen += urls.size();
            for (String url : urls) {
                URI u = URI.create(url);
                boolean same = "data".equals(u.getScheme()) || (origin.getScheme().equals(u.getScheme())
                        && origin.getHost().equals(u.getHost()) && origin.getPort() == u.getPort());
                if (!same) {
                    foreign.add(page.getKey() + ": " + url);
                }
            }
        }
        assertThat(foreign).as("resources from another host, of %d seen", seen).isEmpty();

        // the grid and a film page with our own posters, for review
        browser.open("/films");
        assertThat(browser.driver().findElements(org.openqa.selenium.By.cssSelector(".film-grid .poster--drawn"))).isNotEmpty();
        keep(browser.screenshot("kp-posters-films-" + width), "posters-films-" + width + ".png");
        browser.open(pages.get("film"));
        assertThat(browser.driver().findElements(org.openqa.selenium.By.cssSelector(".film__poster .poster--drawn"))).hasSize(1);
        keep(browser.screenshot("kp-posters-film-" + width), "posters-film-" + width + ".png");
        browser.open("/");
        keep(browser.screenshot("kp-posters-home-" + width), "posters-home-" + width + ".png");
        browser.open("/search?q=love");
        keep(browser.screenshot("kp-posters-search-" + width), "posters-search-" + width + ".png");
    }

    private static void keep(Path screenshot, String name) throws IOException {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Files.copy(screenshot, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
}
