package org.kinopanorama.account;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every curators' API sits behind one gate: a visitor, a reader who is not a curator and every kind of broken or
 * wrong credentials are refused before anything happens, each with a status and a message in the API's one error
 * shape ({"error": ...}), never a login challenge.
 */
@QuarkusTest
class CuratorGateTest {

    /** "METHOD path": every curators' API, including ones that would fail later for other reasons. */
    @ParameterizedTest
    @ValueSource(strings = {"POST /api/documents?name=gate.txt", "POST /api/similarity/rebuild",
            "POST /api/datasets/imports?dataset=movielens&path=nowhere", "GET /api/datasets/imports/1",
            "POST /api/datasets/imports/1/cancel", "POST /api/datasets/imports/1/resume"})
    void nobodyButACuratorGetsThrough(String endpoint) {
        refused(call(given(), endpoint), 401, "Sign in as a curator");
        refused(call(given().header("Authorization", "Bearer abc"), endpoint), 401, "Only HTTP Basic");
        refused(call(given().header("Authorization", "Basic ***not base64***"), endpoint), 401, "not valid Base64");
        refused(call(given().header("Authorization", "Basic " + base64("no-colon-here")), endpoint), 401, "name:password");
        String name = Visitor.uniqueName("reader");
        Visitor reader = Visitor.signedUp(name);
        // a wrong password (of a reader's account: the curator's own failures would throttle the other tests)
        refused(call(given().header("Authorization", "Basic " + base64(name + ":not the password")), endpoint),
                401, "username or password is not right");
        refused(call(reader.request().header("X-CSRF-Token", reader.csrfToken()), endpoint), 403, "Only curators");
        refused(call(given().auth().preemptive().basic(name, Visitor.password(name)), endpoint), 403, "Only curators");

        Response curator = call(given().auth().preemptive().basic(TestCurator.USERNAME, TestCurator.PASSWORD), endpoint);
        assertThat(curator.statusCode()).as(endpoint + " for a curator").isNotIn(401, 403);
        if (curator.statusCode() >= 400) {
            assertThat(curator.contentType()).startsWith("application/json");
            assertThat(curator.jsonPath().getString("error")).as("a curator's mistake is named").isNotBlank();
        }
    }

    private static Response call(RequestSpecification request, String endpoint) {
        String[] parts = endpoint.split(" ", 2);
        RequestSpecification r = request.redirects().follow(false).contentType("text/plain").body("");
        return parts[0].equals("GET") ? r.get(parts[1]) : r.post(parts[1]);
    }

    private static void refused(Response response, int status, String message) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.header("WWW-Authenticate")).isNull();
        assertThat(response.contentType()).startsWith("application/json");
        assertThat(response.jsonPath().getString("error")).contains(message);
        assertThat(response.jsonPath().getMap("$")).containsOnlyKeys("error");
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
