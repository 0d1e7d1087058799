package org.kinopanorama.account;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of accounts (sign in, sign up, the account page and what is wrong with its forms) in English;
 * {@code messages/acct_ru.properties} has them in Russian. Templates write {@code {acct:username}}; the account
 * resources translate an {@link AccountProblem} with them.
 */
@MessageBundle(value = "acct", locale = "en")
public interface AccountMessages {

    // --- Accounts: sign in, sign up, the account page ---

    @Message("Username")
    String username();

    @Message("Email")
    String email();

    @Message("Password")
    String password();

    @Message("New here?")
    String signin_new_here();

    @Message("Create an account")
    String create_an_account();

    @Message("Create an account")
    String signup_heading();

    @Message("Keep watchlists and get suggestions from them. Already have an account?")
    String signup_intro();

    @Message("Please correct what is marked below.")
    String signup_correct();

    @Message("3 to 30 letters (A-Z), digits, dots, dashes or underscores.")
    String username_hint();

    @Message("Only used to reach you about your account.")
    String email_hint();

    @Message("At least 10 characters; not your username or email.")
    String password_hint();

    @Message("Create account")
    String create_account();

    @Message("Too many failed attempts. Please wait {minutes} {#if minutes == 1}minute{#else}minutes{/if} before trying again.")
    String signin_throttled(long minutes);

    @Message("The username or password is not right.")
    String signin_wrong();

    @Message("Your account")
    String account_title();

    @Message("Role")
    String role();

    @Message("Curator")
    String role_curator();

    @Message("Member")
    String role_member();

    @Message("Member since")
    String member_since();

    @Message("Change your password")
    String password_change_heading();

    @Message("Current password")
    String current_password();

    @Message("New password")
    String new_password();

    @Message("New password, again")
    String new_password_again();

    @Message("Change password")
    String change_password();

    @Message("Delete your account")
    String delete_heading();

    @Message("This deletes your account and everything that belongs to it, for good.")
    String delete_warning();

    @Message("Type your username to confirm")
    String delete_confirm_label();

    @Message("Your password")
    String your_password();

    @Message("Delete my account")
    String delete_button();

    @Message("Your password was changed.")
    String password_changed();

    // what is wrong with an account form, next to its field
    @Message("Choose a username.")
    String username_required();

    @Message("Use 3 to 30 letters (A-Z), digits, dots, dashes or underscores, starting with a letter or digit.")
    String username_rules();

    @Message("This username is taken. Choose another.")
    String username_taken();

    @Message("This username or email was taken a moment ago. Choose another.")
    String username_taken_meanwhile();

    @Message("Enter your email address.")
    String email_required();

    @Message("An email address has at most 254 characters.")
    String email_too_long();

    @Message("Enter an email address like name@example.org.")
    String email_invalid();

    @Message("An account with this email exists already. Sign in instead?")
    String email_taken();

    @Message("Choose a password.")
    String password_required();

    @Message("Use at least {min} characters.")
    String password_too_short(int min);

    @Message("Use at most {max} characters.")
    String password_too_long(int max);

    @Message("A password cannot be only spaces.")
    String password_only_spaces();

    @Message("Your password cannot be your username or email.")
    String password_is_name();

    @Message("This is not your current password.")
    String current_password_wrong();

    @Message("The two new passwords are not the same.")
    String passwords_differ();

    @Message("Type your username, {username}, to confirm.")
    String delete_confirm_mismatch(String username);

    @Message("This is not your password.")
    String password_wrong();
}
