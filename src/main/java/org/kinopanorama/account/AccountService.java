package org.kinopanorama.account;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.narayana.jta.QuarkusTransactionException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.kinopanorama.account.AccountProblems.Code;

import java.util.Comparator;
import java.util.Optional;

import static jakarta.transaction.Transactional.TxType.SUPPORTS;

/**
 * Accounts: created, checked, changed and deleted. Passwords are hashed and checked (bcrypt, ~0.1 s of CPU) outside
 * any transaction, so that no pooled database connection waits on them; the transactions around them are short.
 */
@ApplicationScoped
public class AccountService {

    @Inject
    Validator validator;

    @Inject
    AccountConfig config;

    /** Compared against when no account has the username, so that a failed sign-in takes as long either way. */
    private volatile String noAccountHash;

    @Inject
    EntityManager em;

    @Inject
    SignInThrottle throttle;

    @Inject
    AccountSessions sessions;

    /** Problems with a sign-up form, field by field; empty when the account may be created. */
    @Transactional(SUPPORTS)
    public AccountProblems check(SignUpForm form) {
        AccountProblems errors = AccountProblems.none();
        validator.validate(form).stream()
                .sorted(Comparator.comparing((ConstraintViolation<SignUpForm> v) -> constraint(v).equals("NotBlank") ? 0 : 1))
                .forEach(v -> errors.add(v.getPropertyPath().toString(), code(v), v.getMessage()));
        PasswordRules.check(form.password(), form.username(), form.email())
                .ifPresent(problem -> errors.add("password", code(problem)));
        if (!errors.has("username") && Account.findByUsernameIgnoringCase(form.username()).isPresent()) {
            errors.add("username", Code.USERNAME_TAKEN);
        }
        if (!errors.has("email") && Account.existsWithEmail(form.email())) {
            errors.add("email", Code.EMAIL_TAKEN);
        }
        return errors;
    }

    private static String constraint(ConstraintViolation<?> violation) {
        return violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
    }

    /** A rule of {@link SignUpForm} as a problem code; OTHER (with the annotation's own message) for any other. */
    private static Code code(ConstraintViolation<SignUpForm> violation) {
        return switch (violation.getPropertyPath() + " " + constraint(violation)) {
            case "username NotBlank" -> Code.USERNAME_REQUIRED;
            case "username Pattern" -> Code.USERNAME_RULES;
            case "email NotBlank" -> Code.EMAIL_REQUIRED;
            case "email Size" -> Code.EMAIL_TOO_LONG;
            case "email Email" -> Code.EMAIL_INVALID;
            default -> Code.OTHER;
        };
    }

    private static Code code(PasswordRules.Problem problem) {
        return switch (problem) {
            case MISSING -> Code.PASSWORD_REQUIRED;
            case TOO_SHORT -> Code.PASSWORD_TOO_SHORT;
            case TOO_LONG -> Code.PASSWORD_TOO_LONG;
            case ONLY_SPACES -> Code.PASSWORD_ONLY_SPACES;
            case NAME_OR_EMAIL -> Code.PASSWORD_IS_NAME;
        };
    }

    /**
     * Creates the account when the form is right.
     *
     * @throws AccountFormException with the problems, field by field
     */
    public Account signUp(SignUpForm form) {
        AccountProblems errors = QuarkusTransaction.requiringNew().call(() -> check(form));
        if (!errors.isEmpty()) {
            throw new AccountFormException(errors);
        }
        Account account = new Account();
        account.username = form.username();
        account.email = form.email();
        account.passwordHash = hash(form.password());
        account.roles = Account.USER;
        try {
            QuarkusTransaction.requiringNew().run(account::persistAndFlush);
        } catch (PersistenceException | QuarkusTransactionException e) {
            // someone took the name or email between the check and now
            throw new AccountFormException(AccountProblems.none().add("username", Code.USERNAME_TAKEN_MEANWHILE));
        }
        return account;
    }

