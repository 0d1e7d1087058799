package org.kinopanorama.ingest.theme;

import java.util.Objects;

/**
 * The theme a curated list is about, as found in its introduction.
 *
 * @param slug  the theme
 * @param words the words of the introduction that named it, e.g. "the complex theme of betrayal"
 */
public record CentralTheme(String slug, String words) {

    public CentralTheme {
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(words, "words");
    }
}
