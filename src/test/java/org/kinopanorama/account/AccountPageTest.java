package org.kinopanorama.account;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.kinopanorama.Sql;

import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class AccountPageTest {

    @Inject
    AgroalDataSource db;

    @Test
    void theAccountPageShowsWhoYouAre() {
        String name = Visitor.uniqueName("viewer");
        Response page = Visitor.signedUp(name).get("/account");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.asString()).contains("<dd>" + name + "</dd>").contains("<dd>" + name + "@example.org</dd>")
                .contains("<dd>Member</dd>");
    }

    @Test
    void changingThePasswordAsksForTheCurrentOne() {
        String name = Visitor.uniqueName("changer");
        Visitor visitor = Visitor.signedUp(name);
        visitor.get("/account");

        Response wrong = visitor.post("/account/password", "current", "not my password",
                "password", "a brand new password", "confirmation", "a brand new password");
        assertThat(wrong.statusCode()).isEqualTo(422);
        assertThat(wrong.asString()).contains("id=\"current-error\">This is not your current password.</p>");

        Response mismatch = visitor.post("/account/password", "current", Visitor.password(name),
                "password", "a brand new password", "confirmation", "a different one!!");
        assertThat(mismatch.statusCode()).isEqualTo(422);
        assertThat(mismatch.asString()).contains("The two new passwords are not the same.");

        Response changed = visitor.post("/account/password", "current", Visitor.password(name),
                "password", "a brand new password", "confirmation", "a brand new password");
        assertThat(changed.statusCode()).isEqualTo(303);
        assertThat(changed.header("Location")).endsWith("/account?notice=password-changed");
        assertThat(visitor.get("/account?notice=password-changed").asString()).contains("Your password was changed.");

        assertThat(new Visitor().signIn(name, Visitor.password(name)).statusCode()).isEqualTo(401);
        assertThat(new Visitor().signIn(name, "a brand new password").statusCode()).isEqualTo(303);
    }

    @Test
    void deletingTheAccountAsksForConfirmation() throws Exception {
        String name = Visitor.uniqueName("stays");
        Visitor visitor = Visitor.signedUp(name);
        visitor.get("/account");

        Response unconfirmed = visitor.post("/account/delete", "deleteConfirmation", "yes", "deletePassword", Visitor.password(name));
        assertThat(unconfirmed.statusCode()).isEqualTo(422);
        assertThat(unconfirmed.asString()).contains("Type your username, " + name + ", to confirm.");
        assertThat(accountRows(name)).isEqualTo(1);
    }

    @Test
    void deletingTheAccountRemovesItsRowsAndSignsOut() throws Exception {
        String name = Visitor.uniqueName("leaves");
        Visitor visitor = Visitor.signedUp(name);
        new Visitor().signIn(name, "a failed attempt"); // leaves a row in sign_in_failure
        visitor.get("/account");

        Response deleted = visitor.post("/account/delete", "deleteConfirmation", name, "deletePassword", Visitor.password(name));

        assertThat(deleted.statusCode()).isEqualTo(303);
        assertThat(deleted.header("Location")).endsWith("/?notice=account-deleted");
        assertThat(visitor.get("/?notice=account-deleted").asString())
                .contains("Your account and everything that belonged to it were deleted.")
                .doesNotContain("site-nav__user");
        assertThat(accountRows(name)).isZero();
        assertThat(count("SELECT count(*) FROM sign_in_failure WHERE kind = 'username' AND subject = lower(?)", name)).isZero();
        assertThat(visitor.get("/account").statusCode()).isEqualTo(303);
        assertThat(new Visitor().signIn(name, Visitor.password(name)).statusCode()).isEqualTo(401);
    }

    private long accountRows(String name) throws Exception {
        return count("SELECT count(*) FROM account WHERE username = ?", name);
    }

    private long count(String sql, String parameter) throws Exception {
        return Sql.count(db, sql, parameter);
    }
}
