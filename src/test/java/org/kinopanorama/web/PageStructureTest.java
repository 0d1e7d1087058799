package org.kinopanorama.web;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** What every public page must have for a reader, a screen reader and a search engine. */
@QuarkusTest
class PageStructureTest {

    private static final Pattern INPUT_ID = Pattern.compile("<(input|select|textarea)\\b(?![^>]*type=\"hidden\")[^>]*\\bid=\"([^\"]+)\"");
    private static final Pattern UNLABELLED = Pattern.compile("<(input|select|textarea)\\b(?![^>]*type=\"(hidden|submit)\")(?![^>]*\\bid=)[^>]*>");

    @ParameterizedTest
    @ValueSource(strings = {"/", "/films", "/films?all=betrayal&decade=1970", "/themes", "/themes/betrayal",
            "/lists/betrayal-in-soviet-cinema", "/search?q=irony", "/search", "/signin", "/signup", "/about",
            "/no-such-page"})
    void oneHeadingATitleADescriptionACanonicalLinkAndLabelledControls(String path) {
        String page = given().urlEncodingEnabled(false).get(path).asString();

        assertThat(count(page, "<h1[ >]")).as("h1 on %s", path).isEqualTo(1);
        assertThat(page).as(path).containsPattern("<html lang=\"[a-z]{2}\">")
                .containsPattern("<title>[^<]+ · Kinopanorama</title>")
                .containsPattern("<meta name=\"description\" content=\"[^\"]{20,}\">")
                .containsPattern("<link rel=\"canonical\" href=\"http://localhost:\\d+/")
                .contains("<main id=\"main\"");
        Matcher inputs = INPUT_ID.matcher(page);
        while (inputs.find()) {
            assertThat(page).as("a label for #%s on %s", inputs.group(2), path).contains("for=\"" + inputs.group(2) + "\"");
        }
        assertThat(UNLABELLED.matcher(page).find()).as("a control without an id (so without a label) on %s", path).isFalse();
    }

    private static int count(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
