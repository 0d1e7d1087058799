package org.kinopanorama.catalog;

import java.util.Locale;

/** A theme as a page shows it, with its label in English and in Russian; templates write {@code {t.label}}. */
public interface ThemeLabels {

    String labelEn();

    String labelRu();

    /** The Russian label for a Russian reader (when the theme has one), else the English one. */
    default String labelIn(Locale locale) {
        return label(labelEn(), labelRu(), locale);
    }

    static String label(String labelEn, String labelRu, Locale locale) {
        boolean russian = locale != null && "ru".equals(locale.getLanguage());
        return russian && labelRu != null && !labelRu.isBlank() ? labelRu : labelEn;
    }
}
