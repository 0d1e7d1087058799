package org.kinopanorama.account;

import java.util.Optional;

/** What a password must be, in words a person reads on the form. */
public final class PasswordRules {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;
    public static final String DESCRIPTION = "At least " + MIN_LENGTH + " characters; not your username or email.";

    private PasswordRules() {
    }

    /** A rule the password breaks; pages say it in the reader's language. */
    public enum Problem { MISSING, TOO_SHORT, TOO_LONG, ONLY_SPACES, NAME_OR_EMAIL }

    /** @return what is wrong with the password, in English, or empty when it may be used */
    public static Optional<String> problem(String password, String username, String email) {
        return check(password, username, email).map(problem -> switch (problem) {
            case MISSING -> "Choose a password.";
            case TOO_SHORT -> "Use at least " + MIN_LENGTH + " characters.";
            case TOO_LONG -> "Use at most " + MAX_LENGTH + " characters.";
            case ONLY_SPACES -> "A password cannot be only spaces.";
            case NAME_OR_EMAIL -> "Your password cannot be your username or email.";
        });
    }

    /** @return the first rule the password breaks, or empty when it may be used */
    public static Optional<Problem> check(String password, String username, String email) {
        if (password == null || password.isEmpty()) {
            return Optional.of(Problem.MISSING);
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return Optional.of(Problem.TOO_SHORT);
        }
        if (length > MAX_LENGTH) {
            return Optional.of(Problem.TOO_LONG);
        }
        if (password.isBlank()) {
            return Optional.of(Problem.ONLY_SPACES);
        }
        if (username != null && password.equalsIgnoreCase(username) || email != null && password.equalsIgnoreCase(email)) {
            return Optional.of(Problem.NAME_OR_EMAIL);
        }
        return Optional.empty();
    }
}
