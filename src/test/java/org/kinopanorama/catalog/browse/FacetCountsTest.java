package org.kinopanorama.catalog.browse;

import org.kinopanorama.catalog.CatalogueVersion;
import org.kinopanorama.catalog.CuratorDocuments;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.kinopanorama.account.Visitor;
import org.kinopanorama.web.AsDeployedProfile;
import org.kinopanorama.web.MetricsTest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.kinopanorama.Eventually.waitFor;

/** The film list's counts kept per filter until the catalogue changes (FacetCounts). */
@QuarkusTest
@TestProfile(AsDeployedProfile.class)
class FacetCountsTest {

    private static final Pattern TOTAL = Pattern.compile("([0-9]+) films?\\b");

    @Inject
    CatalogueVersion version;

    @Test
    void countsAreKeptPerFilterAndRightAgainRightAfterACatalogueChange() throws Exception {
        waitFor(() -> version.current().isPresent());
        String filter = "/films?none=comedy&decade=1960";
        long before = total(filter);
        double hits = facetHits();
        // the same filter in another order, sorted or paged otherwise: the same counts, from memory
        assertThat(total("/films?decade=1960&none=comedy&sort=year")).isEqualTo(before);
        assertThat(total(filter + "&page=2")).isEqualTo(before);
        assertThat(facetHits()).isGreaterThanOrEqualTo(hits + 2);

        long known = version.current().getAsLong();
        String name = Visitor.uniqueName("facets");
        CuratorDocuments.ingestLetterOf(name);
        waitFor(() -> version.current().orElse(0) > known);

        assertThat(total(filter)).isEqualTo(before + 1);
        assertThat(total("/films?decade=1960&none=comedy&sort=year")).isEqualTo(before + 1);
    }

    @Test
    void manyDistinctFiltersKeepNoMoreThanTheLimit() throws Exception {
        waitFor(() -> version.current().isPresent());
        for (int i = 0; i < 20; i++) {
            given().get("/films?all=no-such-theme-" + i + "&decade=1970").then().statusCode(200);
        }
        waitFor(() -> MetricsTest.count(metrics(), "cache_size", "cache=\"film-facets\"") <= 5);
        assertThat(MetricsTest.count(metrics(), "cache_evictions_total", "cache=\"film-facets\"")).isGreaterThanOrEqualTo(15);
    }

    private static long total(String path) {
        String page = given().get(path).then().statusCode(200).extract().asString();
        Matcher m = TOTAL.matcher(page.substring(page.indexOf("<main")));
        assertThat(m.find()).as("a count of films on %s", path).isTrue();
        return Long.parseLong(m.group(1));
    }

    private static double facetHits() {
        return MetricsTest.count(metrics(), "cache_gets_total", "cache=\"film-facets\"", "result=\"hit\"");
    }

    private static String metrics() {
        return given().accept("text/plain").get("/q/metrics").then().statusCode(200).extract().asString();
    }
}
