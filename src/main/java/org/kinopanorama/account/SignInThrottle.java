package org.kinopanorama.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Counts failed sign-ins per username and per client address, in PostgreSQL so that every instance
 * behind a load balancer sees the same counts. Past the limit, attempts are refused until the lockout
 * has passed since the last failure; a successful sign-in forgets the failures.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class SignInThrottle {

    @Inject
    EntityManager em;

    @Inject
    AccountConfig config;

    /** @return how long the visitor must wait, when attempts for this username or address are refused */
    public Optional<Duration> refusedFor(String username, String address) {
        Duration lockout = config.signIn().lockout();
        long seconds = Math.max(
                remaining("username", normalized(username), config.signIn().maxFailuresPerUsername(), lockout),
                remaining("address", address, config.signIn().maxFailuresPerAddress(), lockout));
        return seconds > 0 ? Optional.of(Duration.ofSeconds(seconds)) : Optional.empty();
    }

    public void recordFailure(String username, String address) {
        count("username", normalized(username));
        count("address", address);
    }

    public void recordSuccess(String username, String address) {
        em.createNativeQuery("DELETE FROM sign_in_failure WHERE (kind = 'username' AND subject = ?1) OR (kind = 'address' AND subject = ?2)")
                .setParameter(1, normalized(username))
                .setParameter(2, address)
                .executeUpdate();
    }

    public void forgetUsername(String username) {
        em.createNativeQuery("DELETE FROM sign_in_failure WHERE kind = 'username' AND subject = ?1")
                .setParameter(1, normalized(username))
                .executeUpdate();
    }

    private long remaining(String kind, String subject, int maxFailures, Duration lockout) {
        @SuppressWarnings("unchecked")
        List<Number> rows = em.createNativeQuery("""
                        SELECT ceil(extract(epoch FROM (last_failure_at + make_interval(secs => ?3)) - now()))
                        FROM sign_in_failure
                        WHERE kind = ?1 AND subject = ?2 AND failures >= ?4
                          AND last_failure_at > now() - make_interval(secs => ?3)""")
                .setParameter(1, kind)
                .setParameter(2, subject)
                .setParameter(3, (double) lockout.toSeconds())
                .setParameter(4, maxFailures)
                .getResultList();
        return rows.isEmpty() ? 0 : Math.max(1, rows.get(0).longValue());
    }

    /** One atomic upsert: concurrent failures on several instances are all counted. */
    private void count(String kind, String subject) {
        em.createNativeQuery("""
                        INSERT INTO sign_in_failure (kind, subject, failures, last_failure_at)
                        VALUES (?1, ?2, 1, now())
                        ON CONFLICT (kind, subject) DO UPDATE SET
                          failures = CASE WHEN sign_in_failure.last_failure_at < now() - make_interval(secs => ?3)
                                          THEN 1 ELSE sign_in_failure.failures + 1 END,
                          last_failure_at = now()""")
                .setParameter(1, kind)
                .setParameter(2, subject)
                .setParameter(3, (double) config.signIn().lockout().toSeconds())
                .executeUpdate();
    }

    private static String normalized(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}
