package org.kinopanorama.account;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;
import org.kinopanorama.web.FieldErrors;
import org.kinopanorama.web.Language;
import org.kinopanorama.web.Pages;
import org.kinopanorama.web.RequestGuards;
import org.kinopanorama.web.ReturnPath;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Sign up, sign in, sign out, and the account page. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class AccountResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance signUp(SignUpForm form, FieldErrors errors, String returnTo);

        static native TemplateInstance signIn(String username, String returnTo, String problem);

        static native TemplateInstance account(Account account, FieldErrors errors, String notice,
                                               List<AccountSessions.Seen> sessions);
    }

    @Inject
    AccountService accounts;

    @Inject
    SignInThrottle throttle;

    @Inject
    SessionCookies sessions;

    @Inject
    AccountSessions liveSessions;

    @Inject
    ClientAddress clientAddress;

    @Inject
    SecurityIdentity identity;

    @Inject
    Language language;

    @GET
    @Path("signup")
    public TemplateInstance signUpPage(@RestQuery("return") String returnTo) {
        return Templates.signUp(new SignUpForm("", "", ""), FieldErrors.none(), ReturnPath.safe(returnTo));
    }

    @POST
    @Path("signup")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response signUp(@RestForm String username, @RestForm String email, @RestForm String password,
                           @RestForm("return") String returnTo, RoutingContext rc) {
        SignUpForm form = new SignUpForm(username, email, password);
        try {
            Account account = accounts.signUp(form);
            startSession(account, rc);
            // a new account picks its themes first (For you starts from them), unless it was on its way somewhere
            String back = ReturnPath.safe(returnTo);
            return Response.seeOther(URI.create(back.equals("/") ? "/for-you/themes?welcome=1" : back)).build();
        } catch (AccountFormException e) {
            // the password is never sent back
            return Pages.html(422, Templates.signUp(new SignUpForm(form.username(), form.email(), ""), e.problems().in(words()),
                    ReturnPath.safe(returnTo)));
        }
    }

    @GET
    @Path("signin")
    public TemplateInstance signInPage(@RestQuery("return") String returnTo) {
        return Templates.signIn("", ReturnPath.safe(returnTo), null);
    }

    @POST
    @Path("signin")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response signIn(@RestForm String username, @RestForm String password, @RestForm("return") String returnTo,
                           RoutingContext rc) {
        String name = username == null ? "" : username.strip();
        String back = ReturnPath.safe(returnTo);
        String address = clientAddress.of(rc.request());
        // counted before the password is checked: a burst of guesses gets at most the limit checked
        Optional<Duration> refused = throttle.attempt(name, address);
        if (refused.isPresent()) {
            long minutes = Math.max(1, (refused.get().toSeconds() + 59) / 60);
            return Response.fromResponse(Pages.html(429, Templates.signIn(name, back, words().signin_throttled(minutes))))
                    .header("Retry-After", refused.get().toSeconds())
                    .build();
        }
        Optional<Account> account = accounts.verify(name, password);
        if (account.isEmpty()) {
            // the same words whether or not the account exists
            return Pages.html(401, Templates.signIn(name, back, words().signin_wrong()));
        }
        throttle.succeeded(name, address);
        startSession(account.get(), rc);
        return Response.seeOther(URI.create(back)).build();
    }

    @POST
    @Path("signout")
    public Response signOut(RoutingContext rc) {
        sessions.signOut(rc);
        RequestGuards.issueCsrfToken(rc);
        return Response.seeOther(URI.create("/")).build();
    }

    @GET
    @Path("account")
    @Authenticated
    public TemplateInstance accountPage(@RestQuery String notice, RoutingContext rc) {
        String message = "password-changed".equals(notice) ? words().password_changed() : null;
        return accountPage(FieldErrors.none(), message, rc);
    }

    private TemplateInstance accountPage(FieldErrors errors, String notice, RoutingContext rc) {
        Account account = me();
        return Templates.account(account, errors, notice, liveSessions.of(account.id, sessions.sessionToken(rc).orElse(null)));
    }

    @POST
    @Path("account/password")
    @Authenticated
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response changePassword(@RestForm String current, @RestForm String password, @RestForm String confirmation,
                                   RoutingContext rc) {
        try {
            // every other session of the account ends; this one stays
            accounts.changePassword(identity.getPrincipal().getName(), current, password, confirmation,
                    sessions.sessionToken(rc).orElse(null));
            return Response.seeOther(URI.create("/account?notice=password-changed")).build();
        } catch (AccountFormException e) {
            return Pages.html(422, accountPage(e.problems().in(words()), null, rc));
        }
    }

    @POST
    @Path("account/sessions/end-all")
    @Authenticated
    public Response signOutEverywhere(RoutingContext rc) {
        accounts.signOutEverywhere(identity.getPrincipal().getName());
        sessions.signOut(rc);
        RequestGuards.issueCsrfToken(rc);
        return Response.seeOther(URI.create("/signin")).build();
    }

    @POST
    @Path("account/delete")
    @Authenticated
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response delete(@RestForm("deleteConfirmation") String confirmation, @RestForm("deletePassword") String password, RoutingContext rc) {
        try {
            accounts.delete(identity.getPrincipal().getName(), confirmation, password);
        } catch (AccountFormException e) {
            return Pages.html(422, accountPage(e.problems().in(words()), null, rc));
        }
        sessions.signOut(rc);
        RequestGuards.issueCsrfToken(rc);
        return Response.seeOther(URI.create("/?notice=account-deleted")).build();
    }

    private Account me() {
        return accounts.find(identity.getPrincipal().getName())
                .orElseThrow(() -> new io.quarkus.security.UnauthorizedException("the account is gone"));
    }

    private void startSession(Account account, RoutingContext rc) {
        sessions.signIn(account, rc);
        RequestGuards.issueCsrfToken(rc); // a new token for the new session
    }

    private AccountMessages words() {
        return language.messages(AccountMessages.class);
    }
}
