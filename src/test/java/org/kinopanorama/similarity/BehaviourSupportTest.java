package org.kinopanorama.similarity;

import org.kinopanorama.similarity.signal.BehaviourSimilarity;
import org.kinopanorama.similarity.signal.FilmFeatures;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Saved together only with enough distinct baskets, hoarders count for little, and no basket decides alone. */
class BehaviourSupportTest {

    private static final BehaviourSimilarity.Tuning SITE = new BehaviourSimilarity.Tuning(5, 1, 3, true);

    private static Map<String, List<Long>> baskets(int copies, List<Long> films) {
        Map<String, List<Long>> out = new LinkedHashMap<>();
        for (int i = 0; i < copies; i++) {
            out.put("b" + i, films);
        }
        return out;
    }

    @Test
    void twoBasketsAreBelowTheFloorAndShowNoReasonThreeAreEnough() {
        BehaviourSimilarity two = new BehaviourSimilarity(baskets(2, List.of(1L, 2L)), SITE);
        assertThat(two.score(1, 2)).isZero();
        assertThat(two.explain(1, 2).isEmpty()).as("no \"often saved together\" below the floor").isTrue();

        BehaviourSimilarity three = new BehaviourSimilarity(baskets(3, List.of(1L, 2L)), SITE);
        assertThat(three.score(1, 2)).isPositive();
        assertThat(three.score(2, 1)).isEqualTo(three.score(1, 2));
        assertThat(three.explain(1, 2).reasons()).singleElement()
                .satisfies(r -> assertThat(r.feature()).isEqualTo(BehaviourSimilarity.SAVED_TOGETHER));
    }

    @Test
    void theFloorAlsoHoldsInTheNeighbourSearch() {
        List<FilmFeatures> films = LongStream.rangeClosed(1, 3)
                .mapToObj(id -> new FilmFeatures(id, Map.of(), Map.of(), List.of())).toList();
        Map<String, List<Long>> baskets = new LinkedHashMap<>(baskets(2, List.of(1L, 2L)));
        baskets.putAll(Map.of("x", List.of(1L, 3L), "y", List.of(1L, 3L), "z", List.of(1L, 3L)));
        Neighbours n = Neighbours.blend(films, baskets, new SimilarityWeights(0, 0, 0, 0, 1), SITE, Map.of(),
                Neighbours.CandidateLimits.forCatalogue(3));
        assertThat(n.topK(1, 5)).extracting(Neighbour::filmId).containsExactly(3L);
    }

    @Test
    void aBasketHoldingMostFilmsCountsForLittle() {
        // film 1 is with film 2 in three baskets of two, and with film 3 in three baskets holding 20 of the 21 films
        List<Long> hoard = new ArrayList<>(LongStream.rangeClosed(3, 21).boxed().toList());
        hoard.add(1L);
        Map<String, List<Long>> baskets = new LinkedHashMap<>();
        for (int i = 0; i < 3; i++) {
            baskets.put("pair" + i, List.of(1L, 2L));
            baskets.put("hoard" + i, hoard);
        }
        BehaviourSimilarity plain = new BehaviourSimilarity(baskets, new BehaviourSimilarity.Tuning(0, 0, 3, false));
        assertThat(plain.score(1, 3)).as("unweighted, both look alike").isEqualTo(plain.score(1, 2));

        BehaviourSimilarity site = new BehaviourSimilarity(baskets, SITE);
        assertThat(site.score(1, 3)).isLessThan(site.score(1, 2) / 2);
        assertThat(BehaviourSimilarity.inverseUserFrequency(20, 21)).isLessThan(BehaviourSimilarity.inverseUserFrequency(2, 21) / 2)
                .isPositive();
    }

    @Test
    void oneBasketNeverDecidesAPair() {
        BehaviourSimilarity alone = new BehaviourSimilarity(Map.of("only", List.of(1L, 2L)),
                new BehaviourSimilarity.Tuning(0, 0, 1, true));
        assertThat(alone.score(1, 2)).isZero();

        // one pointed basket of two films and two long ones holding both: the pointed one counts only as much as
        // the two others together
        Map<String, List<Long>> baskets = new LinkedHashMap<>();
        baskets.put("pointed", List.of(1L, 2L));
        List<Long> longer = new ArrayList<>(LongStream.rangeClosed(1, 60).boxed().toList());
        baskets.put("long1", longer);
        baskets.put("long2", longer);
        BehaviourSimilarity.Tuning balanced = new BehaviourSimilarity.Tuning(0, 1, 3, true);
        BehaviourSimilarity capped = new BehaviourSimilarity(baskets, balanced);
        double pointed = capped.basketWeight[2]; // baskets are numbered in name order: long1, long2, pointed
        double other = capped.basketWeight[0];
        assertThat(pointed).isGreaterThan(2 * other);
        double total1 = pointed + 2 * other;
        assertThat(capped.score(1, 2)).isCloseTo(4 * other / total1, org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void hostileTuningIsRefused() {
        assertThatThrownBy(() -> new BehaviourSimilarity.Tuning(1, 1, 0, true)).isInstanceOf(IllegalArgumentException.class);
    }
}