    /** The account, when the password is its password; as slow when there is no such account. */
    public Optional<Account> verify(String username, String password) {
        Optional<Account> account = username == null || username.isBlank()
                ? Optional.empty()
                : QuarkusTransaction.requiringNew().call(() -> Account.findByUsernameIgnoringCase(username.strip()));
        String hash = account.map(a -> a.passwordHash).orElseGet(this::noAccountHash);
        boolean matches = password != null && !password.isEmpty() && BcryptUtil.matches(password, hash);
        return matches ? account : Optional.empty();
    }

    private String hash(String password) {
        return BcryptUtil.bcryptHash(password, config.passwordCost());
    }

    private String noAccountHash() {
        String hash = noAccountHash;
        if (hash == null) {
            hash = hash("no account has this password");
            noAccountHash = hash;
        }
        return hash;
    }

    @Transactional(SUPPORTS)
    public Optional<Account> find(String username) {
        return Account.find("username", username).firstResultOptional();
    }

    private Account existing(String username) {
        return QuarkusTransaction.requiringNew().call(() -> find(username))
                .orElseThrow(() -> new IllegalStateException("no account " + username));
    }

    /**
     * Sets a new password and ends every other session of the account ({@code keptSession}'s stays).
     *
     * @throws AccountFormException when the current password is wrong or the new one breaks the rules
     */
    public void changePassword(String username, String current, String next, String confirmation, String keptSession) {
        Account account = existing(username);
        AccountProblems errors = AccountProblems.none();
        if (current == null || current.isEmpty() || !BcryptUtil.matches(current, account.passwordHash)) {
            errors.add("current", Code.CURRENT_PASSWORD_WRONG);
        }
        PasswordRules.check(next, account.username, account.email).ifPresent(p -> errors.add("password", code(p)));
        if (!errors.has("password") && !next.equals(confirmation)) {
            errors.add("confirmation", Code.PASSWORDS_DIFFER);
        }
        if (!errors.isEmpty()) {
            throw new AccountFormException(errors);
        }
        String hash = hash(next);
        QuarkusTransaction.requiringNew().run(() -> {
            Account.update("passwordHash = ?1 where id = ?2", hash, account.id);
            sessions.endAllOf(account.id, keptSession);
        });
        sessions.forgetAccount(account.id);
    }

    /** Ends every session of the account, this browser's too. */
    public void signOutEverywhere(String username) {
        Account account = existing(username);
        sessions.endAllOf(account.id, null);
    }

    /**
     * Deletes the account and everything that belongs to it, its sessions included.
     *
     * @throws AccountFormException when the confirmation is not the username or the password is wrong
     */
    public void delete(String username, String confirmation, String password) {
        Account account = existing(username);
        AccountProblems errors = AccountProblems.none();
        if (confirmation == null || !confirmation.strip().equals(account.username)) {
            errors.add("deleteConfirmation", Code.DELETE_CONFIRM_MISMATCH, account.username);
        }
        if (password == null || password.isEmpty() || !BcryptUtil.matches(password, account.passwordHash)) {
            errors.add("deletePassword", Code.PASSWORD_WRONG);
        }
        if (!errors.isEmpty()) {
            throw new AccountFormException(errors);
        }
        QuarkusTransaction.requiringNew().run(() -> {
            // Rows of later features (sessions included) reference account with ON DELETE CASCADE.
            throttle.forgetUsername(account.username);
            Account.deleteById(account.id);
        });
        sessions.forgetAccount(account.id);
    }

    /** Creates the configured curator, or gives the existing account the curator role. */
    public Account ensureCurator(String username, String email, String password) {
        String hash = hash(password); // before the transaction takes a connection
        return QuarkusTransaction.requiringNew().call(() -> createOrPromoteCurator(username, email, hash));
    }

    private Account createOrPromoteCurator(String username, String email, String hash) {
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
        account.passwordHash = hash;
        account.roles = Account.USER + "," + Account.CURATOR;
        account.persist();
        return account;
    }
}
