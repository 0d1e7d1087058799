package org.kinopanorama.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The layout's words (header, navigation, footer, language switcher, the notices it shows) and the error pages',
 * in English; {@code messages/msg_ru.properties} has them in Russian. Templates write {@code {msg:nav_films}}; Java
 * code that puts a text on a page asks {@link Language#messages()}. Each feature has a bundle of its own (e.g.
 * {@code cat}, {@code acct}, {@code desk}, {@code ds}, {@code wl}): a new label goes there, never here.
 */
@MessageBundle(value = "msg", locale = "en")
public interface Messages {

    // --- Layout: header, navigation, footer, language switcher ---

    @Message("Kinopanorama")
    String site_name();

    @Message("Discover Soviet cinema through curated lists, themes and films related to the ones you love.")
    String layout_description();

    @Message("Skip to content")
    String skip_to_content();

    @Message("Main")
    String nav_main();

    @Message("Home")
    String nav_home();

    @Message("Films")
    String nav_films();

    @Message("Themes")
    String nav_themes();

    @Message("About")
    String nav_about();

    @Message("Curate")
    String nav_curate();

    @Message("Signed in as")
    String nav_signed_in_as();

    @Message("Sign out")
    String sign_out();

    @Message("Sign in")
    String sign_in();

    @Message("Sign up")
    String sign_up();

    @Message("Search films")
    String search_films();

    @Message("Search")
    String search();

    @Message("Kinopanorama: Soviet cinema, discovered through the lists of people who love it.")
    String footer_tagline();

    @Message("About the catalogue and its sources")
    String footer_about();

    @Message("Language")
    String language();

    // --- Shared words (the search box's suggestions, the error pages' way home) ---

    @Message("Films")
    String films();

    @Message("Back to the home page")
    String back_home();

    /** For the suggestions script: a text per plural form (CLDR names), "#" where the number goes. */
    @Message("one:# film suggested; use the arrow keys to choose.|other:# films suggested; use the arrow keys to choose.")
    String suggest_status();

    // --- Notices the layout shows ---

    @Message("Your account and everything that belonged to it were deleted.")
    String account_deleted();

    // --- Error pages ---

    @Message("Something went wrong")
    String error_title();

    /** @param reason the HTTP reason phrase, e.g. "Bad Request" */
    @Message("{reason}")
    String error_reason(int status, String reason);

    @Message("Something went wrong on our side")
    String error_heading();

    @Message("The page could not be shown. Please try again in a moment.")
    String error_text();

    @Message("If it keeps happening, tell us this reference:")
    String error_reference();

    @Message("The request could not be handled as it was sent.")
    String error_client();

    @Message("Not allowed")
    String not_allowed();

    @Message("Page not found")
    String not_found();

    @Message("There is no page at")
    String not_found_before();

    @Message(". It may have moved, or the address may be mistyped.")
    String not_found_after();

    @Message("This page is not open to your account.")
    String forbidden_account();

    @Message("This form could not be accepted: {problem} Go back, reload the page and try again.")
    String csrf_refused(String problem);

    @Message("it was sent from another site.")
    String csrf_other_site();

    @Message("your browser did not send its security cookie (are cookies allowed for this site?).")
    String csrf_no_cookie();

    @Message("it did not carry its security token.")
    String csrf_no_token();

    @Message("its security token has expired or does not match.")
    String csrf_token_mismatch();
}
