package org.kinopanorama.account;

import io.quarkus.vertx.http.runtime.FormAuthConfig;
import io.quarkus.vertx.http.runtime.VertxHttpConfig;
import io.quarkus.vertx.http.runtime.security.PersistentLoginManager;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.Optional;

/**
 * The two cookies of a signed-in browser. {@code kp-session} is Quarkus form authentication's: encrypted, it holds
 * the username and expires after the idle timeout; we write it from our own sign-in page (which throttles and
 * checks CSRF) and Quarkus reads it back on every request. {@code kp-sid} names the session's row in
 * {@link AccountSessions}; {@link SessionGate} honours {@code kp-session} only while that row is live, so a
 * session can be ended for good. Nothing of a session lives in one JVM.
 */
@ApplicationScoped
public class SessionCookies {

    public static final String SESSION_ID = "kp-sid";
    /** This request's session cookie as read by {@link #signedInName}. */
    private static final String RESTORED = "kinopanorama.session.restored";

    private final PersistentLoginManager manager;
    private final String cookieName;
    private final String cookiePath;

    @Inject
    AccountSessions sessions;

    @Inject
    SessionCookies(VertxHttpConfig http,
                   @ConfigProperty(name = "quarkus.http.auth.session.encryption-key") String encryptionKey) {
        FormAuthConfig form = http.auth().form();
        this.cookieName = form.cookieName();
        this.cookiePath = form.cookiePath().orElse("/");
        this.manager = new PersistentLoginManager(encryptionKey, form.cookieName(), form.timeout().toMillis(),
                form.newCookieInterval().toMillis(), form.httpOnlyCookie(), form.cookieSameSite().name(),
                form.cookiePath().orElse(null), form.cookieMaxAge().map(Duration::toSeconds).orElse(-1L),
                form.cookieDomain().orElse(null));
    }

    /** Signs the account in on this browser: a new session, ending the one the browser had, if any. */
    public void signIn(Account account, RoutingContext rc) {
        sessionToken(rc).ifPresent(sessions::end);
        String token = sessions.start(account.id, DeviceSummary.of(rc.request().getHeader("User-Agent")));
        manager.save(account.username, rc, cookieName, null, rc.request().isSSL());
        rc.response().addCookie(Cookie.cookie(SESSION_ID, token)
                .setPath(cookiePath)
                .setHttpOnly(true)
                .setSecure(rc.request().isSSL())
                .setSameSite(CookieSameSite.LAX));
        rc.put(SESSION_ID, token);
    }

    /** Ends this browser's session for good and clears its cookies. */
    public void signOut(RoutingContext rc) {
        sessionToken(rc).ifPresent(sessions::end);
        clear(rc);
    }

    /** Clears both cookies, leaving the session's row as it is. */
    void clear(RoutingContext rc) {
        manager.clear(rc); // also invalidates the cookie as this request's later handlers read it
        Cookie id = rc.request().getCookie(SESSION_ID);
        if (id != null) {
            id.setPath(cookiePath);
            rc.response().removeCookie(SESSION_ID);
        }
        rc.remove(SESSION_ID);
    }

    /** The session token of this request's browser: set by this request's sign-in, or sent by the browser. */
    public Optional<String> sessionToken(RoutingContext rc) {
        String token = rc.get(SESSION_ID);
        if (token == null) {
            Cookie cookie = rc.request().getCookie(SESSION_ID);
            token = cookie == null ? null : cookie.getValue();
        }
        return token == null || token.isEmpty() || token.length() > 100 ? Optional.empty() : Optional.of(token);
    }

    /** The username in this request's session cookie, when it is genuine and not idle past the timeout. */
    Optional<String> signedInName(RoutingContext rc) {
        PersistentLoginManager.RestoreResult restored = manager.restore(rc);
        if (restored != null) {
            rc.put(RESTORED, restored);
        }
        return restored == null ? Optional.empty() : Optional.ofNullable(restored.getPrincipal());
    }

    /**
     * For an answer given before Quarkus's authentication runs (a kept page, {@code web.PageCache}): renews the
     * session cookie when it is due, as Quarkus does on the pages it answers, so that reading only kept pages does
     * not let the session idle out.
     */
    public void renewIfDue(RoutingContext rc) {
        PersistentLoginManager.RestoreResult restored = rc.get(RESTORED);
        if (restored != null && restored.getPrincipal() != null) {
            manager.save(restored.getPrincipal(), rc, cookieName, restored, rc.request().isSSL());
        }
    }

    String cookieName() {
        return cookieName;
    }
}
