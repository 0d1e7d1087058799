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

    /** Problems with a sign-up form, field by field; empty when the account may be created. */
    @Transactional(SUPPORTS)
    public FieldErrors check(SignUpForm form) {
        FieldErrors errors = FieldErrors.none();
        validator.validate(form).stream()
                .sorted(Comparator.comparing((ConstraintViolation<SignUpForm> v) -> v.getConstraintDescriptor()
                        .getAnnotation().annotationType().getSimpleName().equals("NotBlank") ? 0 : 1))
                .forEach(v -> errors.add(v.getPropertyPath().toString(), v.getMessage()));
        PasswordRules.problem(form.password(), form.username(), form.email())
                .ifPresent(problem -> errors.add("password", problem));
        if (!errors.has("username") && Account.findByUsernameIgnoringCase(form.username()).isPresent()) {
            errors.add("username", "This username is taken. Choose another.");
        }
        if (!errors.has("email") && Account.existsWithEmail(form.email())) {
            errors.add("email", "An account with this email exists already. Sign in instead?");
        }
        return errors;
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
                    .add("username", "This username or email was taken a moment ago. Choose another."));
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
        FieldErrors errors = FieldErrors.none();
        if (current == null || current.isEmpty() || !BcryptUtil.matches(current, account.passwordHash)) {
            errors.add("current", "This is not your current password.");
        }
        PasswordRules.problem(next, account.username, account.email).ifPresent(p -> errors.add("password", p));
        if (!errors.has("password") && !next.equals(confirmation)) {
            errors.add("confirmation", "The two new passwords are not the same.");
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
        FieldErrors errors = FieldErrors.none();
        if (confirmation == null || !confirmation.strip().equals(account.username)) {
            errors.add("deleteConfirmation", "Type your username, " + account.username + ", to confirm.");
        }
        if (password == null || password.isEmpty() || !BcryptUtil.matches(password, account.passwordHash)) {
            errors.add("deletePassword", "This is not your password.");
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
