package org.kinopanorama.web;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.kinopanorama.catalog.CatalogueVersion;
import org.kinopanorama.ingest.dataset.DatasetImportJob;
import org.kinopanorama.ingest.dataset.ImportView;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code /q/metrics} as an operator's Prometheus reads it: request timings per route, the page cache, the pool, the jobs. */
@QuarkusTest
@TestProfile(AsDeployedProfile.class)
public class MetricsTest {

    private static final Pattern URI = Pattern.compile("^http_server_requests_seconds_count\\{[^}]*uri=\"([^\"]*)\"", Pattern.MULTILINE);

    @Inject
    CatalogueVersion version;

    @Inject
    AgroalDataSource db;

    @Inject
    DatasetImportJob imports;

    @Test
    void metricsAnswerWithRequestTimingsPerRouteAndThePageCacheFigures() throws Exception {
        waitForVersion();
        String film = "/films/" + firstFilms(1).get(0);
        String token = token('m');
        for (int i = 0; i < 3; i++) {
            anonymous(token).get(film).then().statusCode(200);
            anonymous(token).get("/themes").then().statusCode(200);
            anonymous(token).get("/search?q=cranes").then().statusCode(200);
        }

        String metrics = metrics();
        assertThat(count(metrics, "http_server_requests_seconds_count", "uri=\"/films/{id}\"", "status=\"200\"")).isGreaterThanOrEqualTo(3);
        assertThat(count(metrics, "http_server_requests_seconds_count", "uri=\"/themes\"")).isGreaterThanOrEqualTo(3);
        assertThat(count(metrics, "http_server_requests_seconds_count", "uri=\"/search\"")).isGreaterThanOrEqualTo(3);
        assertThat(count(metrics, "http_server_requests_seconds_sum", "uri=\"/films/{id}\"")).isPositive();
        // the buckets an operator alarms on: requests of a route slower than 20 ms
        assertThat(count(metrics, "http_server_requests_seconds_bucket", "uri=\"/films/{id}\"", "le=\"0.02\"")).isPositive();

        // two of the three film pages came from memory, one was rendered and kept
        assertThat(count(metrics, "cache_gets_total", "cache=\"pages\"", "result=\"hit\"")).isGreaterThanOrEqualTo(4);
        assertThat(count(metrics, "cache_gets_total", "cache=\"pages\"", "result=\"miss\"")).isGreaterThanOrEqualTo(2);
        assertThat(count(metrics, "cache_size", "cache=\"pages\"")).isGreaterThanOrEqualTo(2);
        assertThat(metrics).containsPattern("(?m)^cache_evictions_total\\{[^}]*cache=\"pages\"");
        assertThat(count(metrics, "kinopanorama_page_cache_bytes")).isPositive();
        assertThat(count(metrics, "kinopanorama_page_cache_max_bytes")).isPositive();
        assertThat(count(metrics, "kinopanorama_page_cache_answers_total", "result=\"hit\"")).isGreaterThanOrEqualTo(4);

        // the connection pool
        assertThat(metrics).containsPattern("(?m)^agroal_active_count\\{[^}]*datasource=\"default\"");
        assertThat(count(metrics, "agroal_max_used_count")).isPositive();
    }

