package org.kinopanorama.similarity;

import org.kinopanorama.similarity.signal.EaseSimilarity;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What saving one film says for another, as For you reads it: EASE's weights, largest first, above the floor. */
class SuggestionWeightsTest {

    private static final EaseSimilarity.Settings EASE = new EaseSimilarity.Settings(1, 1, 100, 3);

    /** Films 1 and 2 saved together by five people; 1 and 3 by two only; 4 and 5 by four, each also with 6. */
    private static Map<String, List<Long>> baskets() {
        Map<String, List<Long>> b = new LinkedHashMap<>();
        for (int i = 0; i < 5; i++) {
            b.put("a" + i, List.of(1L, 2L));
        }
        b.put("b0", List.of(1L, 3L));
        b.put("b1", List.of(1L, 3L));
        b.put("b2", List.of(3L, 7L));
        for (int i = 0; i < 4; i++) {
            b.put("c" + i, List.of(4L, 5L, 6L));
        }
        return b;
    }

    private static Map<Long, SuggestionWeights.Row> rows(SuggestionWeights w) {
        Map<Long, SuggestionWeights.Row> out = new HashMap<>();
        w.forEach(out::put);
        return out;
    }

    @Test
    void filmsSavedTogetherByEnoughPeopleSayMostForEachOtherAndOnePersonsPairNothing() {
        Map<Long, SuggestionWeights.Row> rows = rows(SuggestionWeights.fit(baskets(), new SuggestionWeights.Settings(EASE, 10)));
        assertThat(rows.get(1L).others()).containsExactly(2L); // 1 and 3 share only two baskets: below the floor of 3
        assertThat(rows.get(3L).others()).isEmpty();
        assertThat(rows.get(2L).others()).containsExactly(1L);
        assertThat(rows.get(4L).others()).containsExactlyInAnyOrder(5L, 6L);
        for (SuggestionWeights.Row r : rows.values()) {
            for (int t = 0; t < r.weights().length; t++) {
                assertThat(r.weights()[t]).isPositive();
                if (t > 0) {
                    assertThat(r.weights()[t]).as("largest first").isLessThanOrEqualTo(r.weights()[t - 1]);
                }
            }
        }
    }

    @Test
    void atMostPerFilmWeightsAreKept() {
        Map<Long, SuggestionWeights.Row> rows = rows(SuggestionWeights.fit(baskets(), new SuggestionWeights.Settings(EASE, 1)));
        assertThat(rows.get(4L).others()).hasSize(1);
        assertThat(rows.values()).allSatisfy(r -> assertThat(r.others()).hasSizeLessThanOrEqualTo(1));
    }

    @Test
    void nothingSavedNothingWeighedAndNonsenseSettingsAreRefused() {
        assertThat(SuggestionWeights.fit(Map.of(), new SuggestionWeights.Settings(EASE, 5)).films()).isZero();
        assertThatThrownBy(() -> new SuggestionWeights.Settings(EASE, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
