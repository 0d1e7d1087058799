package org.kinopanorama.web;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class SecurityHeadersTest {

    @Test
    void everyKindOfResponseCarriesTheSecurityHeaders() {
        for (String path : new String[]{"/", "/signin", "/no-such-page", "/css/site.css", "/q/health/ready"}) {
            Response r = given().get(path);
            assertThat(r.header("Content-Security-Policy")).as(path)
                    .contains("default-src 'self'")
                    .contains("script-src 'self'")
                    .contains("style-src 'self'")
                    .contains("frame-ancestors 'none'")
                    .doesNotContain("unsafe-inline");
            assertThat(r.header("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
            assertThat(r.header("Referrer-Policy")).as(path).isEqualTo("strict-origin-when-cross-origin");
            assertThat(r.header("X-Frame-Options")).as(path).isEqualTo("DENY");
        }
    }

    @Test
    void pagesLoadNothingFromOtherHosts() {
        String page = given().get("/").asString();
        var absolute = java.util.regex.Pattern.compile("(src|href)=\"((https?:)?//[^/\"]+)").matcher(page);
        while (absolute.find()) {
            // only this site's own address may appear (the canonical link)
            assertThat(absolute.group(2)).matches("http://localhost:\\d+");
        }
        assertThat(page).doesNotContain("cdn").doesNotContain("fonts.googleapis");
    }
}
