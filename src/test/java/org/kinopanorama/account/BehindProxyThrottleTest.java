package org.kinopanorama.account;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.kinopanorama.web.AsDeployedProfile;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sign-in throttle behind a reverse proxy (forwarding on, the loopback and 10.0.0.0/8 trusted), and under a
 * parallel burst. Each test plays a client address of its own, so the tests share no count.
 */
@QuarkusTest
@TestProfile(AsDeployedProfile.class)
class BehindProxyThrottleTest {

    private static final AtomicInteger ADDRESSES = new AtomicInteger(10);

    /** A client address no other test uses, as the proxy would append it. */
    private static String freshClient() {
        return "203.0.113." + ADDRESSES.incrementAndGet();
    }

    @Test
    void aUsernameFarLongerThanAnyAccountsIsRefusedLikeAnyWrongOneAndStillCounted() {
        // found by the route fuzz: a 200,000-character name did not fit the throttle's index (500)
        String client = freshClient();
        String huge = Visitor.uniqueName("y").repeat(20_000);
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(signIn(client, huge, "not the password at all").statusCode()).as("attempt " + attempt).isEqualTo(401);
        }
        assertThat(signIn(client, huge, "not the password at all").statusCode()).isEqualTo(429);
    }

    @Test
    void theLeftMostForwardedValueIsWrittenByTheClientAndNotCounted() {
        String client = freshClient();
        for (int i = 0; i < 20; i++) {
            // the client writes a new "address" each time; the proxy appends the one it saw
            Response r = signIn("198.51.100." + i + ", " + client, Visitor.uniqueName("spray"), "guess " + i);
            assertThat(r.statusCode()).isEqualTo(401);
        }
        assertThat(signIn("192.0.2.99, " + client, Visitor.uniqueName("spray"), "guess").statusCode())
                .as("the 21st failure from one real client address").isEqualTo(429);
        assertThat(signIn(freshClient(), Visitor.uniqueName("spray"), "guess").statusCode())
                .as("another client is not refused").isEqualTo(401);
    }

    @Test
    void trustedProxiesAreSkippedFromTheRight() {
        String client = freshClient();
        for (int i = 0; i < 20; i++) {
            // client -> an inner proxy (10.1.2.3, trusted) -> the last proxy (the test's loopback socket)
            assertThat(signIn("6.6.6." + i + ", " + client + ", 10.1.2.3", Visitor.uniqueName("hop"), "x" + i).statusCode())
                    .isEqualTo(401);
        }
        assertThat(signIn(client + ", 10.9.9.9", Visitor.uniqueName("hop"), "x").statusCode()).isEqualTo(429);
    }

    @Test
    void aSuccessfulSignInDoesNotResetTheAddressCount() {
        String client = freshClient();
        String mine = Visitor.uniqueName("attacker");
        Visitor.signedUp(mine);
        for (int i = 0; i < 19; i++) {
            assertThat(signIn(client, Visitor.uniqueName("victim"), "guess " + i).statusCode()).isEqualTo(401);
        }
        assertThat(signIn(client, mine, Visitor.password(mine)).statusCode()).as("the attacker's own account").isEqualTo(303);
        assertThat(signIn(client, Visitor.uniqueName("victim"), "guess 20").statusCode()).isEqualTo(401);
        assertThat(signIn(client, Visitor.uniqueName("victim"), "guess 21").statusCode())
                .as("the success did not give the address 20 more tries").isEqualTo(429);
    }

    @Test
    void aSuccessResetsOnlyThatUsernamesCount() {
        String client = freshClient();
        String name = Visitor.uniqueName("zvyagintsev");
        Visitor.signedUp(name);
        for (int i = 0; i < 4; i++) {
            assertThat(signIn(client, name, "typo " + i).statusCode()).isEqualTo(401);
        }
        assertThat(signIn(client, name, Visitor.password(name)).statusCode()).isEqualTo(303);
        for (int i = 0; i < 5; i++) {
            assertThat(signIn(client, name, "typo again " + i).statusCode()).isEqualTo(401);
        }
        assertThat(signIn(client, name, Visitor.password(name)).statusCode()).isEqualTo(429);
    }

    @Test
    void theApisBasicCredentialsFollowTheSameRules() {
        String client = freshClient();
        for (int i = 0; i < 20; i++) {
            assertThat(basic("6.6.6." + i + ", " + client, Visitor.uniqueName("script"), "wrong " + i).statusCode())
                    .isEqualTo(401);
        }
        assertThat(basic("7.7.7.7, " + client, TestCurator.USERNAME, TestCurator.PASSWORD).statusCode())
                .as("the client address is refused, whatever the client writes").isEqualTo(429);
        assertThat(basic(freshClient(), TestCurator.USERNAME, TestCurator.PASSWORD).statusCode())
                .as("the curator from another address").isNotIn(401, 429);
    }

    @Test
    void fiftyParallelWrongPasswordsForOneUsernameGetAtMostTheLimitChecked() throws Exception {
        String name = Visitor.uniqueName("burst");
        Visitor.signedUp(name);
        long start = System.nanoTime();
        List<Integer> statuses = parallel(50, i -> signIn(freshClient(), name, "parallel guess " + i).statusCode());
        System.out.printf("50 parallel sign-ins answered in %.1f s: %d checked%n", (System.nanoTime() - start) / 1e9,
                statuses.stream().filter(s -> s == 401).count());
        assertThat(statuses).doesNotContain(500, 503);
        assertThat(statuses.stream().filter(s -> s == 401).count()).as("passwords checked").isLessThanOrEqualTo(5);
        assertThat(statuses.stream().filter(s -> s == 429).count()).isGreaterThanOrEqualTo(45);
    }

    static Response signIn(String forwardedFor, String username, String password) {
        Visitor visitor = new Visitor();
        visitor.get("/signin");
        return visitor.request().header("X-Forwarded-For", forwardedFor)
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("csrf", visitor.csrfToken()).formParam("username", username).formParam("password", password)
                .post("/signin");
    }

    private static Response basic(String forwardedFor, String username, String password) {
        String credentials = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return given().header("X-Forwarded-For", forwardedFor).header("Authorization", "Basic " + credentials)
                .contentType("text/markdown").body("# nothing").post("/api/documents");
    }

    interface Call {
        int run(int i) throws Exception;
    }

    /** Runs n calls at once, released together. */
    static List<Integer> parallel(int n, Call call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                answers.add(pool.submit(() -> {
                    start.await();
                    return call.run(index);
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }
}
