package org.kinopanorama.account;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class SignInTest {

    @Inject
    EntityManager em;

    @BeforeEach
    void forgetFailedSignIns() {
        // every test signs in from 127.0.0.1: start each with a clean count
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("DELETE FROM sign_in_failure").executeUpdate());
    }

    @Test
    void signInThenSignOut() {
        String name = Visitor.uniqueName("gaidai");
        Visitor.signedUp(name);
        Visitor visitor = new Visitor();

        Response in = visitor.signIn(name, Visitor.password(name));
        assertThat(in.statusCode()).isEqualTo(303);
        assertThat(in.header("Location")).endsWith("/");
        assertThat(visitor.get("/").asString()).contains("class=\"site-nav__user\"").contains(name);
        assertThat(visitor.get("/account").statusCode()).isEqualTo(200);

        Response out = visitor.post("/signout");
        assertThat(out.statusCode()).isEqualTo(303);
        assertThat(visitor.get("/").asString()).doesNotContain("site-nav__user").contains(">Sign in</a>");
        assertThat(visitor.get("/account").statusCode()).isEqualTo(303);
    }

    @Test
    void theUsernameIsNotCaseSensitive() {
        String name = Visitor.uniqueName("Danelia");
        Visitor.signedUp(name);
        assertThat(new Visitor().signIn(name.toLowerCase(), Visitor.password(name)).statusCode()).isEqualTo(303);
    }

    @Test
    void aFailedSignInSaysTheSameWhetherOrNotTheAccountExists() {
        String name = Visitor.uniqueName("kalatozov");
        Visitor.signedUp(name);

        Response wrongPassword = new Visitor().signIn(name, "not the password at all");
        Response noSuchUser = new Visitor().signIn(Visitor.uniqueName("nobody"), "not the password at all");

        assertThat(wrongPassword.statusCode()).isEqualTo(401).isEqualTo(noSuchUser.statusCode());
        assertThat(message(wrongPassword)).isEqualTo("The username or password is not right.").isEqualTo(message(noSuchUser));
        assertThat(wrongPassword.asString()).contains("value=\"" + name + "\"").doesNotContain("not the password at all");
        assertThat(wrongPassword.getCookie("kp-session")).isNull();
    }

    @Test
    void afterSigningInThePersonReturnsToThePageTheyCameFrom() {
        String name = Visitor.uniqueName("tarkovsky");
        Visitor.signedUp(name);
        Visitor visitor = new Visitor();

        Response toAccount = visitor.get("/account");
        assertThat(toAccount.statusCode()).isEqualTo(303);
        assertThat(toAccount.header("Location")).endsWith("/signin?return=%2Faccount");

        String form = visitor.get("/signin?return=/account").asString();
        assertThat(form).contains("name=\"return\" value=\"/account\"");
        Response in = visitor.post("/signin", "username", name, "password", Visitor.password(name), "return", "/account");
        assertThat(in.statusCode()).isEqualTo(303);
        assertThat(in.header("Location")).endsWith("/account");
    }

    @Test
    void anOutsideReturnAddressIsNeverFollowed() {
        String name = Visitor.uniqueName("german");
        Visitor.signedUp(name);
        for (String outside : new String[]{"https://evil.example/", "//evil.example/x", "/\\evil.example", "javascript:alert(1)"}) {
            Visitor visitor = new Visitor();
            visitor.get("/signin");
            Response in = visitor.post("/signin", "username", name, "password", Visitor.password(name), "return", outside);
            assertThat(in.statusCode()).isEqualTo(303);
            assertThat(in.header("Location")).as(outside).matches("https?://localhost:\\d+/");
        }
    }

    @Test
    void repeatedFailuresForOneUsernameAreRefusedWith429UntilTheLockoutPasses() {
        String name = Visitor.uniqueName("menshov");
        Visitor.signedUp(name);
        Visitor attacker = new Visitor();
        for (int i = 0; i < 5; i++) {
            assertThat(attacker.signIn(name, "guess number " + i).statusCode()).isEqualTo(401);
        }

        Response refused = attacker.signIn(name, Visitor.password(name));
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.header("Retry-After")).isNotNull();
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 15 * 60L);
        assertThat(message(refused)).startsWith("Too many failed attempts. Please wait 15 minutes");
        assertThat(refused.getCookie("kp-session")).isNull();
    }

    @Test
    void aSuccessfulSignInResetsTheCount() {
        String name = Visitor.uniqueName("rostotsky");
        Visitor.signedUp(name);
        Visitor visitor = new Visitor();
        for (int i = 0; i < 4; i++) {
            visitor.signIn(name, "typo " + i);
        }
        assertThat(visitor.signIn(name, Visitor.password(name)).statusCode()).isEqualTo(303);

        Visitor later = new Visitor();
        for (int i = 0; i < 4; i++) {
            assertThat(later.signIn(name, "another typo " + i).statusCode()).isEqualTo(401);
        }
        assertThat(later.signIn(name, Visitor.password(name)).statusCode()).isEqualTo(303);
    }

    @Test
    void manyFailuresFromOneAddressAreRefusedWhateverTheUsername() {
        Visitor visitor = new Visitor();
        for (int i = 0; i < 20; i++) {
            assertThat(visitor.signIn(Visitor.uniqueName("spray"), "password " + i).statusCode()).isEqualTo(401);
        }
        assertThat(visitor.signIn(Visitor.uniqueName("spray"), "password").statusCode()).isEqualTo(429);
    }

    @Test
    void aMemberGets403OnACuratorPageAndAnAnonymousVisitorIsSentToSignIn() {
        Visitor member = Visitor.signedUp(Visitor.uniqueName("member"));
        Response forbidden = member.get("/curate");
        assertThat(forbidden.statusCode()).isEqualTo(403);
        assertThat(forbidden.asString()).contains("class=\"site-header\"").contains("Back to the home page");

        Response anonymous = new Visitor().get("/curate");
        assertThat(anonymous.statusCode()).isEqualTo(303);
        assertThat(anonymous.header("Location")).endsWith("/signin?return=%2Fcurate");
    }

    @Test
    void theConfiguredCuratorMaySeeTheCuratorsDesk() {
        Visitor curator = new Visitor();
        assertThat(curator.signIn(TestCurator.USERNAME, TestCurator.PASSWORD).statusCode()).isEqualTo(303);
        Response desk = curator.get("/curate");
        assertThat(desk.statusCode()).isEqualTo(200);
        assertThat(desk.asString()).contains("Curator’s desk").contains("href=\"/curate\"");
    }

    @Test
    void quarkusBuiltInLoginEndpointIsClosed() {
        Response r = new Visitor().request().formParam("j_username", TestCurator.USERNAME)
                .formParam("j_password", TestCurator.PASSWORD).post("/j_security_check");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.getCookie("kp-session")).isNull();
    }

    private static String message(Response page) {
        var m = java.util.regex.Pattern.compile("<p class=\"form-alert\" role=\"alert\">([^<]*)</p>").matcher(page.asString());
        return m.find() ? m.group(1) : null;
    }
}
