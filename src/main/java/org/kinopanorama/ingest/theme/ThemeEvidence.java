package org.kinopanorama.ingest.theme;

import java.util.Objects;

/**
 * Why an entry of a list is tagged with a theme.
 *
 * @param slug    the theme
 * @param weight  how strongly, in (0, 1]; see {@link ThemeTagger} for the formula
 * @param words   the matched words as they appear, distinct, in order, joined by "; " (e.g. "betrays; betrayal");
 *                a negated match is given from its cue ("not a traditional betrayal"); empty when the theme
 *                comes from the list alone
 * @param negated the entry mentions the theme only under a negation ("While not a traditional betrayal narrative")
 * @param origin  where the evidence is: "list", "description", "fact" or a combination in that order joined by
 *                "+", e.g. "list+description"
 */
public record ThemeEvidence(String slug, double weight, String words, boolean negated, String origin) {

    public ThemeEvidence {
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(words, "words");
        Objects.requireNonNull(origin, "origin");
        if (!(weight > 0 && weight <= 1)) {
            throw new IllegalArgumentException("weight " + weight + " is not in (0, 1]");
        }
    }
}
