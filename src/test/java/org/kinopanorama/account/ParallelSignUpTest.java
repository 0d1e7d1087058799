package org.kinopanorama.account;

import io.quarkus.test.junit.QuarkusTest;
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
        List<Visitor> visitors = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Visitor visitor = new Visitor();
            visitor.get("/signup");
            visitors.add(visitor);
            names.add(Visitor.uniqueName("crowd"));
        }
        List<Integer> statuses = BehindProxyThrottleTest.parallel(n, i -> visitors.get(i).post("/signup",
                "username", names.get(i), "email", names.get(i) + "@example.org", "password", Visitor.password(names.get(i)))
                .statusCode());
        assertThat(statuses).allSatisfy(s -> assertThat(s).isLessThan(500));
        assertThat(statuses).containsOnly(303);
    }
}
