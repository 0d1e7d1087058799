package org.kinopanorama.similarity;

import org.kinopanorama.similarity.signal.Explanation;
import org.kinopanorama.similarity.signal.BehaviourSimilarity;
import org.kinopanorama.similarity.signal.BlendedSimilarity;
import org.kinopanorama.similarity.signal.FilmFeatures;
import org.kinopanorama.similarity.signal.FilmSimilarity;
import org.kinopanorama.similarity.signal.ListSimilarity;
import org.kinopanorama.similarity.signal.ThemeSimilarity;
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

    /** A random catalogue with every kind of feature, and baskets. */
    static List<FilmFeatures> randomCatalogue(int n, long seed) {
        java.util.Random r = new java.util.Random(seed);
        List<FilmFeatures> films = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Map<String, Double> themes = new java.util.HashMap<>();
            for (int t = r.nextInt(3); t > 0; t--) {
                themes.put("theme" + r.nextInt(15), 0.1 + 0.9 * r.nextDouble());
            }
            Map<String, Integer> lists = new java.util.HashMap<>();
            if (r.nextInt(4) == 0) {
                lists.put("list" + r.nextInt(20), 5 + r.nextInt(20));
            }
            List<String> tokens = new ArrayList<>();
            for (int t = r.nextInt(8); t > 0; t--) {
                tokens.add("w" + (int) Math.floor(Math.pow(400, r.nextDouble())));
            }
            java.util.Set<String> attributes = new java.util.HashSet<>();
            attributes.add("genre:g" + r.nextInt(6));
            attributes.add("decade:" + (1920 + 10 * r.nextInt(8)));
            if (r.nextBoolean()) {
                attributes.add("director:d" + r.nextInt(n / 3 + 1));
            }
            films.add(new FilmFeatures(1000 + 7L * i, themes, lists, tokens, attributes));
        }
        return films;
    }

    static Map<String, List<Long>> randomBaskets(List<FilmFeatures> films, int count, long seed) {
        java.util.Random r = new java.util.Random(seed);
        Map<String, List<Long>> baskets = new java.util.HashMap<>();
        for (int u = 0; u < count; u++) {
            List<Long> b = new ArrayList<>();
            for (int t = 1 + r.nextInt(12); t > 0; t--) {
                // skewed: low indexes are popular
                b.add(films.get((int) (films.size() * Math.pow(r.nextDouble(), 2))).filmId());
            }
            baskets.put("u" + u, b);
        }
        return baskets;
    }

    @Test
    void withoutLimitsTheSparseSearchFindsExactlyTheBruteForceTopK() {
        List<FilmFeatures> films = randomCatalogue(300, 1);
        Map<String, List<Long>> baskets = randomBaskets(films, 150, 2);
        SimilarityWeights w = new SimilarityWeights(0.2, 0.2, 0.2, 0.2, 0.2);
        Neighbours n = Neighbours.blend(films, baskets, w, BehaviourSimilarity.Tuning.DEFAULT, Map.of(),
                new Neighbours.CandidateLimits(10_000, 10_000));
        FilmSimilarity sim = n.similarity();
        for (FilmFeatures f : films.subList(0, 60)) {
            List<Neighbour> brute = new ArrayList<>();
            for (FilmFeatures g : films) {
                double s = sim.score(f.filmId(), g.filmId());
                if (g.filmId() != f.filmId() && s > 0) {
                    brute.add(new Neighbour(g.filmId(), s, null));
                }
            }
            brute.sort(java.util.Comparator.comparingDouble(Neighbour::score).reversed()
                    .thenComparingLong(Neighbour::filmId));
            List<Neighbour> top = n.topK(f.filmId(), 10);
            assertThat(top).extracting(Neighbour::filmId)
                    .containsExactlyElementsOf(brute.stream().limit(10).map(Neighbour::filmId).toList());
            assertThat(top).extracting(Neighbour::score)
                    .containsExactlyElementsOf(brute.stream().limit(10).map(Neighbour::score).toList());
        }
    }

    @Test
    void allNeighboursAtOnceEqualOneByOneAndRepeat() {
        List<FilmFeatures> films = randomCatalogue(2500, 3);
        Map<String, List<Long>> baskets = randomBaskets(films, 800, 4);
        Neighbours n = Neighbours.blend(films, baskets, SimilarityWeights.DEFAULTS);
        Map<Long, List<Neighbour>> all = n.topKAll(20);
        assertThat(all).hasSize(films.size());
        assertThat(new ArrayList<>(all.keySet())).isSorted();
        for (FilmFeatures f : films.subList(0, 200)) {
            assertThat(all.get(f.filmId())).isEqualTo(n.topK(f.filmId(), 20));
        }
        assertThat(Neighbours.blend(films, baskets, SimilarityWeights.DEFAULTS).topKAll(20)).isEqualTo(all);
        Neighbour first = all.get(films.get(0).filmId()).get(0);
        assertThat(first.score()).isEqualTo(n.similarity().score(films.get(0).filmId(), first.filmId()));
        assertThat(first.why().isEmpty()).isFalse();
    }

    @Test
    void aCommonFeatureProposesNoCandidatesButStillCounts() {
        List<FilmFeatures> films = List.of(
                new FilmFeatures(1, Map.of(), Map.of(), List.of(), java.util.Set.of("genre:drama", "director:a")),
                new FilmFeatures(2, Map.of(), Map.of(), List.of(), java.util.Set.of("genre:drama", "director:a")),
                new FilmFeatures(3, Map.of(), Map.of(), List.of(), java.util.Set.of("genre:drama", "director:b")),
                new FilmFeatures(4, Map.of(), Map.of(), List.of(), java.util.Set.of("director:a")),
                new FilmFeatures(5, Map.of(), Map.of(), List.of(), java.util.Set.of("genre:comedy")),
                new FilmFeatures(6, Map.of(), Map.of(), List.of(), java.util.Set.of("genre:drama", "director:c")),
                new FilmFeatures(7, Map.of(), Map.of(), List.of(), java.util.Set.of("genre:comedy")));
        SimilarityWeights attributesOnly = new SimilarityWeights(0, 0, 0, 1, 0);
        Neighbours capped = Neighbours.blend(films, Map.of(), attributesOnly, BehaviourSimilarity.Tuning.DEFAULT,
                Map.of(), new Neighbours.CandidateLimits(10, 3));
        // "genre:drama" (4 films) is over the cap of 3: film 3, linked to 1 only through it, is not proposed while
        // the rare features propose enough films
        assertThat(capped.topK(1, 2)).extracting(Neighbour::filmId).containsExactly(2L, 4L);
        // ... but the shared genre still lifts 2 above 4
        assertThat(capped.topK(1, 2).get(0).why().features(Explanation.Kind.ATTRIBUTE))
                .containsExactly("director:a", "genre:drama");
        // asked for more than the rare features propose, the common ones propose the rest (the coverage fallback)
        assertThat(capped.topK(1, 10)).extracting(Neighbour::filmId).containsExactly(2L, 4L, 3L, 6L);
        Neighbours open = Neighbours.blend(films, Map.of(), attributesOnly, BehaviourSimilarity.Tuning.DEFAULT,
                Map.of(), new Neighbours.CandidateLimits(10, 4));
        assertThat(open.topK(1, 10)).extracting(Neighbour::filmId).containsExactly(2L, 4L, 3L, 6L);
    }

    @Test
    void blendFindsNeighboursThroughAttributesAndBehaviourAndSaysSo() {
        List<FilmFeatures> films = Fixtures.soviet();
        Neighbours n = Neighbours.blend(films, Fixtures.baskets(), SimilarityWeights.DEFAULTS);
        Neighbour office = n.topK(Fixtures.IRONY, 10).stream().filter(x -> x.filmId() == Fixtures.OFFICE_ROMANCE)
                .findFirst().orElseThrow();
        assertThat(office.why().summary(3)).contains("same director").contains("shared cast")
                .contains("often saved together");
        assertThat(n.topK(Fixtures.IRONY, 1)).extracting(Neighbour::filmId).containsExactly(Fixtures.OFFICE_ROMANCE);

        // a film known only from baskets: behaviour alone proposes it
        List<FilmFeatures> bare = List.of(FilmFeatures.empty(1), FilmFeatures.empty(2), FilmFeatures.empty(3));
        Neighbours saved = Neighbours.blend(bare, Map.of("w", List.of(1L, 2L)), SimilarityWeights.DEFAULTS);
        assertThat(saved.topK(1, 5)).extracting(Neighbour::filmId).containsExactly(2L);
        assertThat(saved.topK(1, 5).get(0).why().summary(3)).isEqualTo("often saved together");
        assertThat(saved.topK(3, 5)).isEmpty();
    }

    @Test
    void standardStillWorksWithoutBaskets() {
        Neighbours n = Neighbours.standard(Fixtures.soviet());
        assertThat(n.topK(Fixtures.COME_AND_SEE, 2)).extracting(Neighbour::filmId)
                .containsAnyOf(Fixtures.ASCENT, Fixtures.CRANES);
        assertThat(n.topKAll(3)).containsKeys(Fixtures.ASCENT, Fixtures.EMPTY);
        assertThat(n.topKAll(3).get(Fixtures.EMPTY)).isEmpty();
    }
}
