package org.kinopanorama;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two packaged applications, two processes, one PostgreSQL: what the README's "Run several instances" promises.
 * A second application inside the same JVM would share caches and locks that two processes do not, so this runs
 * {@code target/quarkus-app/quarkus-run.jar} twice (the failsafe plugin runs it after {@code package}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MultiInstanceIT {

    private static final String CURATOR = "it-curator";
    private static final String CURATOR_PASSWORD = "curator-for-the-multi-instance-test";
    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
    private static final Pattern RELATED = Pattern.compile("<a class=\"related__link\" href=\"/films/(\\d+)\">");
    private static final Pattern VERSION = Pattern.compile("\"version\"\\s*:\\s*(\\d+)");

    private Path work;
    private int pgPort;
    private EmbeddedPostgres postgres;
    private final List<Process> processes = new ArrayList<>();
    private Instance a;
    private Instance b;

    /** One application process. */
    private record Instance(String name, int port, Process process, Path log) {
        RequestSpecification request() {
            return given().baseUri("http://localhost").port(port).redirects().follow(false);
        }

        String origin() {
            return "http://localhost:" + port;
        }
    }

    @BeforeAll
    void startPostgresqlAndTwoInstances() throws Exception {
        Path jar = Path.of("target/quarkus-app/quarkus-run.jar").toAbsolutePath();
        assertThat(jar).as("the packaged application (run through ./mvnw verify, after package)").exists();
        // under target/: the instances' logs stay there for a look after a failure, and mvn clean removes them
        work = Path.of("target/multi-instance").toAbsolutePath();
        deleteRecursively(work);
        Files.createDirectories(work);
        pgPort = freePort();
        postgres = startPostgres();
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE kinopanorama ENCODING 'UTF8' TEMPLATE template0");
        }
        byte[] key = new byte[24];
        new SecureRandom().nextBytes(key);
        String sessionKey = HexFormat.of().formatHex(key);
        CompletableFuture<Instance> first = CompletableFuture.supplyAsync(() -> launch("a", jar, sessionKey));
        CompletableFuture<Instance> second = CompletableFuture.supplyAsync(() -> launch("b", jar, sessionKey));
        a = first.join();
        b = second.join();
        for (Instance i : List.of(a, b)) {
            waitFor(Duration.ofSeconds(90), "instance " + i.name() + " ready (log: " + i.log() + ")",
                    () -> status(i, "/q/health/ready") == 200);
        }
    }

    @AfterAll
    void stopEverything() throws Exception {
        for (Process p : processes) {
            p.destroy();
        }
        for (Process p : processes) {
            if (!p.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    @Order(1)
    void aSessionMadeOnOneInstanceWorksOnTheOther() {
        Map<String, String> cookies = signIn(a, CURATOR, CURATOR_PASSWORD);
        b.request().cookies(cookies).get("/account").then().statusCode(200);
        assertThat(b.request().get("/account").statusCode()).as("without the cookie: signed out").isNotEqualTo(200);
    }

    @Test
    @Order(2)
    void aSignInThrottleCountsAttemptsOnEveryInstance() {
        String name = "nobody-" + System.nanoTime();
        for (int i = 0; i < 3; i++) {
            assertThat(signInAttempt(a, name, "wrong " + i).statusCode()).isEqualTo(401);
        }
        for (int i = 0; i < 2; i++) {
            assertThat(signInAttempt(b, name, "wrong again " + i).statusCode()).isEqualTo(401);
        }
        assertThat(signInAttempt(b, name, "one too many").statusCode())
                .as("the sixth failure for one username, across both instances, is refused").isEqualTo(429);
        assertThat(signInAttempt(a, name, "one too many").statusCode()).isEqualTo(429);
    }

    @Test
    @Order(3)
    void aListIngestedOnOneInstanceShowsOnTheOtherWithItsRelatedFilmsAndANewCatalogueVersion() throws Exception {
        long versionOnB = version(b);
        String marker = "Multi" + Long.toString(System.nanoTime(), 36);
        String document = """
                Partisans and betrayal: films about the war behind enemy lines, where trust is the first casualty.

                The Pact of %1$s (1966)
                Description: Two partisans during WWII cross the winter forest; one betrays the other to save his own life.
                Fact: Shot in Belarus in deep snow.

                The Forest of %1$s (1968)
                Description: Soviet scouts behind enemy lines face a traitor within their ranks.
                Fact: The cast trained with real veterans.
                """.formatted(marker);
        a.request().auth().preemptive().basic(CURATOR, CURATOR_PASSWORD)
                .contentType("text/plain; charset=UTF-8").body(document.getBytes(StandardCharsets.UTF_8))
                .queryParam("name", marker + ".txt").post("/api/documents")
                .then().statusCode(200);

        waitFor(Duration.ofSeconds(5), "instance b learns the new catalogue version", () -> version(b) > versionOnB);

        long pact = filmHeaded("The Pact of " + marker);
        long forest = filmHeaded("The Forest of " + marker);
        // the rebuild around the upload runs on a after the upload committed, off its request
        waitFor(Duration.ofSeconds(60), "related films computed on a, shown by b",
                () -> related(b.request().get("/films/" + pact).asString()).contains(forest));
        String page = b.request().get("/films/" + pact).then().statusCode(200).extract().asString();
        assertThat(page).contains("The Pact of " + marker);
        assertThat(related(page)).as("related films computed on a, shown by b").contains(forest);
    }

    @Test
    @Order(4)
    void oneImportRunnerForEveryInstance() throws Exception {
        byte[] zip = movieLensZip();
        CompletableFuture<Long> onA = CompletableFuture.supplyAsync(() -> startImport(a, zip));
        CompletableFuture<Long> onB = CompletableFuture.supplyAsync(() -> startImport(b, zip));
        long first = onA.join();
        long second = onB.join();
        waitFor(Duration.ofSeconds(60), "both imports finished", () -> {
            String s1 = importStatus(first);
            String s2 = importStatus(second);
            return !s1.equals("queued") && !s1.equals("running") && !s2.equals("queued") && !s2.equals("running");
        });
        assertThat(importStatus(first)).isEqualTo("done");
        assertThat(importStatus(second)).isEqualTo("done");
        try (Connection c = database(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("""
                    SELECT count(*) FROM dataset_import x JOIN dataset_import y ON x.id < y.id
                    WHERE x.id IN (%1$d, %2$d) AND y.id IN (%1$d, %2$d)
                      AND x.started_at < y.finished_at AND y.started_at < x.finished_at""".formatted(first, second))) {
                rs.next();
                assertThat(rs.getLong(1)).as("the two imports never ran at the same time").isZero();
            }
            try (ResultSet rs = s.executeQuery("SELECT sum(films_created) FROM dataset_import WHERE id IN (%d, %d)"
                    .formatted(first, second))) {
                rs.next();
                long created = rs.getLong(1);
                assertThat(created).as("films made by one import, none by the other").isPositive();
                try (ResultSet one = c.createStatement().executeQuery(
                        "SELECT min(films_created) FROM dataset_import WHERE id IN (%d, %d)".formatted(first, second))) {
                    one.next();
                    assertThat(one.getLong(1)).isZero();
                }
            }
            try (ResultSet rs = s.executeQuery("""
                    SELECT count(*) FROM (SELECT value FROM film_external_id GROUP BY kind, value HAVING count(DISTINCT film_id) > 1) d""")) {
                rs.next();
                assertThat(rs.getLong(1)).as("every film of the dataset is in the catalogue once").isZero();
            }
        }
    }

    /**
     * Sign-out on one instance ends that session on every instance. Needs revocable sessions (issue 17, item 1):
     * until they are merged, the copied cookie still works on b and this test fails.
     */
    @Test
    @Order(5)
    void aSessionSignedOutOnOneInstanceIsRefusedOnTheOtherWithinSeconds() {
        Map<String, String> cookies = signIn(a, CURATOR, CURATOR_PASSWORD);
        b.request().cookies(cookies).get("/account").then().statusCode(200);
        String token = csrf(a.request().cookies(cookies).get("/account"), cookies);
        a.request().cookies(cookies).header("Origin", a.origin()).contentType("application/x-www-form-urlencoded")
                .formParam("csrf", token).post("/signout").then().statusCode(303);
        waitFor(Duration.ofSeconds(5), "the copied cookie refused on b after sign-out on a",
                () -> b.request().cookies(cookies).get("/account").statusCode() != 200);
    }

    @Test
    @Order(6)
    void aPageKeptInMemoryOnOneInstanceIsRenewedWhenTheCatalogueChangesOnTheOther() throws Exception {
        String slug;
        try (Connection c = database(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT slug FROM curated_list ORDER BY id LIMIT 1")) {
            assertThat(rs.next()).as("a curated list").isTrue();
            slug = rs.getString(1);
        }
        String list = "/lists/" + slug;
        String visitor = "multi-instance-visitor-" + "x".repeat(24);
        b.request().cookie("kp-csrf", visitor).get(list).then().statusCode(200);
        long hits = cacheHits(b);
        Response kept = b.request().cookie("kp-csrf", visitor).get(list);
        assertThat(kept.statusCode()).isEqualTo(200);
        assertThat(cacheHits(b)).as("the second reading on b comes from memory").isGreaterThan(hits);
        String etag = kept.header("ETag");
        assertThat(etag).isNotBlank();
        assertThat(b.request().cookie("kp-csrf", visitor).header("If-None-Match", etag).get(list).statusCode())
                .isEqualTo(304);

        String title = "Renamed on a " + Long.toString(System.nanoTime(), 36);
        Map<String, String> cookies = signIn(a, CURATOR, CURATOR_PASSWORD);
        String token = csrf(a.request().cookies(cookies).get("/curate"), cookies);
        a.request().cookies(cookies).header("Origin", a.origin()).contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("csrf", token).formParam("title", title).post("/curate/lists/" + slug + "/title")
                .then().statusCode(303);

        waitFor(Duration.ofSeconds(5), "b shows the list's new title",
                () -> b.request().cookie("kp-csrf", visitor).get(list).asString().contains(title));
        Response renewed = b.request().cookie("kp-csrf", visitor).header("If-None-Match", etag).get(list);
        assertThat(renewed.statusCode()).as("the old ETag no longer matches").isEqualTo(200);
        assertThat(renewed.header("ETag")).isNotEqualTo(etag);
        assertThat(renewed.asString()).contains(title);
    }

    @Test
    @Order(10)
    void afterAPostgresqlRestartBothInstancesServeAgainByThemselves() throws Exception {
        postgres.close();
        postgres = startPostgres();
        long restarted = System.nanoTime();
        for (Instance i : List.of(a, b)) {
            waitFor(Duration.ofSeconds(20), "instance " + i.name() + " serves pages again",
                    () -> status(i, "/films") == 200 && status(i, "/") == 200);
        }
        waitFor(Duration.ofSeconds(20), "both instances know the catalogue version again",
                () -> versionOrUnknown(a) >= 0 && versionOrUnknown(b) >= 0);
        System.out.printf("Both instances served again %d ms after PostgreSQL was back%n",
                (System.nanoTime() - restarted) / 1_000_000);
        Map<String, String> cookies = signIn(b, CURATOR, CURATOR_PASSWORD);
        a.request().cookies(cookies).get("/account").then().statusCode(200);
    }

    // --- the processes -----------------------------------------------------------------------------------

    private EmbeddedPostgres startPostgres() throws IOException {
        return EmbeddedPostgres.builder()
                .setDataDirectory(work.resolve("postgres"))
                .setCleanDataDirectory(false)
                .setPort(pgPort)
                .start();
    }

    private Instance launch(String name, Path jar, String sessionKey) {
        try {
            int port = freePort();
            Path dir = Files.createDirectories(work.resolve(name));
            Path log = dir.resolve("app.log");
            ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx256m", "-jar", jar.toString())
                    .directory(dir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            Map<String, String> env = pb.environment();
            env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
            env.put("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://localhost:" + pgPort + "/kinopanorama");
            env.put("QUARKUS_DATASOURCE_USERNAME", "postgres");
            env.put("QUARKUS_DATASOURCE_PASSWORD", "postgres");
            env.put("QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY", sessionKey);
            env.put("KINOPANORAMA_EMBEDDED_POSTGRES_ENABLED", "false");
            env.put("KINOPANORAMA_ACCOUNTS_CURATOR_USERNAME", CURATOR);
            env.put("KINOPANORAMA_ACCOUNTS_CURATOR_PASSWORD", CURATOR_PASSWORD);
            env.put("KINOPANORAMA_INGEST_SEEDS_DIR", Path.of("seeds").toAbsolutePath().toString());
            env.put("KINOPANORAMA_SESSION_KEY_FILE", dir.resolve("session.key").toString());
            // a sign-out reaches the other instance within this (5 s by default, which the 5 s wait below would only just allow)
            env.put("KINOPANORAMA_ACCOUNTS_SESSIONS_RECHECK_AFTER", "1S");
            Process process = pb.start();
            synchronized (processes) {
                processes.add(process);
            }
            return new Instance(name, port, process, log);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private Connection database() throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + pgPort + "/kinopanorama", "postgres", "postgres");
    }

    // --- what a browser or a script does ----------------------------------------------------------------

    /** Signs in and returns the browser's cookies, to copy to the other instance. */
    private static Map<String, String> signIn(Instance i, String username, String password) {
        Map<String, String> cookies = new HashMap<>();
        Response response = signInAttempt(i, username, password, cookies);
        assertThat(response.statusCode()).as("sign-in on " + i.name()).isEqualTo(303);
        cookies.putAll(response.getCookies());
        assertThat(cookies).containsKey("kp-session");
        return cookies;
    }

    private static Response signInAttempt(Instance i, String username, String password) {
        return signInAttempt(i, username, password, new HashMap<>());
    }

    private static Response signInAttempt(Instance i, String username, String password, Map<String, String> cookies) {
        String token = csrf(i.request().get("/signin"), cookies);
        return i.request().cookies(cookies).header("Origin", i.origin())
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("csrf", token).formParam("username", username).formParam("password", password)
                .post("/signin");
    }

    private static String csrf(Response page, Map<String, String> cookies) {
        cookies.putAll(page.getCookies());
        Matcher m = CSRF.matcher(page.asString());
        assertThat(m.find()).as("a CSRF token on the page").isTrue();
        return m.group(1);
    }

    private long startImport(Instance i, byte[] zip) {
        Response r = i.request().auth().preemptive().basic(CURATOR, CURATOR_PASSWORD)
                .multiPart("dataset", "movielens").multiPart("everyFilm", "true")
                .multiPart("archive", "ml-test.zip", zip, "application/zip")
                .post("/api/datasets/imports");
        assertThat(r.statusCode()).as(r.asString()).isEqualTo(202);
        return r.jsonPath().getLong("id");
    }

    private String importStatus(long id) {
        try (Connection c = database(); PreparedStatement q = c.prepareStatement("SELECT status FROM dataset_import WHERE id = ?")) {
            q.setLong(1, id);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private long filmHeaded(String heading) throws SQLException {
        try (Connection c = database();
             PreparedStatement q = c.prepareStatement("SELECT DISTINCT film_id FROM list_entry WHERE heading LIKE ? || ' (%'")) {
            q.setString(1, heading);
            try (ResultSet rs = q.executeQuery()) {
                assertThat(rs.next()).as("a film headed " + heading).isTrue();
                return rs.getLong(1);
            }
        }
    }

    private static byte[] movieLensZip() throws IOException {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip);
             Stream<Path> files = Files.list(Path.of("src/test/resources/datasets/movielens"))) {
            for (Path f : files.sorted().toList()) {
                out.putNextEntry(new ZipEntry("ml-test/" + f.getFileName()));
                out.write(Files.readAllBytes(f));
                out.closeEntry();
            }
        }
        return zip.toByteArray();
    }

    private static List<Long> related(String html) {
        List<Long> out = new ArrayList<>();
        Matcher m = RELATED.matcher(html);
        while (m.find()) {
            out.add(Long.parseLong(m.group(1)));
        }
        return out;
    }

    /** How many pages an instance served from memory, from its liveness check. */
    private static long cacheHits(Instance i) {
        Number hits = i.request().get("/q/health/live").jsonPath().get("checks.find { it.name == 'page-cache' }.data.hits");
        return hits.longValue();
    }

    /** The catalogue version an instance knows, from its readiness check. */
    private static long version(Instance i) {
        long v = versionOrUnknown(i);
        assertThat(v).as("instance " + i.name() + " knows the catalogue version").isNotNegative();
        return v;
    }

    private static long versionOrUnknown(Instance i) {
        try {
            String health = i.request().get("/q/health/ready").asString();
            Matcher m = VERSION.matcher(health);
            return m.find() ? Long.parseLong(m.group(1)) : -1;
        } catch (Exception e) { // refused connections come through RestAssured undeclared
            return -1;
        }
    }

    private static int status(Instance i, String path) {
        try {
            return i.request().get(path).statusCode();
        } catch (Exception e) { // refused connections come through RestAssured undeclared
            return -1;
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static void waitFor(Duration limit, String what, BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(limit);
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as("waited %s for: %s", limit, what).isBefore(deadline);
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
