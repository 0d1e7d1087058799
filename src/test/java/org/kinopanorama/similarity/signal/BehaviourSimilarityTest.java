package org.kinopanorama.similarity.signal;

import org.kinopanorama.similarity.Fixtures;
import static org.assertj.core.api.Assertions.assertThat;
import static org.kinopanorama.similarity.Fixtures.ASCENT;
import static org.kinopanorama.similarity.Fixtures.COME_AND_SEE;
import static org.kinopanorama.similarity.Fixtures.CRANES;
import static org.kinopanorama.similarity.Fixtures.IRONY;
import static org.kinopanorama.similarity.Fixtures.OFFICE_ROMANCE;
import static org.kinopanorama.similarity.Fixtures.STALKER;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class BehaviourSimilarityTest {

    @Test
    void filmsOftenSavedTogetherAreCloserThanOnceSavedTogether() {
        BehaviourSimilarity sim = new BehaviourSimilarity(Fixtures.baskets());
        assertThat(sim.savedTogether(ASCENT, COME_AND_SEE)).isEqualTo(3);
        assertThat(sim.savedTogether(ASCENT, CRANES)).isEqualTo(1);
        assertThat(sim.score(ASCENT, COME_AND_SEE)).isGreaterThan(sim.score(ASCENT, CRANES));
        assertThat(sim.score(ASCENT, IRONY)).isZero();
        assertThat(sim.score(STALKER, ASCENT)).isZero();
        assertThat(sim.savedTogether(IRONY, OFFICE_ROMANCE)).as("a film twice in a basket counts once").isEqualTo(2);
    }

    @Test
    void plainCosineWithoutShrinkageOrDamping() {
        // ASCENT in w1,w2,w3; COME_AND_SEE in w1,w2,w3: identical basket vectors
        BehaviourSimilarity plain = new BehaviourSimilarity(Fixtures.baskets(), new BehaviourSimilarity.Tuning(0, 0));
        assertThat(plain.score(ASCENT, COME_AND_SEE)).isCloseTo(1.0, Offset.offset(1e-12));
        // CRANES only in w1: co 1 / sqrt(3 · 1)
        assertThat(plain.score(ASCENT, CRANES)).isCloseTo(1 / Math.sqrt(3), Offset.offset(1e-12));
        BehaviourSimilarity shrunk = new BehaviourSimilarity(Fixtures.baskets(), new BehaviourSimilarity.Tuning(3, 0));
        assertThat(shrunk.score(ASCENT, COME_AND_SEE)).isCloseTo(0.5, Offset.offset(1e-12));
        assertThat(shrunk.score(ASCENT, CRANES)).isCloseTo(1 / Math.sqrt(3) / 4, Offset.offset(1e-12));
    }

    @Test
    void aSmallBasketSaysMoreThanAHugeOneWhenDamped() {
        Map<String, List<Long>> baskets = new HashMap<>();
        baskets.put("small", List.of(1L, 2L));
        baskets.put("huge", java.util.stream.LongStream.rangeClosed(3, 500).boxed()
                .collect(java.util.stream.Collectors.toCollection(java.util.ArrayList::new)));
        baskets.get("huge").add(1L);
        baskets.put("other", List.of(3L, 2L));
        BehaviourSimilarity damped = new BehaviourSimilarity(baskets, new BehaviourSimilarity.Tuning(0, 1));
        // 1 shares "small" with 2 and "huge" with 3; 2 and 3 are otherwise alike
        assertThat(damped.score(1, 2)).isGreaterThan(damped.score(1, 3));
    }

    @Test
    void explanationSaysSavedTogetherAndNothingAboutWho() {
        BehaviourSimilarity sim = new BehaviourSimilarity(Fixtures.baskets());
        Explanation why = sim.explain(ASCENT, COME_AND_SEE);
        assertThat(why.reasons()).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(Explanation.Kind.BEHAVIOUR);
            assertThat(r.feature()).isEqualTo(BehaviourSimilarity.SAVED_TOGETHER);
            assertThat(r.contribution()).isEqualTo(sim.score(ASCENT, COME_AND_SEE));
        });
        assertThat(why.summary(3)).isEqualTo("often saved together");
        assertThat(sim.explain(ASCENT, IRONY).isEmpty()).isTrue();
    }

    @Test
    void basketOrderDoesNotChangeAnyScore() {
        Map<String, List<Long>> reversed = new java.util.TreeMap<>(java.util.Comparator.reverseOrder());
        reversed.putAll(Fixtures.baskets());
        BehaviourSimilarity a = new BehaviourSimilarity(Fixtures.baskets());
        BehaviourSimilarity b = new BehaviourSimilarity(reversed);
        for (long x = 1; x <= 9; x++) {
            for (long y = 1; y <= 9; y++) {
                assertThat(b.score(x, y)).isEqualTo(a.score(x, y));
            }
        }
    }
}
