package org.kinopanorama.account;

import io.agroal.api.AgroalDataSource;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.vertx.http.runtime.VertxHttpConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The signed-in sessions, one row each in {@code account_session}: the session cookie counts only while its row
 * is there. Rows live in PostgreSQL, so every instance sees a sign-out at once; each instance remembers what it
 * last saw of a session for a few seconds ({@code recheck-after}) so that a page costs no extra query, and a
 * session ended on another instance is refused here within that time. Statements run on whatever transaction is
 * active (the caller's), or on their own.
 */
@ApplicationScoped
public class AccountSessions {

    /** One of the account's sessions, as its owner sees it in the list. */
    public record Seen(String device, OffsetDateTime signedInAt, OffsetDateTime lastSeenAt, boolean thisDevice) {

        private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");

        public String signedIn() {
            return SHOWN.format(signedInAt.withOffsetSameInstant(ZoneOffset.UTC));
        }

        public String lastSeen() {
            return SHOWN.format(lastSeenAt.withOffsetSameInstant(ZoneOffset.UTC));
        }
    }

    /**
     * The signed-in reader of a live session, as this instance last read it (account, name and roles): Quarkus
     * restores the visitor from it ({@link SessionIdentity}) without another query.
     */
    public record Reader(long accountId, String username, String roles) {

        public boolean hasRole(String role) {
            for (String held : roles.split(",")) {
                if (held.strip().equals(role)) {
                    return true;
                }
            }
            return false;
        }
    }

    private record Verdict(long accountId, String username, String roles, long expiresAtNanos) {
        static final long DEAD = -1;

        boolean live() {
            return accountId != DEAD;
        }
    }

    private static final int MAX_REMEMBERED = 20_000;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final AgroalDataSource db;
    private final long recheckNanos;
    private final long lastSeenEverySeconds;
    private final long idleSeconds;
    private final Map<String, Verdict> remembered = new ConcurrentHashMap<>();

    @Inject
    AccountSessions(AgroalDataSource db, AccountConfig config, VertxHttpConfig http) {
        this.db = db;
        this.recheckNanos = config.sessions().recheckAfter().toNanos();
        this.lastSeenEverySeconds = Math.max(1, config.sessions().lastSeenEvery().toSeconds());
        // the cookie's own idle timeout decides; the row outlives it by the slack of its "last seen"
        this.idleSeconds = http.auth().form().timeout().toSeconds() + lastSeenEverySeconds
                + Math.max(1, config.sessions().recheckAfter().toSeconds());
    }

    /** Starts a session of the account; the answer is the token the browser keeps (never stored as such). */
    public String start(long accountId, String device) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        update("INSERT INTO account_session (token_hash, account_id, device) VALUES (?, ?, ?)",
                hash(token), accountId, device);
        return token;
    }

    /** Ends this session for good: its cookie, replayed later, signs nobody in. */
    public void end(String token) {
        String hash = hash(token);
        update("DELETE FROM account_session WHERE token_hash = ?", hash);
        remembered.remove(hash);
    }

    /** Ends every session of the account but the one holding {@code keptToken} (none when null). */
    public void endAllOf(long accountId, String keptToken) {
        update("DELETE FROM account_session WHERE account_id = ? AND token_hash <> ?", accountId,
                keptToken == null ? "" : hash(keptToken));
        forgetAccount(accountId);
    }

    /** What this instance remembers of an account's sessions, dropped after they were ended or the account deleted. */
    public void forgetAccount(long accountId) {
        remembered.values().removeIf(v -> v.accountId() == accountId);
    }

    /**
     * The verdict on a session remembered from the last few seconds, without asking the database; empty when
     * there is none (call {@link #isLive}, which may block).
     */
    public Optional<Boolean> rememberedVerdict(String token, String username) {
        Verdict v = remembered.get(hash(token));
        if (v == null || (v.live() && v.expiresAtNanos() - System.nanoTime() < 0)) {
            return Optional.empty();
        }
        return Optional.of(v.live() && v.username().equals(username));
    }

    /**
     * The reader of a session this instance found live within the last few seconds, under that name; empty when
     * it has no such verdict (or a stale one).
     */
    public Optional<Reader> rememberedReader(String token, String username) {
        Verdict v = remembered.get(hash(token));
        if (v == null || !v.live() || v.expiresAtNanos() - System.nanoTime() < 0 || !v.username().equals(username)) {
            return Optional.empty();
        }
        return Optional.of(new Reader(v.accountId(), v.username(), v.roles()));
    }

    /**
     * Whether the session holding this token is live and belongs to the account now called {@code username}
     * (a deleted account's sessions went with it, so a new account with the same name has none of them).
     * Blocks on the database; notes when the session was last seen, at most once per {@code last-seen-every}.
     */
    public boolean isLive(String token, String username) {
        String hash = hash(token);
        try (Connection c = db.getConnection();
             PreparedStatement q = c.prepareStatement("""
                     SELECT s.account_id, a.username, s.last_seen_at < now() - make_interval(secs => ?) AS touch, a.roles
                     FROM account_session s JOIN account a ON a.id = s.account_id
                     WHERE s.token_hash = ? AND s.last_seen_at > now() - make_interval(secs => ?)""")) {
            q.setDouble(1, lastSeenEverySeconds);
            q.setString(2, hash);
            q.setDouble(3, idleSeconds);
            Verdict verdict;
            boolean touch = false;
            try (ResultSet rs = q.executeQuery()) {
                if (rs.next()) {
                    verdict = new Verdict(rs.getLong("account_id"), rs.getString("username"), rs.getString("roles"),
                            System.nanoTime() + recheckNanos);
                    touch = rs.getBoolean("touch");
                } else {
                    // a token that is not live never becomes live again: remembered for as long as there is room
                    verdict = new Verdict(Verdict.DEAD, null, null, 0);
                }
            }
            if (touch) {
                try (PreparedStatement u = c.prepareStatement("UPDATE account_session SET last_seen_at = now() WHERE token_hash = ?")) {
                    u.setString(1, hash);
                    u.executeUpdate();
                }
            }
            remember(hash, verdict);
            return verdict.live() && verdict.username().equals(username);
        } catch (SQLException e) {
            throw new IllegalStateException("could not check a session", e);
        }
    }

    /** The account's live sessions, the most recently seen first. */
    public List<Seen> of(long accountId, String currentToken) {
        String current = currentToken == null ? "" : hash(currentToken);
        List<Seen> seen = new ArrayList<>();
        try (Connection c = db.getConnection();
             PreparedStatement q = c.prepareStatement("""
                     SELECT device, created_at, last_seen_at, token_hash = ? AS is_current FROM account_session
                     WHERE account_id = ? AND last_seen_at > now() - make_interval(secs => ?)
                     ORDER BY token_hash = ? DESC, last_seen_at DESC, created_at DESC""")) {
            q.setString(1, current);
            q.setLong(2, accountId);
            q.setDouble(3, idleSeconds);
            q.setString(4, current);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    seen.add(new Seen(rs.getString("device"), rs.getObject("created_at", OffsetDateTime.class),
                            rs.getObject("last_seen_at", OffsetDateTime.class), rs.getBoolean("is_current")));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not list sessions", e);
        }
        return seen;
    }

    /** Sessions idle past the cookie's own timeout can never be used again: their rows go. */
    @Scheduled(every = "1h", delayed = "10m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void dropIdleSessions() {
        update("DELETE FROM account_session WHERE last_seen_at < now() - make_interval(secs => ?)", (double) idleSeconds);
    }

    private void remember(String hash, Verdict verdict) {
        if (remembered.size() >= MAX_REMEMBERED) {
            long now = System.nanoTime();
            remembered.values().removeIf(v -> !v.live() || v.expiresAtNanos() - now < 0);
            if (remembered.size() >= MAX_REMEMBERED) {
                remembered.clear();
            }
        }
        remembered.put(hash, verdict);
    }

    private void update(String sql, Object... parameters) {
        try (Connection c = db.getConnection(); PreparedStatement u = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                u.setObject(i + 1, parameters[i]);
            }
            u.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not change sessions", e);
        }
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
