package org.kinopanorama.similarity;

/**
 * How much each kind of evidence counts in the blend ({@link Neighbours#blend}); only ratios matter (the blend is
 * a weighted mean). Each weight finite and non-negative, not all zero; 0 leaves that similarity out.
 *
 * @param themes     shared themes ({@link ThemeSimilarity})
 * @param lists      shared curated lists ({@link ListSimilarity})
 * @param text       shared words of descriptions, facts and titles ({@link TextSimilarity})
 * @param attributes shared people and metadata from datasets ({@link AttributeSimilarity})
 * @param behaviour  saved together in watchlists and dataset baskets ({@link BehaviourSimilarity})
 */
public record SimilarityWeights(double themes, double lists, double text, double attributes, double behaviour) {

    /**
     * Defaults. Text, attributes and behaviour in the ratio the MovieLens evaluation chose (0.08 : 0.12 : 0.80,
     * README, "Similarity"); themes and lists cannot be evaluated on MovieLens (it has neither) and weigh what
     * attributes weigh: like them, they are IDF-weighted cosines of curated or dataset facts.
     */
    public static final SimilarityWeights DEFAULTS = new SimilarityWeights(0.15, 0.15, 0.10, 0.15, 1.0);

    public SimilarityWeights {
        double[] all = {themes, lists, text, attributes, behaviour};
        double total = 0;
        for (double w : all) {
            if (!(w >= 0) || !Double.isFinite(w)) {
                throw new IllegalArgumentException("similarity weights must be finite and non-negative: " + w);
            }
            total += w;
        }
        if (!(total > 0)) {
            throw new IllegalArgumentException("similarity weights must not all be zero");
        }
    }
}
