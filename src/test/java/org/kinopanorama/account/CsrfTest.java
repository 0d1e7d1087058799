package org.kinopanorama.account;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A state-changing request without this site's token, or from another site, gets 403 and changes nothing. */
@QuarkusTest
class CsrfTest {

    @Test
    void everyFormCarriesTheTokenOfItsVisitor() {
        Visitor visitor = new Visitor();
        String page = visitor.get("/signup").asString();
        assertThat(page).contains("name=\"csrf\" value=\"" + visitor.csrfToken() + "\"");
        assertThat(visitor.csrfToken()).hasSizeGreaterThanOrEqualTo(32);
    }

    @Test
    void aPostWithoutATokenIsRefusedAndChangesNothing() {
        String name = Visitor.uniqueName("forged");
        Visitor visitor = new Visitor();
        visitor.get("/signup");
        Response r = visitor.request().formParam("username", name).formParam("email", name + "@example.org")
                .formParam("password", Visitor.password(name)).post("/signup");

        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.asString()).contains("class=\"site-header\"").contains("did not carry its security token")
                .contains("Back to the home page");
        assertThat(new Visitor().signIn(name, Visitor.password(name)).statusCode()).isEqualTo(401);
    }

    @Test
    void aPostWithAWrongTokenIsRefused() {
        String name = Visitor.uniqueName("forged");
        Visitor visitor = new Visitor();
        visitor.get("/signup");
        Response r = visitor.request().formParam("csrf", "x".repeat(43)).formParam("username", name)
                .formParam("email", name + "@example.org").formParam("password", Visitor.password(name)).post("/signup");

        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.asString()).contains("does not match");
        assertThat(new Visitor().signIn(name, Visitor.password(name)).statusCode()).isEqualTo(401);
    }

    @Test
    void aTokenWithoutItsCookieIsRefused() {
        Visitor visitor = new Visitor();
        visitor.get("/signup");
        Response r = io.restassured.RestAssured.given().redirects().follow(false)
                .formParam("csrf", visitor.csrfToken()).post("/signout");
        assertThat(r.statusCode()).isEqualTo(403);
    }

    @Test
    void aPostFromAnotherSiteIsRefusedEvenWithTheToken() {
        Visitor member = Visitor.signedUp(Visitor.uniqueName("victim"));
        member.get("/account");
        Response r = member.request().header("Origin", "https://evil.example")
                .formParam("csrf", member.csrfToken()).post("/signout");

        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.asString()).contains("sent from another site");
        assertThat(member.get("/account").statusCode()).as("still signed in").isEqualTo(200);
    }

    @Test
    void aRefererFromAnotherSiteIsRefusedAndOurOwnOriginIsAccepted() {
        Visitor member = Visitor.signedUp(Visitor.uniqueName("member"));
        member.get("/account");
        Response foreign = member.request().header("Referer", "http://evil.example/page")
                .formParam("csrf", member.csrfToken()).post("/signout");
        assertThat(foreign.statusCode()).isEqualTo(403);

        int port = io.restassured.RestAssured.port;
        Response own = member.request().header("Origin", "http://localhost:" + port)
                .formParam("csrf", member.csrfToken()).post("/signout");
        assertThat(own.statusCode()).isEqualTo(303);
    }

    @Test
    void aSignInWithoutATokenIsRefused() {
        Response r = new Visitor().request().formParam("username", TestCurator.USERNAME)
                .formParam("password", TestCurator.PASSWORD).post("/signin");
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.getCookie("kp-session")).isNull();
    }
}
