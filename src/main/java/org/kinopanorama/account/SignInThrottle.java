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
 * Counts sign-in attempts per username and per client address, in PostgreSQL so that every instance behind a
 * load balancer sees the same counts. An attempt is counted before its password is checked, by one statement
 * that counts and decides at once: however many arrive together, at most the limit get their password checked.
 * Past the limit, attempts are refused until the lockout has passed since the last counted one. A success gives
 * back its own attempt and forgets that username's count, never the address's.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class SignInThrottle {

    @Inject
    EntityManager em;

    @Inject
    AccountConfig config;

    /**
     * Counts an attempt for this username from this address.
     *
     * @return how long the caller must wait, when the attempt is refused (its password must then not be checked)
     */
    public Optional<Duration> attempt(String username, String address) {
        Duration lockout = config.signIn().lockout();
        // Both rows in one statement, always in the same order (username, address): concurrent attempts queue on
        // the row locks, and each sees the count the one before it left.
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        INSERT INTO sign_in_failure AS f (kind, subject, failures, last_failure_at)
                        VALUES ('username', ?1, 1, now()), ('address', ?2, 1, now())
                        ON CONFLICT (kind, subject) DO UPDATE SET
                          failures = CASE WHEN f.last_failure_at <= now() - make_interval(secs => ?3) THEN 1
                                          ELSE f.failures + 1 END,
                          last_failure_at = CASE WHEN f.last_failure_at <= now() - make_interval(secs => ?3)
                                                   OR f.failures < (CASE f.kind WHEN 'username' THEN ?4 ELSE ?5 END)
                                                 THEN now() ELSE f.last_failure_at END
                        RETURNING failures > (CASE kind WHEN 'username' THEN ?4 ELSE ?5 END),
                                  ceil(extract(epoch FROM (last_failure_at + make_interval(secs => ?3)) - now()))""")
                .setParameter(1, normalized(username))
                .setParameter(2, address)
                .setParameter(3, (double) lockout.toSeconds())
                .setParameter(4, config.signIn().maxFailuresPerUsername())
                .setParameter(5, config.signIn().maxFailuresPerAddress())
                .getResultList();
        long wait = 0;
        for (Object[] row : rows) {
            if ((Boolean) row[0]) {
                wait = Math.max(wait, Math.max(1, ((Number) row[1]).longValue()));
            }
        }
        return wait > 0 ? Optional.of(Duration.ofSeconds(wait)) : Optional.empty();
    }

    /** The password was right: the username starts afresh, the address only gets back this one attempt. */
    public void succeeded(String username, String address) {
        em.createNativeQuery("DELETE FROM sign_in_failure WHERE kind = 'username' AND subject = ?1")
                .setParameter(1, normalized(username))
                .executeUpdate();
        em.createNativeQuery("UPDATE sign_in_failure SET failures = failures - 1 WHERE kind = 'address' AND subject = ?1 AND failures > 0")
                .setParameter(1, address)
                .executeUpdate();
    }

    public void forgetUsername(String username) {
        em.createNativeQuery("DELETE FROM sign_in_failure WHERE kind = 'username' AND subject = ?1")
                .setParameter(1, normalized(username))
                .executeUpdate();
    }

    /** Longest username counted as written; no account's name is near it. */
    static final int LONGEST_COUNTED = 100;

    private static String normalized(String username) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        // A name longer than any account's is counted by its digest: a 300,000-character name would not fit the
        // index, and can never collide with a real name.
        return name.length() <= LONGEST_COUNTED ? name : "sha256:" + sha256(name);
    }

    private static String sha256(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
