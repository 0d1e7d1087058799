package org.kinopanorama.account;

import io.quarkus.vertx.http.runtime.FormAuthConfig;
import io.quarkus.vertx.http.runtime.VertxHttpConfig;
import io.quarkus.vertx.http.runtime.security.PersistentLoginManager;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;

/**
 * The session cookie of Quarkus form authentication, written by our own sign-in page (which throttles and
 * checks CSRF) and read back on every request by Quarkus's form mechanism, with the same key and settings:
 * encrypted, HttpOnly, SameSite, idle timeout. Nothing of a session lives in one JVM.
 */
@ApplicationScoped
public class SessionCookies {

    private final PersistentLoginManager manager;
    private final String cookieName;

    @Inject
    SessionCookies(VertxHttpConfig http,
                   @ConfigProperty(name = "quarkus.http.auth.session.encryption-key") String encryptionKey) {
        FormAuthConfig form = http.auth().form();
        this.cookieName = form.cookieName();
        this.manager = new PersistentLoginManager(encryptionKey, form.cookieName(), form.timeout().toMillis(),
                form.newCookieInterval().toMillis(), form.httpOnlyCookie(), form.cookieSameSite().name(),
                form.cookiePath().orElse(null), form.cookieMaxAge().map(Duration::toSeconds).orElse(-1L),
                form.cookieDomain().orElse(null));
    }

    public void signIn(String username, RoutingContext rc) {
        manager.save(username, rc, cookieName, null, rc.request().isSSL());
    }

    public void signOut(RoutingContext rc) {
        manager.clear(rc);
    }
}
