package org.kinopanorama.web;

import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;

import java.util.Locale;

/**
 * Counts as a reader of the page's language writes them: 6,626 in English, 6 626 in Russian (a no-break space, so
 * that the number never breaks across lines). Templates and messages write {@code {count.grouped}}; inside a message
 * the language is the bundle's, on a page the reader's.
 */
@TemplateExtension
public final class ReaderNumbers {

    private static final char NO_BREAK_SPACE = '\u00a0';

    private ReaderNumbers() {
    }

    /** The count with its thousands grouped the way the language does. */
    public static String written(long count, Locale language) {
        String digits = count < 0 ? Long.toString(count).substring(1) : Long.toString(count);
        char separator = language != null && "ru".equals(language.getLanguage()) ? NO_BREAK_SPACE : ',';
        StringBuilder out = new StringBuilder(digits.length() + digits.length() / 3 + 1);
        if (count < 0) {
            out.append('-');
        }
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                out.append(separator);
            }
            out.append(digits.charAt(i));
        }
        return out.toString();
    }

    /** {@code {count.grouped}} for a {@code long} count. */
    static String grouped(long count, @TemplateAttribute("locale") Object locale) {
        return written(count, language(locale));
    }

    /** The same for an {@code int} count: message parameters are checked for their exact type. */
    static String grouped(int count, @TemplateAttribute("locale") Object locale) {
        return written(count, language(locale));
    }

    private static Locale language(Object locale) {
        if (locale instanceof Locale l) {
            return l;
        }
        return locale == null ? Locale.ENGLISH : Locale.forLanguageTag(locale.toString().replace('_', '-'));
    }
}
