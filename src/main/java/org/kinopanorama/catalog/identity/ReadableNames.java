package org.kinopanorama.catalog.identity;

import org.kinopanorama.catalog.CountryNames;
import org.kinopanorama.catalog.GenreLabels;
import org.kinopanorama.catalog.film.FilmCredits;
import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;

import java.util.Locale;

/**
 * Names and titles in the reader's script, computed when the page renders (a few microseconds a name, no query):
 * for a reader of an English page, a name written only in Cyrillic gets its Latin spelling ({@link Romanization}),
 * and the tag {@code {#name x /}} shows the Cyrillic beside it with {@code lang="ru"}. A Russian page shows
 * names as the sources wrote them.
 */
@TemplateExtension
final class ReadableNames {

    private ReadableNames() {
    }

    /** {@code {title.readable}}: the text in the reader's script (Latin for a Cyrillic-only text on an English page). */
    static String readable(String text, @TemplateAttribute("locale") Object locale) {
        return needsLatin(text, locale) ? Romanization.latin(text) : text;
    }

    /** {@code {name.needsLatin}}: an English page, and a text written only in Cyrillic. */
    static boolean needsLatin(String text, @TemplateAttribute("locale") Object locale) {
        return !russian(locale) && Romanization.cyrillicOnly(text);
    }

    /** {@code {name.hasCyrillic}}: the text has Cyrillic letters, so it carries {@code lang="ru"} on an English page. */
    static boolean hasCyrillic(String text) {
        return text != null && text.chars().anyMatch(c -> Romanization.isCyrillic((char) c));
    }

    /** {@code {text.markedRussian}}: Cyrillic text on an English page, which carries {@code lang="ru"}. */
    static boolean markedRussian(String text, @TemplateAttribute("locale") Object locale) {
        return !russian(locale) && hasCyrillic(text);
    }

    /** A person or studio: their own name in Latin letters when the dataset has one, else the Latin spelling. */
    static String readableName(FilmCredits.Credit credit, @TemplateAttribute("locale") Object locale) {
        if (russian(locale) || !Romanization.cyrillicOnly(credit.name())) {
            return credit.name();
        }
        return Romanization.latinName(credit.name(), credit.original());
    }

    /** {@code {g.shown}}: a genre in the reader's language, whichever dataset gave it. */
    static String shown(FilmCredits.Labelled genre, @TemplateAttribute("locale") Object locale) {
        return GenreLabels.label(genre.key(), genre.label(), russian(locale));
    }

    /** {@code {code.countryName}}: a country of the datasets by its code, in the reader's language. */
    static String countryName(String code, @TemplateAttribute("locale") Object locale) {
        return CountryNames.name(code, russian(locale));
    }

    static boolean russian(Object locale) {
        if (locale instanceof Locale l) {
            return "ru".equals(l.getLanguage());
        }
        return locale != null && locale.toString().startsWith("ru");
    }
}
