package org.kinopanorama.account;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.util.Optional;

/**
 * Before Quarkus restores a signed-in visitor from the session cookie, checks that the session is still live
 * ({@link AccountSessions}): signed out, ended by a password change or "sign out everywhere", or its account
 * deleted, the cookies are cleared and the request goes on as an anonymous visitor's, not as an error.
 */
@ApplicationScoped
public class SessionGate {

    private static final Logger LOG = Logger.getLogger(SessionGate.class);

    @Inject
    SessionCookies cookies;

    @Inject
    AccountSessions sessions;

    void install(@Observes Router router) {
        // after RequestGuards (MIN_VALUE + 100), well before Quarkus's authentication (-200)
        router.route().order(Integer.MIN_VALUE + 200).handler(this::check);
    }

    private void check(RoutingContext rc) {
        if (rc.request().getCookie(cookies.cookieName()) == null) {
            rc.next();
            return;
        }
        Optional<String> username = cookies.signedInName(rc);
        if (username.isEmpty()) {
            rc.next(); // expired or not ours: Quarkus treats it as no session
            return;
        }
        Optional<String> token = cookies.sessionToken(rc);
        if (token.isEmpty()) {
            endHere(rc);
            rc.next();
            return;
        }
        Optional<Boolean> remembered = sessions.rememberedVerdict(token.get(), username.get());
        if (remembered.isPresent()) {
            if (!remembered.get()) {
                endHere(rc);
            } else {
                vouch(rc, token.get(), username.get());
            }
            rc.next();
            return;
        }
        // The router keeps the request paused until the body handler after us resumes it: resuming here would
        // deliver a form's body to nobody while the check runs, and the request would hang.
        rc.request().pause();
        rc.vertx().executeBlocking(() -> sessions.isLive(token.get(), username.get()), false).onComplete(checked -> {
            if (checked.failed()) {
                // The database is unreachable: nothing private can be read without it either. The request goes on
                // unverified (SessionIdentity gives it no roles, web.SignedInDuringOutage) and reaches the site's 503 page.
                LOG.warnf("Could not check a session: %s", checked.cause().toString());
                rc.next();
            } else {
                if (!checked.result()) {
                    endHere(rc);
                } else {
                    vouch(rc, token.get(), username.get());
                }
                rc.next();
            }
        });
    }

    /**
     * The reader of this request's session, when this gate found it live (from the database, or remembered for
     * {@code recheck-after}); empty for a visitor, a session it did not vouch for, or before it ran.
     */
    public static Optional<AccountSessions.Reader> vouched(RoutingContext rc) {
        return Optional.ofNullable(rc.get(SessionIdentity.READER));
    }

    /** The live session's reader, for {@link SessionIdentity}: restoring the visitor then costs no query. */
    private void vouch(RoutingContext rc, String token, String username) {
        sessions.rememberedReader(token, username).ifPresent(reader -> rc.put(SessionIdentity.READER, reader));
    }

    /** Quarkus will find no session cookie in this request, and the browser forgets both. */
    private void endHere(RoutingContext rc) {
        cookies.clear(rc);
    }
}
