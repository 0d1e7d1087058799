package org.kinopanorama.account;

import org.kinopanorama.web.FieldErrors;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What is wrong with an account form, field by field, as codes: the service finds them, the resource puts them in the
 * reader's words ({@link #in(AccountMessages)}). Keeps the first problem of a field: the most basic one to fix first.
 */
public final class AccountProblems {

    /** A problem; {@code detail} is what its words need (the username for a wrong confirmation), else null. */
    public record Problem(Code code, String detail) {
    }

    public enum Code {
        USERNAME_REQUIRED, USERNAME_RULES, USERNAME_TAKEN, USERNAME_TAKEN_MEANWHILE,
        EMAIL_REQUIRED, EMAIL_TOO_LONG, EMAIL_INVALID, EMAIL_TAKEN,
        PASSWORD_REQUIRED, PASSWORD_TOO_SHORT, PASSWORD_TOO_LONG, PASSWORD_ONLY_SPACES, PASSWORD_IS_NAME,
        CURRENT_PASSWORD_WRONG, PASSWORDS_DIFFER, DELETE_CONFIRM_MISMATCH, PASSWORD_WRONG,
        /** A rule of the form with no words of ours: {@code detail} is the rule's own (English) message. */
        OTHER
    }

    private final Map<String, Problem> problems = new LinkedHashMap<>();

    public static AccountProblems none() {
        return new AccountProblems();
    }

    public AccountProblems add(String field, Code code) {
        return add(field, code, null);
    }

    public AccountProblems add(String field, Code code, String detail) {
        problems.putIfAbsent(field, new Problem(code, detail));
        return this;
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }

    public boolean has(String field) {
        return problems.containsKey(field);
    }

    public Map<String, Problem> all() {
        return Map.copyOf(problems);
    }

    /** The problems in the reader's words, for the form's fields. */
    public FieldErrors in(AccountMessages words) {
        FieldErrors errors = FieldErrors.none();
        problems.forEach((field, problem) -> errors.add(field, words(problem, words)));
        return errors;
    }

    private static String words(Problem problem, AccountMessages words) {
        return switch (problem.code()) {
            case USERNAME_REQUIRED -> words.username_required();
            case USERNAME_RULES -> words.username_rules();
            case USERNAME_TAKEN -> words.username_taken();
            case USERNAME_TAKEN_MEANWHILE -> words.username_taken_meanwhile();
            case EMAIL_REQUIRED -> words.email_required();
            case EMAIL_TOO_LONG -> words.email_too_long();
            case EMAIL_INVALID -> words.email_invalid();
            case EMAIL_TAKEN -> words.email_taken();
            case PASSWORD_REQUIRED -> words.password_required();
            case PASSWORD_TOO_SHORT -> words.password_too_short(PasswordRules.MIN_LENGTH);
            case PASSWORD_TOO_LONG -> words.password_too_long(PasswordRules.MAX_LENGTH);
            case PASSWORD_ONLY_SPACES -> words.password_only_spaces();
            case PASSWORD_IS_NAME -> words.password_is_name();
            case CURRENT_PASSWORD_WRONG -> words.current_password_wrong();
            case PASSWORDS_DIFFER -> words.passwords_differ();
            case DELETE_CONFIRM_MISMATCH -> words.delete_confirm_mismatch(problem.detail());
            case PASSWORD_WRONG -> words.password_wrong();
            case OTHER -> problem.detail();
        };
    }
}
