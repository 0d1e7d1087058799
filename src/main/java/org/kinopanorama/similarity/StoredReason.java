package org.kinopanorama.similarity;

import org.kinopanorama.similarity.signal.Explanation;

/**
 * One reason of a stored neighbour, as kept in {@code film_neighbour.reasons} (JSON): the kind of feature
 * ({@link Explanation.Kind}), the feature itself (theme slug, list id, {@code kind:value} attribute, word),
 * what a reader is shown for it, and how much it contributed to the score.
 */
@com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
public record StoredReason(String kind, String feature, String label, String labelRu, String href, double contribution) {

    /** For attributes, what kind of attribute (director, genre...); otherwise the lower-case kind. */
    public String group() {
        if (Explanation.Kind.ATTRIBUTE.name().equals(kind)) {
            int colon = feature.indexOf(':');
            return colon > 0 ? feature.substring(0, colon) : "attribute";
        }
        return kind.toLowerCase(java.util.Locale.ROOT);
    }

    /** The label in the reader's language; English when there is no Russian one. */
    public String label(boolean russian) {
        return russian && labelRu != null && !labelRu.isBlank() ? labelRu : label;
    }
}
