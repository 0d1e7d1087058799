package org.kinopanorama.similarity;

import org.kinopanorama.similarity.signal.EaseSimilarity;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;

/**
 * What saving one film says for another, for a person's suggestions ("For you"): EASE's item-item weights
 * {@code B[film][other]} ({@link EaseSimilarity.Model}, directed, not symmetrised, not rescaled), over the films at
 * least {@code minBaskets} baskets hold, each film's {@code perFilm} largest positive weights to films at least
 * {@code minTogether} baskets hold with it (never one person's list alone). A person's candidate then scores the sum
 * of the weights from the films they saved, as EASE scores it. Plain Java; the rebuild stores these rows
 * ({@code film_suggestion_weight}), the MovieLens evaluation scores the same rows.
 */
public final class SuggestionWeights {

    /**
     * @param ease        the model's settings (its {@code minTogether} is the pairs' floor)
     * @param perFilm     weights kept per film, {@code >= 1}
     */
    public record Settings(EaseSimilarity.Settings ease, int perFilm) {
        public Settings {
            Objects.requireNonNull(ease, "ease");
            if (perFilm < 1) {
                throw new IllegalArgumentException("perFilm must be >= 1: " + perFilm);
            }
        }
    }

    /** One film's weights: the other films (ids) and how much saving the film says for each, largest first. */
    public record Row(long[] others, float[] weights) {
    }

    private final long[] films;
    private final Row[] rows;

    private SuggestionWeights(long[] films, Row[] rows) {
        this.films = films;
        this.rows = rows;
    }

    /** Fits EASE on these baskets (basket → film ids) and keeps each film's largest weights. */
    public static SuggestionWeights fit(Map<String, ? extends Collection<Long>> baskets, Settings settings) {
        return of(EaseSimilarity.Model.fit(baskets, settings.ease()), settings);
    }

    /** The largest weights of a model fitted with {@code settings.ease()}. */
    public static SuggestionWeights of(EaseSimilarity.Model m, Settings settings) {
        int n = m.size();
        long[] films = m.films();
        Row[] rows = new Row[n];
        double[] w = new double[n];
        Integer[] order = new Integer[n];
        for (int a = 0; a < n; a++) {
            int kept = 0;
            for (int c = 0; c < n; c++) {
                w[c] = m.weightAt(a, c);
                if (c != a && w[c] > 0 && m.together(a, c) >= settings.ease().minTogether()) {
                    order[kept++] = c;
                }
            }
            Arrays.sort(order, 0, kept, (x, y) -> w[x] != w[y] ? Double.compare(w[y], w[x]) : Integer.compare(x, y));
            int k = Math.min(kept, settings.perFilm());
            long[] others = new long[k];
            float[] weights = new float[k];
            for (int t = 0; t < k; t++) {
                others[t] = films[order[t]];
                weights[t] = (float) w[order[t]];
            }
            rows[a] = new Row(others, weights);
        }
        return new SuggestionWeights(films, rows);
    }

    /** Films that have weights (the model's films), how many. */
    public int films() {
        return films.length;
    }

    /** Every film's row, in film id order; films whose row is empty included. */
    public void forEach(BiConsumer<Long, Row> sink) {
        for (int a = 0; a < films.length; a++) {
            sink.accept(films[a], rows[a]);
        }
    }
}
