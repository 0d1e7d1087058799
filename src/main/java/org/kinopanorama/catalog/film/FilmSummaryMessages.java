package org.kinopanorama.catalog.film;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Labels of the line at the top of a film's page (directors, year, countries, runtime, studio) and of names shown in
 * two scripts, in English; {@code messages/fs_ru.properties} has them in Russian. Templates write {@code {fs:runtime(161)}}.
 * A bundle of its own: the site's {@code msg} bundle is at the size where Quarkus generates a class that fails
 * bytecode verification.
 */
@MessageBundle(value = "fs", locale = "en")
public interface FilmSummaryMessages {

    @Message("{minutes} min")
    String runtime(String minutes);

    @Message("Film facts")
    String summary_label();

    @Message("Original title")
    String original_title();

    /** Before the film's directors: Russian says "Режиссёр" for one (the count picks the form). */
    @Message("Directed by")
    String directed_by(int count);
}
