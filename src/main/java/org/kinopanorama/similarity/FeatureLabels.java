package org.kinopanorama.similarity;

import org.kinopanorama.similarity.signal.Explanation;
import java.util.Map;

/** What a reader is shown for a feature of an explanation: its name in English and Russian, and a link. */
public record FeatureLabels(Map<String, Label> labels) {

    public record Label(String en, String ru, String href) {
    }

    public static String key(Explanation.Kind kind, String feature) {
        return kind + "\u0000" + feature;
    }

    /** The label of a feature; the feature itself when none is known. */
    public Label of(Explanation.Kind kind, String feature) {
        Label l = labels.get(key(kind, feature));
        return l != null ? l : new Label(feature, null, null);
    }
}
