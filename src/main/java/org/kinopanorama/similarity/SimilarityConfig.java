package org.kinopanorama.similarity;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How neighbours are computed, stored and shown. */
@ConfigMapping(prefix = "kinopanorama.similarity")
public interface SimilarityConfig {

    /** Neighbours stored per film (the K of top K). */
    @WithDefault("20")
    int neighbours();

    /** Neighbours shown under "If you liked this" on a film page. */
    @WithDefault("8")
    int shown();

    /**
     * Maximal Marginal Relevance trade-off applied when neighbours are stored: 1 keeps the pure similarity order,
     * lower values push down films too like ones already chosen (same list, same director).
     */
    @WithDefault("0.85")
    double diversity();

    /**
     * Narrower theme &gt; broader theme: a film carrying the narrower one also carries the broader one, at
     * {@link #broaderThemeFactor()} of its weight, for similarity only (World War II is a war).
     */
    @WithDefault("world-war-ii>war,civil-war>war,true-love>love,unrequited-love>love")
    java.util.List<String> broaderThemes();

    @WithDefault("0.8")
    double broaderThemeFactor();

    /** Weights of the blend; see the README for how they were chosen. */
    Weights weights();

    /** How often watchlist and dataset behaviour is looked at; neighbours are rebuilt only when it changed. */
    @WithDefault("1h")
    String behaviourRebuildEvery();

    /** How often an instance looks for films owed a rebuild (left by a crash between an ingest and its rebuild). */
    @WithDefault("1m")
    String owedRebuildEvery();

    /**
     * Catalogues of up to this many films get, after a change, exactly the related films a full rebuild gives (every
     * film near the change searched again); above it the rebuild around a change is approximate and bounded (the
     * changed films searched through their most promising candidates, other films' stored related films kept and
     * the changed films put in where they beat the weakest), and {@link #reconcileEvery()} makes it exact again.
     */
    @WithDefault("20000")
    int exactAroundChangeUpTo();

    /**
     * How often a full rebuild reconciles the related films after approximate rebuilds around changes (a catalogue
     * above {@link #exactAroundChangeUpTo()}); only when one ran since the last full rebuild, on one instance at a
     * time. {@code off} never.
     */
    @WithDefault("24h")
    String reconcileEvery();

    /** Rebuild the neighbours of the films a change touched, after it committed, on a thread of its own. */
    @WithDefault("true")
    boolean rebuildOnChange();

    /** Longest a rebuild may run before its transaction is rolled back. */
    @WithDefault("600")
    int rebuildTimeoutSeconds();

    /**
     * Films saved together: co-occurrence counts are shrunk by co / (co + shrinkage). The MovieLens evaluation
     * prefers 1; the site uses 5 so that one person's small list cannot make two films each other's closest.
     */
    @WithDefault("5")
    double behaviourShrinkage();

    /** Each basket weighs 1 / ln(1 + size)^damping: a long list says less about any two of its films. */
    @WithDefault("1")
    double behaviourBasketDamping();

    /** EASE over the films enough people saved ({@link EaseSimilarity}), one more part of the blend. */
    Ease ease();

    interface Ease {
        /** Its weight in the blend, beside {@link Weights}; 0 leaves it out. */
        @WithDefault("0")
        double weight();

        /** The ridge λ of the closed-form solve: larger trusts rare co-occurrence less. */
        @WithDefault("200")
        double lambda();

        /** A film takes part when at least this many baskets hold it. */
        @WithDefault("5")
        int minBaskets();

        /** At most this many films (the most saved): the solve costs films³ and films² memory. */
        @WithDefault("3000")
        int maxFilms();

        /** A pair scores only when at least this many baskets hold both films. */
        @WithDefault("3")
        int minTogether();

        default EaseSimilarity.Settings settings() {
            return new EaseSimilarity.Settings(lambda(), minBaskets(), maxFilms(), minTogether());
        }
    }

    /**
     * What saving a film says for another, for a person's suggestions ({@link SuggestionWeights}): EASE over the
     * films enough people saved, each film's largest weights stored; pairs below {@link #behaviourMinSupport()}
     * baskets never count. Written by full rebuilds.
     */
    Suggestions suggestions();

    interface Suggestions {
        /** The ridge λ of the solve (chosen on the MovieLens evaluation's validation split). */
        @WithDefault("200")
        double lambda();

        /** A film takes part when at least this many baskets hold it. */
        @WithDefault("3")
        int minBaskets();

        /** At most this many films (the most saved): the solve costs films³ and films² memory. */
        @WithDefault("3000")
        int maxFilms();

        /** Weights stored per film: more than a film page shows, so that a person's films reach further. */
        @WithDefault("200")
        int perFilm();

        default SuggestionWeights.Settings settings(int minTogether) {
            return new SuggestionWeights.Settings(new EaseSimilarity.Settings(lambda(), minBaskets(), maxFilms(),
                    minTogether), perFilm());
        }
    }

    /**
     * Fewest distinct baskets (watchlists, dataset users) that must hold two films before they count as saved
     * together; below it the signal is 0 and "often saved together" is never shown.
     */
    @WithDefault("3")
    int behaviourMinSupport();

    /** At most this many films sharing a curated list with a film among its stored related films, unless nothing else relates. */
    @WithDefault("3")
    int listMates();

    /**
     * Weight of each kind of dataset attribute (director, screenwriter, cast, studio, genre, tag, topic, decade);
     * a kind not named weighs 1, 0 ignores it. Defaults in application.properties.
     */
    java.util.Map<String, Double> attributeKinds();

    /** The defaults are {@link SimilarityWeights#DEFAULTS}, chosen by the MovieLens evaluation (README). */
    interface Weights {
        /** Shared themes, IDF-weighted. */
        @WithDefault("0.15")
        double themes();

        /** Being on the same curated list, damped by the list's length. */
        @WithDefault("0.15")
        double lists();

        /** Descriptions and facts (TF-IDF). */
        @WithDefault("0.10")
        double text();

        /** People and metadata from datasets: director, screenwriter, cast, studio, genre, tags, decade. */
        @WithDefault("0.15")
        double attributes();

        /**
         * Films saved together in watchlists and datasets' ratings; 0 for films nobody saved together. The signal
         * itself grows with its support (co / (co + shrinkage), nothing below the minimum support), so this is its
         * weight once well supported: twice a content signal, not enough to outweigh a shared director and theme.
         */
        @WithDefault("0.3")
        double behaviour();
    }
}
