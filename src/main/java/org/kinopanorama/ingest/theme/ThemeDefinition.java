package org.kinopanorama.ingest.theme;

import java.util.List;
import java.util.Objects;

/**
 * One theme of the controlled vocabulary, as written on one line of {@code themes/vocabulary.txt}.
 *
 * @param slug     stable key, {@code [a-z0-9]+(-[a-z0-9]+)*}; never changes once released
 * @param labelEn  English label, e.g. "Unrequited love"
 * @param labelRu  Russian label, e.g. "Неразделённая любовь"
 * @param synonyms lower-case English words or phrases; a trailing {@code *} makes the last word a prefix
 */
public record ThemeDefinition(String slug, String labelEn, String labelRu, List<String> synonyms) {

    public ThemeDefinition {
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(labelEn, "labelEn");
        Objects.requireNonNull(labelRu, "labelRu");
        synonyms = List.copyOf(synonyms);
    }
}
