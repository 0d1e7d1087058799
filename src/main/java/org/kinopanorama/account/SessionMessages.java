package org.kinopanorama.account;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The labels of the account page's list of sessions, in English; {@code messages/sess_ru.properties} has them in
 * Russian. A bundle of its own, as the site's {@code msg} bundle cannot grow (see WatchlistMessages).
 */
@MessageBundle(value = "sess", locale = "en")
public interface SessionMessages {

    @Message("Where you are signed in")
    String heading();

    @Message("Each browser or device where your account is signed in. Signing out everywhere ends all of them, this one too; your password stays as it is.")
    String intro();

    @Message("This device")
    String this_device();

    @Message("Signed in {at}")
    String signed_in(String at);

    @Message("last seen {at}")
    String last_seen(String at);

    @Message("Sign out everywhere")
    String sign_out_everywhere();
}
