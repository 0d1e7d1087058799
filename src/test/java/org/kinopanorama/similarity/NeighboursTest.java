package org.kinopanorama.similarity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NeighboursTest {

    /** Wraps a similarity and records every scored pair. */
    static final class Counting implements FilmSimilarity {
        final FilmSimilarity inner;
        final List<long[]> calls = new ArrayList<>();

        Counting(FilmSimilarity inner) {
            this.inner = inner;
        }

        @Override
        public double score(long a, long b) {
            calls.add(new long[] {a, b});
            return inner.score(a, b);
        }

        @Override
        public Explanation explain(long a, long b) {
            return inner.explain(a, b);
        }
    }

    @Test
    void onlyFilmsSharingAFeatureAreScored() {
        List<FilmFeatures> films = List.of(
                new FilmFeatures(1, Map.of("war", 1.0), Map.of(), List.of()),
                new FilmFeatures(2, Map.of("war", 0.5, "love", 0.5), Map.of(), List.of()),
                new FilmFeatures(3, Map.of("love", 1.0), Map.of(), List.of()),
                new FilmFeatures(4, Map.of("comedy", 1.0), Map.of("comedies", 5), List.of("wedding")),
                new FilmFeatures(5, Map.of("space", 1.0), Map.of(), List.of("rocket")));
        Counting counting = new Counting(new ThemeSimilarity(films));
        List<Neighbour> top = new Neighbours(films, counting).topK(1, 10);
        assertThat(counting.calls).extracting(c -> c[1]).containsExactly(2L);
        assertThat(top).extracting(Neighbour::filmId).containsExactly(2L);
    }

    @Test
    void sortedByScoreThenIdAndExcludesSelf() {
        List<FilmFeatures> films = List.of(
                new FilmFeatures(10, Map.of("a", 1.0), Map.of(), List.of()),
                new FilmFeatures(7, Map.of("a", 1.0), Map.of(), List.of()),
                new FilmFeatures(3, Map.of("a", 1.0), Map.of(), List.of()),
                new FilmFeatures(5, Map.of("a", 0.5, "b", 0.5), Map.of(), List.of()),
                new FilmFeatures(6, Map.of("c", 1.0), Map.of(), List.of()));
        FilmSimilarity sim = new ThemeSimilarity(films);
        List<Neighbour> top = new Neighbours(films, sim).topK(10, 10);
        assertThat(top).extracting(Neighbour::filmId).containsExactly(3L, 7L, 5L);
        assertThat(new Neighbours(films, sim).topK(10, 1)).extracting(Neighbour::filmId).containsExactly(3L);
        assertThat(new Neighbours(films, sim).topK(10, 0)).isEmpty();
        assertThat(new Neighbours(films, sim).topK(42, 5)).isEmpty();
        assertThat(new Neighbours(films, sim).topK(6, 5)).isEmpty();
    }

    @Test
    void realisticFixture() {
        List<FilmFeatures> films = Fixtures.soviet();
        Neighbours n = Neighbours.standard(films);
        List<Neighbour> ascent = n.topK(Fixtures.ASCENT, 3);
        List<Neighbour> star = n.topK(Fixtures.STAR, 3);
        assertThat(ascent).extracting(Neighbour::filmId).contains(Fixtures.STAR);
        assertThat(star).extracting(Neighbour::filmId).contains(Fixtures.ASCENT);
        assertThat(ascent.get(0).filmId()).isNotEqualTo(Fixtures.IRONY);
        assertThat(n.topK(Fixtures.ASCENT, 20)).extracting(Neighbour::filmId)
                .doesNotContain(Fixtures.ASCENT, Fixtures.STALKER, Fixtures.EMPTY);

        Neighbour starForAscent = ascent.stream().filter(x -> x.filmId() == Fixtures.STAR).findFirst().orElseThrow();
        Explanation why = starForAscent.why();
        assertThat(why.features(Explanation.Kind.THEME)).contains("betrayal");
        assertThat(why.features(Explanation.Kind.LIST)).contains("betrayal");
        assertThat(why.features(Explanation.Kind.LIST).indexOf("betrayal"))
                .isLessThan(why.features(Explanation.Kind.LIST).indexOf("war-classics"));
        assertThat(why.summary(3)).contains("Both: ").contains("both on 'betrayal'");
        double sum = why.reasons().stream().mapToDouble(Explanation.Reason::contribution).sum();
        assertThat(sum).isLessThanOrEqualTo(starForAscent.score() + 1e-9);
    }

    @Test
    void rerankerKeepsOrderAtLambdaOneAndDiversifiesLower() {
        // films 1 and 2 on list A, film 3 on list B
        Map<Long, String> listOf = Map.of(1L, "A", 2L, "A", 3L, "B");
        FilmSimilarity sameList = (a, b) -> a == b || listOf.get(a).equals(listOf.get(b)) ? 1.0 : 0.0;
        List<Neighbour> candidates = List.of(
                new Neighbour(1, 0.9, Explanation.empty()),
                new Neighbour(2, 0.85, Explanation.empty()),
                new Neighbour(3, 0.8, Explanation.empty()));
        DiversityReranker r = new DiversityReranker();
        assertThat(r.rerank(candidates, 3, 1.0, sameList)).containsExactlyElementsOf(candidates);
        assertThat(r.rerank(candidates, 2, 1.0, sameList)).containsExactlyElementsOf(candidates.subList(0, 2));
        assertThat(r.rerank(candidates, 3, 0.3, sameList)).extracting(Neighbour::filmId).containsExactly(1L, 3L, 2L);
        assertThat(r.rerank(candidates, 0, 0.3, sameList)).isEmpty();
        assertThat(r.rerank(List.of(), 5, 0.3, sameList)).isEmpty();
    }

    @Test
    void rerankerOnRealNeighboursLambdaOneIsIdentity() {
        List<FilmFeatures> films = Fixtures.soviet();
        List<Neighbour> top = Neighbours.standard(films).topK(Fixtures.ASCENT, 10);
        Map<FilmSimilarity, Double> w = new LinkedHashMap<>();
        w.put(new ListSimilarity(films), 1.0);
        assertThat(new DiversityReranker().rerank(top, 10, 1.0, new BlendedSimilarity(w)))
                .containsExactlyElementsOf(top);
    }
}
