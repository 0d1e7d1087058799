package org.kinopanorama.ingest.dataset;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kinopanorama.catalog.browse.BrowseScores;

import javax.sql.DataSource;
import java.util.Arrays;

import static io.restassured.RestAssured.given;

/**
 * How long the film list pages of the real catalogue take, counted every time (no facet or page cache in tests):
 * the median of 5 requests for each page {@link RealCatalogueBrowseTest} checks, printed; asserts only that each
 * answers. On demand:
 * {@code ./mvnw verify -Pbenchmark -Dtest=RealCatalogueBrowseBenchmarkTest -Dsurefire.failIfNoSpecifiedTests=false}
 */
@QuarkusTest
@TestProfile(RealCatalogueProfile.class)
@Tag("benchmark")
class RealCatalogueBrowseBenchmarkTest {

    @Inject
    DatasetImportJob job;

    @Inject
    DataSource dataSource;

    @Inject
    BrowseScores scores;

    @Test
    void facetTimingsOnTheRealCatalogue() throws Exception {
        RealCatalogue.ensureImported(job, dataSource);
        long started = System.nanoTime();
        scores.refresh();
        System.out.printf("[browse] film_browse refreshed in %d ms%n", (System.nanoTime() - started) / 1_000_000);
        System.out.printf("[browse] load average %s%n", java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        for (String path : RealCatalogueBrowseTest.facetPaths(new RealCatalogueRows(dataSource))) {
            given().get(path).then().statusCode(200);
            long[] ms = new long[5];
            for (int i = 0; i < ms.length; i++) {
                long t = System.nanoTime();
                given().get(path).then().statusCode(200);
                ms[i] = (System.nanoTime() - t) / 1_000_000;
            }
            Arrays.sort(ms);
            System.out.printf("[browse] %s: median %d ms (min %d, max %d) of 5, counted each time%n", path, ms[2], ms[0], ms[4]);
        }
    }
}
