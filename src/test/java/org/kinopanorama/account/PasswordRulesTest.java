package org.kinopanorama.account;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordRulesTest {

    @Test
    void aLongEnoughPasswordThatIsNotTheNameIsAccepted() {
        assertThat(PasswordRules.problem("летят журавли 1957", "anna", "anna@example.org")).isEmpty();
    }

    @Test
    void eachBrokenRuleIsNamed() {
        assertThat(PasswordRules.problem("", "anna", "a@b.c")).contains("Choose a password.");
        assertThat(PasswordRules.problem("nine char", "anna", "a@b.c")).contains("Use at least 10 characters.");
        assertThat(PasswordRules.problem("x".repeat(129), "anna", "a@b.c")).contains("Use at most 128 characters.");
        assertThat(PasswordRules.problem("           ", "anna", "a@b.c")).contains("A password cannot be only spaces.");
        assertThat(PasswordRules.problem("Anna.Karenina", "anna.karenina", "a@b.c"))
                .contains("Your password cannot be your username or email.");
        assertThat(PasswordRules.problem("anna@example.org", "anna", "anna@example.org"))
                .contains("Your password cannot be your username or email.");
    }

    @Test
    void lengthCountsCharactersNotBytes() {
        assertThat(PasswordRules.problem("журавлиии", "anna", "a@b.c")).contains("Use at least 10 characters.");
        assertThat(PasswordRules.problem("журавлиииi", "anna", "a@b.c")).isEmpty();
    }
}
