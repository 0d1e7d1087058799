package org.kinopanorama.account;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Many people signing up at the same moment all get an answer: an account or a form error, never a 5xx. */
@QuarkusTest
class ParallelSignUpTest {

    @Test
    void oneHundredFiftyParallelSignUpsGetNoServerError() throws Exception {
        int n = 150;
        // 150 bcrypt hashes queue for two shared cores: the last answer may come later than the tests' usual 30 s wait
        RestAssuredConfig patient = RestAssured.config().httpClient(HttpClientConfig.httpClientConfig()
                .setParam("http.socket.timeout", 300_000).setParam("http.connection.timeout", 60_000));
        List<Visitor> visitors = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Visitor visitor = new Visitor();
            visitor.get("/signup");
            visitors.add(visitor);
            names.add(Visitor.uniqueName("crowd"));
        }
        long start = System.nanoTime();
        List<Integer> statuses = BehindProxyThrottleTest.parallel(n, i -> visitors.get(i).request().config(patient)
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("csrf", visitors.get(i).csrfToken())
                .formParam("username", names.get(i)).formParam("email", names.get(i) + "@example.org")
                .formParam("password", Visitor.password(names.get(i)))
                .post("/signup").statusCode());
        System.out.printf("%d parallel sign-ups answered in %.1f s%n", n, (System.nanoTime() - start) / 1e9);
        assertThat(statuses).allSatisfy(s -> assertThat(s).isLessThan(500));
        assertThat(statuses).containsOnly(303);
    }
}
