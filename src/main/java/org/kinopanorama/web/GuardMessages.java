package org.kinopanorama.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * What the site says when a request cannot be served as sent (characters that are not text, an impossible date)
 * or while its database is unreachable. English here, Russian in {@code messages/guard_ru.properties}. A bundle of
 * its own: the {@code msg} bundle is at the size where Quarkus generates a class that fails verification.
 */
@MessageBundle(value = "guard", locale = "en")
public interface GuardMessages {

    @Message("Unavailable for a moment")
    String unavailable_title();

    @Message("Kinopanorama is unavailable for a moment")
    String unavailable_heading();

    @Message("Its database cannot be reached just now. Nothing you saved is lost: try again in a minute.")
    String unavailable_text();

    @Message("Try again")
    String try_again();

    @Message("Request not accepted")
    String bad_input_title();

    @Message("The address or the form contained characters that are not text (control characters such as NUL). Nothing was saved.")
    String control_characters();

    @Message("Type the text again without them, or go back.")
    String bad_input_hint();

    @Message("Enter a date between {from} and {to}.")
    String date_out_of_range(String from, String to);
}
