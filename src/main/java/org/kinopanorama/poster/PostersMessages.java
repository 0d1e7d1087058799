package org.kinopanorama.poster;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The posters' labels in English; {@code messages/pst_ru.properties} has them in Russian. Templates write {@code {pst:alt(...)}}. */
@MessageBundle(value = "pst", locale = "en")
public interface PostersMessages {

    /** What a poster shows, said for those who cannot see it (the image's alt text, the typographic poster's label). */
    @Message("Poster: {title}{#if year} ({year}){/if}{#if director}, directed by {director}{/if}")
    String alt(String title, Object year, String director);
}
