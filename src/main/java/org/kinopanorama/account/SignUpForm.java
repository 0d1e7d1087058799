package org.kinopanorama.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What a person types to create an account; validated at the edge, rules shown on the form. */
public record SignUpForm(
        @NotBlank(message = "Choose a username.")
        @Pattern(regexp = "^$|[A-Za-z0-9][A-Za-z0-9_.-]{2,29}",
                message = "Use 3 to 30 letters (A-Z), digits, dots, dashes or underscores, starting with a letter or digit.")
        String username,
        @NotBlank(message = "Enter your email address.")
        @Size(max = 254, message = "An email address has at most 254 characters.")
        @Email(regexp = ".+@.+\\..+", message = "Enter an email address like name@example.org.")
        String email,
        String password) {

    public static final String USERNAME_RULES = "3 to 30 letters (A-Z), digits, dots, dashes or underscores.";

    public SignUpForm {
        username = username == null ? "" : username.strip();
        email = email == null ? "" : email.strip();
    }
}
