package org.kinopanorama.catalog;

import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;

import java.util.Locale;

/** What catalogue pages show in the reader's language; the locale is the page's (see {@code web.ReaderLocale}). */
@TemplateExtension
final class CatalogueTemplateExtensions {

    private CatalogueTemplateExtensions() {
    }

    /** {@code {t.label}}: the theme's label in the reader's language. */
    static String label(ThemeLabels theme, @TemplateAttribute("locale") Object locale) {
        return theme.labelIn(asLocale(locale));
    }

    static String label(Theme theme, @TemplateAttribute("locale") Object locale) {
        return ThemeLabels.label(theme.labelEn, theme.labelRu, asLocale(locale));
    }

    private static Locale asLocale(Object locale) {
        if (locale instanceof Locale l) {
            return l;
        }
        return locale == null ? null : Locale.forLanguageTag(locale.toString());
    }
}
