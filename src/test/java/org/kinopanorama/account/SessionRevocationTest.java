package org.kinopanorama.account;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.Cookie;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;

import java.util.LinkedHashMap;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** A session ends for good when its owner says so: sign-out, a new password, "sign out everywhere", a deleted account. */
@QuarkusTest
class SessionRevocationTest {

    @Inject
    AgroalDataSource db;

    @Test
    void aDeletedAccountsCookieNeverSignsIntoTheNextAccountWithTheSameName() {
        String name = Visitor.uniqueName("sheremetyev");
        Visitor first = new Visitor();
        Map<String, String> stolen = cookiesOf(first.signUp(name, name + "@example.org", Visitor.password(name)));
        first.get("/account");
        assertThat(first.post("/account/delete", "deleteConfirmation", name, "deletePassword", Visitor.password(name))
                .statusCode()).isEqualTo(303);

        Visitor next = new Visitor();
        assertThat(next.signUp(name, "someone.else." + name + "@example.org", "another person's secret").statusCode()).isEqualTo(303);
        next.get("/watchlists");
        assertThat(next.post("/watchlists", "name", "Private picks of the new owner", "description", "").statusCode()).isEqualTo(303);

        Response account = withCookies(stolen).get("/account");
        assertThat(account.statusCode()).as("the old cookie opens no account page").isEqualTo(303);
        assertThat(account.header("Location")).contains("/signin");
        assertThat(cleared(account, "kp-session")).as("the dead cookie is cleared").isTrue();
        Response lists = withCookies(stolen).get("/watchlists");
        assertThat(lists.asString()).doesNotContain("Private picks of the new owner").doesNotContain("someone.else.");
        Response home = withCookies(stolen).get("/");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.asString()).doesNotContain("site-nav__user");
    }

    @Test
    void changingThePasswordEndsEveryOtherSessionButNotThisOne() {
        String name = Visitor.uniqueName("ryazanov");
        Visitor phone = Visitor.signedUp(name);
        Visitor laptop = new Visitor();
        assertThat(laptop.signIn(name, Visitor.password(name)).statusCode()).isEqualTo(303);
        assertThat(phone.get("/account").statusCode()).isEqualTo(200);

        laptop.get("/account");
        assertThat(laptop.post("/account/password", "current", Visitor.password(name),
                "password", "a fresh and long password", "confirmation", "a fresh and long password").statusCode()).isEqualTo(303);

        assertThat(laptop.get("/account").statusCode()).as("the session that changed it").isEqualTo(200);
        Response onPhone = phone.get("/account");
        assertThat(onPhone.statusCode()).as("another session of the same account").isEqualTo(303);
        assertThat(phone.get("/").asString()).doesNotContain("site-nav__user");
    }

    @Test
    void aCookieCopiedBeforeSignOutDoesNotWorkAfterIt() {
        String name = Visitor.uniqueName("shukshin");
        Visitor.signedUp(name);
        Visitor visitor = new Visitor();
        Map<String, String> copied = cookiesOf(visitor.signIn(name, Visitor.password(name)));
        assertThat(withCookies(copied).get("/account").statusCode()).as("the copy works while signed in").isEqualTo(200);

        assertThat(visitor.post("/signout").statusCode()).isEqualTo(303);

        Response replayed = withCookies(copied).get("/account");
        assertThat(replayed.statusCode()).isEqualTo(303);
        assertThat(replayed.header("Location")).contains("/signin");
        assertThat(withCookies(copied).get("/").asString()).doesNotContain("site-nav__user");
    }

    @Test
    void theAccountPageListsTheSessionsAndSignsOutEverywhere() {
        String name = Visitor.uniqueName("khutsiev");
        Visitor here = Visitor.signedUp(name);
        Visitor elsewhere = new Visitor();
        Response in = elsewhere.request().header("User-Agent",
                        "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0")
                .get("/signin");
        assertThat(in.statusCode()).isEqualTo(200);
        String token = in.getCookie("kp-csrf");
        Response signedIn = elsewhere.request().header("User-Agent",
                        "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0")
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("csrf", token).formParam("username", name).formParam("password", Visitor.password(name))
                .post("/signin");
        assertThat(signedIn.statusCode()).isEqualTo(303);

        String page = here.get("/account").asString();
        assertThat(page).contains("id=\"sessions-title\"").contains("Firefox on Windows").contains("This device");
        assertThat(page.split("class=\"session\"", -1)).hasSize(3);

        Response forged = here.request().contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("csrf", "not the token").post("/account/sessions/end-all");
        assertThat(forged.statusCode()).as("no CSRF token, no change").isEqualTo(403);
        assertThat(elsewhere.get("/account").statusCode()).isEqualTo(200);

        Response everywhere = here.post("/account/sessions/end-all");
        assertThat(everywhere.statusCode()).isEqualTo(303);
        assertThat(everywhere.header("Location")).contains("/signin");
        assertThat(here.get("/account").statusCode()).isEqualTo(303);
        assertThat(elsewhere.get("/account").statusCode()).isEqualTo(303);
        assertThat(new Visitor().signIn(name, Visitor.password(name)).statusCode()).as("the password still works").isEqualTo(303);
    }

    @Test
    void aSessionCookieWithoutItsServerSideRecordIsAnonymous() {
        String name = Visitor.uniqueName("parajanov");
        Map<String, String> cookies = cookiesOf(new Visitor().signUp(name, name + "@example.org", Visitor.password(name)));
        cookies.remove("kp-sid");
        Response page = withCookies(cookies).get("/account");
        assertThat(page.statusCode()).isEqualTo(303);
        for (String forged : new String[]{"forged-value-that-no-session-has", "x".repeat(4000), "' OR 1=1 --", ""}) {
            cookies.put("kp-sid", forged);
            assertThat(withCookies(cookies).get("/account").statusCode()).as(forged).isEqualTo(303);
        }
    }

    @Test
    void aSessionEndedByAnotherInstanceIsRefusedHereSoonAfter() throws Exception {
        String name = Visitor.uniqueName("askoldov");
        Visitor visitor = Visitor.signedUp(name);
        assertThat(visitor.get("/account").statusCode()).isEqualTo(200);

        // another instance signs the account out everywhere: only the shared database changes
        try (Connection c = db.getConnection(); PreparedStatement d = c.prepareStatement(
                "DELETE FROM account_session WHERE account_id = (SELECT id FROM account WHERE username = ?)")) {
            d.setString(1, name);
            assertThat(d.executeUpdate()).isEqualTo(1);
        }

        // within recheck-after (5 s); polled for longer so that a loaded machine does not fail the test
        long deadline = System.nanoTime() + 60_000_000_000L;
        int status = 200;
        while (status == 200 && System.nanoTime() < deadline) {
            Thread.sleep(500);
            status = visitor.get("/account").statusCode();
        }
        assertThat(status).isEqualTo(303);
    }

    /** What a thief who copied the browser's cookies at that moment holds. */
    static Map<String, String> cookiesOf(Response response) {
        Map<String, String> cookies = new LinkedHashMap<>();
        response.getCookies().forEach((name, value) -> {
            if (value != null && !value.isEmpty()) {
                cookies.put(name, value);
            }
        });
        assertThat(cookies).containsKey("kp-session");
        return cookies;
    }

    static io.restassured.specification.RequestSpecification withCookies(Map<String, String> cookies) {
        return given().cookies(cookies).redirects().follow(false);
    }

    private static boolean cleared(Response response, String name) {
        Cookie cookie = response.getDetailedCookie(name);
        return cookie != null && (cookie.getMaxAge() == 0 || cookie.getValue().isEmpty());
    }
}