    @Test
    void filmIdsSearchesAndHostileAddressesDoNotMakeASeriesEach() throws Exception {
        waitForVersion();
        String token = token('n');
        for (long id : firstFilms(20)) {
            anonymous(token).get("/films/" + id).then().statusCode(200); // rendered and kept
            anonymous(token).get("/films/" + id).then().statusCode(200); // from memory
            anonymous(token).header("Accept-Language", "ru").get("/films/" + id).then().statusCode(200);
        }
        for (int i = 0; i < 25; i++) {
            anonymous(token).get("/films/" + (990_000_000L + i)).then().statusCode(404);
            anonymous(token).get("/search?q=word" + i).then().statusCode(200);
            anonymous(token).get("/films?all=theme-" + i + "&decade=1970").then().statusCode(200);
            anonymous(token).get("/no-such-page-" + i).then().statusCode(404);
            anonymous(token).get("/lists/NOT-A-SLUG-" + i).statusCode();
            anonymous(token).get("/people/" + i + "x").statusCode();
            anonymous(token).get("/css/missing-" + i + ".css").statusCode();
            anonymous(token).get("/films/" + i + "%00").statusCode();
            anonymous(token).post("/films/" + i).statusCode(); // a method no route has
        }

        Set<String> uris = uris(metrics());
        assertThat(uris).contains("/films/{id}", "/search", "/films");
        assertThat(uris).noneMatch(u -> u.matches(".*[0-9]{3,}.*") || u.contains("word") || u.contains("theme-")
                || u.contains("no-such") || u.contains("NOT-A") || u.contains("missing-") || u.contains("%"));
        // every route this test and the others touched, whatever the addresses: far fewer than the 285 above
        assertThat(uris.size()).as("uri series: %s", uris).isLessThan(40);
    }

    @Test
    void importAndRebuildDurationsAreTimed() throws Exception {
        long id = imports.start("movielens", "movielens", null, false, "metrics-test");
        Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
        ImportView view;
        while ((view = imports.find(id, 10).orElseThrow()).active()) {
            assertThat(Instant.now()).as("import finished").isBefore(deadline);
            Thread.sleep(100);
        }
        assertThat(view.status()).isEqualTo("done");

        String metrics = metrics();
        assertThat(count(metrics, "kinopanorama_dataset_import_seconds_count", "dataset=\"movielens\"")).isGreaterThanOrEqualTo(1);
        assertThat(count(metrics, "kinopanorama_dataset_import_seconds_sum", "dataset=\"movielens\"")).isPositive();
        assertThat(metrics).containsPattern("(?m)^kinopanorama_dataset_import_running_seconds_active_count");
        // the seed lists ingested at start-up were followed by rebuilds of their related films
        assertThat(count(metrics, "kinopanorama_similarity_rebuild_seconds_count")).isGreaterThanOrEqualTo(1);
        assertThat(metrics).containsPattern("(?m)^kinopanorama_similarity_rebuild_running_seconds_active_count");
    }

    private static String metrics() {
        // the Prometheus text format (without this Accept, OpenMetrics: same series, another syntax)
        return given().accept("text/plain").get("/q/metrics").then().statusCode(200).contentType(org.hamcrest.Matchers.startsWith("text/plain"))
                .extract().asString();
    }

    /** The sum of a metric's samples whose labels contain all of {@code labels}. */
    public static double count(String metrics, String name, String... labels) {
        double sum = 0;
        boolean found = false;
        for (String line : metrics.split("\n")) {
            if (!line.startsWith(name + "{") && !line.startsWith(name + " ")) {
                continue;
            }
            String series = line.substring(0, line.lastIndexOf(' '));
            boolean all = true;
            for (String label : labels) {
                all &= series.contains(label);
            }
            if (all) {
                found = true;
                sum += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        assertThat(found).as("%s with %s in /q/metrics", name, String.join(", ", labels)).isTrue();
        return sum;
    }

    private static Set<String> uris(String metrics) {
        Set<String> uris = new TreeSet<>();
        Matcher m = URI.matcher(metrics);
        while (m.find()) {
            uris.add(m.group(1));
        }
        return uris;
    }

    private List<Long> firstFilms(int n) throws Exception {
        List<Long> ids = new ArrayList<>();
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT id FROM film ORDER BY id LIMIT " + n)) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        assertThat(ids).isNotEmpty();
        return ids;
    }

    private void waitForVersion() throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (version.current().isEmpty()) {
            assertThat(Instant.now()).as("catalogue version known").isBefore(deadline);
            Thread.sleep(50);
        }
    }

    private static String token(char c) {
        return String.valueOf(c).repeat(20) + "-metrics-" + c + "-" + "0123456789ab";
    }

    private static RequestSpecification anonymous(String csrf) {
        return given().redirects().follow(false).cookie(CsrfToken.COOKIE, csrf);
    }
}
