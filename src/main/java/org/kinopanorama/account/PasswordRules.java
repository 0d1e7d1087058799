package org.kinopanorama.account;

import java.util.Optional;

/** What a password must be, in words a person reads on the form. */
public final class PasswordRules {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;
    public static final String DESCRIPTION = "At least " + MIN_LENGTH + " characters; not your username or email.";

    private PasswordRules() {
    }

    /** @return what is wrong with the password, or empty when it may be used */
    public static Optional<String> problem(String password, String username, String email) {
        if (password == null || password.isEmpty()) {
            return Optional.of("Choose a password.");
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return Optional.of("Use at least " + MIN_LENGTH + " characters.");
        }
        if (length > MAX_LENGTH) {
            return Optional.of("Use at most " + MAX_LENGTH + " characters.");
        }
        if (password.isBlank()) {
            return Optional.of("A password cannot be only spaces.");
        }
        if (username != null && password.equalsIgnoreCase(username) || email != null && password.equalsIgnoreCase(email)) {
            return Optional.of("Your password cannot be your username or email.");
        }
        return Optional.empty();
    }
}
