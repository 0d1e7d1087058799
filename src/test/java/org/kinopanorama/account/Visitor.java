package org.kinopanorama.account;

import io.restassured.filter.cookie.CookieFilter;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;

/**
 * A person with a browser's cookie jar: every POST carries the CSRF token of the last page seen,
 * as a form on this site would. Redirects are not followed, so tests see the 303 and its Location.
 */
public class Visitor {

    private static final Pattern TOKEN = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final CookieFilter cookies = new CookieFilter();
    private String csrf;

    /** A username nobody else in this test run has. */
    public static String uniqueName(String prefix) {
        return prefix + "-" + Long.toString(System.nanoTime() % 1_000_000_000L, 36) + SEQUENCE.incrementAndGet();
    }

    public RequestSpecification request() {
        return given().filter(cookies).redirects().follow(false);
    }

    public Response get(String path) {
        Response response = request().get(path);
        remember(response);
        return response;
    }

    public Response post(String path, String... fieldsAndValues) {
        if (csrf == null) {
            get("/");
        }
        Map<String, String> form = new LinkedHashMap<>();
        form.put("csrf", csrf);
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            form.put(fieldsAndValues[i], fieldsAndValues[i + 1]);
        }
        Response response = request().contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParams(form).post(path);
        remember(response);
        return response;
    }

    public Response signUp(String username, String email, String password) {
        get("/signup");
        return post("/signup", "username", username, "email", email, "password", password);
    }

    public Response signIn(String username, String password) {
        get("/signin");
        return post("/signin", "username", username, "password", password);
    }

    /** Signs up and stays signed in. */
    public static Visitor signedUp(String username) {
        Visitor visitor = new Visitor();
        Response response = visitor.signUp(username, username + "@example.org", password(username));
        if (response.statusCode() != 303) {
            throw new IllegalStateException("sign-up failed: " + response.statusCode() + " " + response.asString());
        }
        return visitor;
    }

    public static String password(String username) {
        return "secret of " + username;
    }

    public String csrfToken() {
        return csrf;
    }

    private void remember(Response response) {
        String rotated = response.getCookie("kp-csrf");
        if (rotated != null && !rotated.isEmpty()) {
            csrf = rotated;
            return;
        }
        String body = response.asString();
        Matcher m = TOKEN.matcher(body);
        if (m.find()) {
            csrf = m.group(1);
        }
    }
}
