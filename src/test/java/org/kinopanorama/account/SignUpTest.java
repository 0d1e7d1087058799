package org.kinopanorama.account;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.kinopanorama.Sql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class SignUpTest {

    @Inject
    AgroalDataSource db;

    @Test
    void theFormStatesItsRules() {
        String page = new Visitor().get("/signup").then().statusCode(200).extract().asString();
        assertThat(page)
                .contains("<title>Sign up · Kinopanorama</title>")
                .contains("<label for=\"username\">Username</label>")
                .contains("3 to 30 letters (A-Z), digits, dots, dashes or underscores.")
                .contains("At least 10 characters; not your username or email.")
                .contains("name=\"csrf\"");
    }

    @Test
    void emptyFieldsAreEachNamed() {
        Response r = new Visitor().signUp("", "", "");
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.asString())
                .contains("id=\"username-error\">Choose a username.</p>")
                .contains("id=\"email-error\">Enter your email address.</p>")
                .contains("id=\"password-error\">Choose a password.</p>");
    }

    @Test
    void wrongValuesGetMessagesNextToTheirFieldsAndTheInputIsKeptButNotThePassword() {
        Response r = new Visitor().signUp("a", "not-an-email", "short");
        assertThat(r.statusCode()).isEqualTo(422);
        String page = r.asString();
        assertThat(page)
                .contains("id=\"username-error\">Use 3 to 30 letters (A-Z), digits, dots, dashes or underscores, starting with a letter or digit.</p>")
                .contains("id=\"email-error\">Enter an email address like name@example.org.</p>")
                .contains("id=\"password-error\">Use at least 10 characters.</p>")
                .contains("name=\"username\" type=\"text\" value=\"a\"")
                .contains("name=\"email\" type=\"email\" value=\"not-an-email\"")
                .doesNotContain("value=\"short\"")
                .contains("aria-invalid=\"true\"");
    }

    @Test
    void aPasswordThatIsTheUsernameIsRefused() {
        Response r = new Visitor().signUp("mikhalkov1", "nm@example.org", "Mikhalkov1");
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.asString()).contains("Your password cannot be your username or email.");
    }

    @Test
    void takenUsernamesAndEmailsAreRefusedWhateverTheirCase() throws Exception {
        String name = Visitor.uniqueName("tarkovsky");
        Visitor.signedUp(name);

        Response sameName = new Visitor().signUp(name.toUpperCase(), "other-" + name + "@example.org", "a long enough password");
        assertThat(sameName.statusCode()).isEqualTo(422);
        assertThat(sameName.asString()).contains("This username is taken. Choose another.");

        Response sameEmail = new Visitor().signUp(name + "x", (name + "@EXAMPLE.org").toUpperCase(), "a long enough password");
        assertThat(sameEmail.statusCode()).isEqualTo(422);
        assertThat(sameEmail.asString()).contains("An account with this email exists already.");

        assertThat(count("SELECT count(*) FROM account WHERE lower(username) LIKE lower(?)", name + "%")).isEqualTo(1);
    }

    @Test
    void theDatabaseHoldsABcryptHashNeverThePassword() throws Exception {
        String name = Visitor.uniqueName("shepitko");
        String password = Visitor.password(name);
        Visitor.signedUp(name);

        try (Connection c = db.getConnection();
             PreparedStatement q = c.prepareStatement("SELECT password_hash, roles FROM account WHERE username = ?")) {
            q.setString(1, name);
            try (ResultSet rs = q.executeQuery()) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).matches("^\\$2[aby]?\\$\\d\\d\\$.{53}$").doesNotContain(password);
                assertThat(rs.getString(2)).isEqualTo("user");
            }
        }
        assertThat(count("SELECT count(*) FROM account a WHERE a::text LIKE ?", "%" + password + "%")).isZero();
    }

    @Test
    void signingUpSignsInWithAnHttpOnlyLaxSessionCookieAndReturnsWhereThePersonWas() {
        String name = Visitor.uniqueName("ryazanov");
        Visitor visitor = new Visitor();
        visitor.get("/signup?return=/about");
        Response r = visitor.post("/signup", "username", name, "email", name + "@example.org",
                "password", Visitor.password(name), "return", "/about");

        assertThat(r.statusCode()).isEqualTo(303);
        assertThat(r.header("Location")).endsWith("/about");
        assertThat(r.headers().getValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("kp-session=").containsIgnoringCase("HttpOnly").contains("SameSite=Lax"));
        assertThat(visitor.get("/").asString()).contains("class=\"site-nav__user\"").contains(name);
    }

    private long count(String sql, String parameter) throws Exception {
        return Sql.count(db, sql, parameter);
    }
}
