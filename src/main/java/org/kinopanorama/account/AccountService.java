package org.kinopanorama.account;

import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.kinopanorama.web.FieldErrors;
import org.kinopanorama.web.Language;
import org.kinopanorama.web.Messages;

import java.util.Comparator;
import java.util.Optional;

import static jakarta.transaction.Transactional.TxType.SUPPORTS;

/** Accounts: created, checked, changed and deleted, each in one transaction. */
@ApplicationScoped
@Transactional
public class AccountService {

    /** Compared against when no account has the username, so that a failed sign-in takes as long either way. */
    private static final String NO_ACCOUNT_HASH = BcryptUtil.bcryptHash("no account has this password");

    @Inject
    Validator validator;

    @Inject
    EntityManager em;

    @Inject
    SignInThrottle throttle;

    /** Problems with a sign-up form, field by field, in the reader's language; empty when the account may be created. */
    @Transactional(SUPPORTS)
    public FieldErrors check(SignUpForm form) {
        Messages words = Language.currentMessages();
        FieldErrors errors = FieldErrors.none();
        validator.validate(form).stream()
                .sorted(Comparator.comparing((ConstraintViolation<SignUpForm> v) -> constraint(v).equals("NotBlank") ? 0 : 1))
                .forEach(v -> errors.add(v.getPropertyPath().toString(), words(v, words)));
        PasswordRules.check(form.password(), form.username(), form.email())
                .ifPresent(problem -> errors.add("password", words(problem, words)));
        if (!errors.has("username") && Account.findByUsernameIgnoringCase(form.username()).isPresent()) {
            errors.add("username", words.username_taken());
        }
        if (!errors.has("email") && Account.existsWithEmail(form.email())) {
            errors.add("email", words.email_taken());
        }
        return errors;
    }

    private static String constraint(ConstraintViolation<?> violation) {
        return violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
    }

    /** A rule of {@link SignUpForm} in the reader's words; the annotation's own (English) message for any other. */
    private static String words(ConstraintViolation<SignUpForm> violation, Messages words) {
        return switch (violation.getPropertyPath() + " " + constraint(violation)) {
            case "username NotBlank" -> words.username_required();
            case "username Pattern" -> words.username_rules();
            case "email NotBlank" -> words.email_required();
            case "email Size" -> words.email_too_long();
            case "email Email" -> words.email_invalid();
            default -> violation.getMessage();
        };
    }

    private static String words(PasswordRules.Problem problem, Messages words) {
        return switch (problem) {
            case MISSING -> words.password_required();
            case TOO_SHORT -> words.password_too_short(PasswordRules.MIN_LENGTH);
            case TOO_LONG -> words.password_too_long(PasswordRules.MAX_LENGTH);
            case ONLY_SPACES -> words.password_only_spaces();
            case NAME_OR_EMAIL -> words.password_is_name();
        };
    }

    /**
     * Creates the account when the form is right.
     *
     * @throws AccountFormException with the problems, field by field
     */
    public Account signUp(SignUpForm form) {
        FieldErrors errors = check(form);
        if (!errors.isEmpty()) {
            throw new AccountFormException(errors);
        }
        Account account = new Account();
        account.username = form.username();
        account.email = form.email();
        account.passwordHash = BcryptUtil.bcryptHash(form.password());
        account.roles = Account.USER;
        try {
            account.persistAndFlush();
        } catch (PersistenceException e) {
            // someone took the name or email between the check and now
            throw new AccountFormException(FieldErrors.none()
                    .add("username", Language.currentMessages().username_taken_meanwhile()));
        }
        return account;
    }

    /** The account, when the password is its password; as slow when there is no such account. */
    @Transactional(SUPPORTS)
    public Optional<Account> verify(String username, String password) {
        Optional<Account> account = username == null || username.isBlank()
                ? Optional.empty()
                : Account.findByUsernameIgnoringCase(username.strip());
        String hash = account.map(a -> a.passwordHash).orElse(NO_ACCOUNT_HASH);
        boolean matches = password != null && !password.isEmpty() && BcryptUtil.matches(password, hash);
        return matches ? account : Optional.empty();
    }

    @Transactional(SUPPORTS)
    public Optional<Account> find(String username) {
        return Account.find("username", username).firstResultOptional();
    }

    /** @throws AccountFormException when the current password is wrong or the new one breaks the rules */
    public void changePassword(String username, String current, String next, String confirmation) {
        Account account = find(username).orElseThrow(() -> new IllegalStateException("no account " + username));
        Messages words = Language.currentMessages();
        FieldErrors errors = FieldErrors.none();
        if (current == null || current.isEmpty() || !BcryptUtil.matches(current, account.passwordHash)) {
            errors.add("current", words.current_password_wrong());
        }
        PasswordRules.check(next, account.username, account.email).ifPresent(p -> errors.add("password", words(p, words)));
        if (!errors.has("password") && !next.equals(confirmation)) {
            errors.add("confirmation", words.passwords_differ());
        }
        if (!errors.isEmpty()) {
            throw new AccountFormException(errors);
        }
        Account.update("passwordHash = ?1 where id = ?2", BcryptUtil.bcryptHash(next), account.id);
    }

    /**
     * Deletes the account and everything that belongs to it.
     *
     * @throws AccountFormException when the confirmation is not the username or the password is wrong
     */
    public void delete(String username, String confirmation, String password) {
        Account account = find(username).orElseThrow(() -> new IllegalStateException("no account " + username));
        Messages words = Language.currentMessages();
        FieldErrors errors = FieldErrors.none();
        if (confirmation == null || !confirmation.strip().equals(account.username)) {
            errors.add("deleteConfirmation", words.delete_confirm_mismatch(account.username));
        }
        if (password == null || password.isEmpty() || !BcryptUtil.matches(password, account.passwordHash)) {
            errors.add("deletePassword", words.password_wrong());
        }
        if (!errors.isEmpty()) {
            throw new AccountFormException(errors);
        }
        // Rows of later features reference account with ON DELETE CASCADE.
        throttle.forgetUsername(account.username);
        account.delete();
    }

    /** Creates the configured curator, or gives the existing account the curator role. */
    public Account ensureCurator(String username, String email, String password) {
        // several instances may start at once: one of them creates the curator
        em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtext('kinopanorama.curator'))").getSingleResult();
        Optional<Account> existing = Account.findByUsernameIgnoringCase(username);
        if (existing.isPresent()) {
            existing.get().grant(Account.CURATOR);
            return existing.get();
        }
        Account account = new Account();
        account.username = username;
        account.email = email;
        account.passwordHash = BcryptUtil.bcryptHash(password);
        account.roles = Account.USER + "," + Account.CURATOR;
        account.persist();
        return account;
    }
}
