package org.kinopanorama.similarity;

import org.kinopanorama.similarity.signal.Explanation;
import org.kinopanorama.similarity.signal.FilmFeatures;
import org.kinopanorama.similarity.signal.ListSimilarity;
import org.kinopanorama.similarity.signal.TextSimilarity;
import org.kinopanorama.similarity.signal.TextTokens;
import org.kinopanorama.similarity.signal.ThemeSimilarity;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FeatureWeightingTest {

    @Test
    void rareSharedThemeWeighsMoreThanCommonOne() {
        // "betrayal" is on 2 of 6 films, "war" on 5 of 6
        List<FilmFeatures> films = List.of(
                new FilmFeatures(1, Map.of("betrayal", 0.5, "war", 0.5), Map.of(), List.of()),
                new FilmFeatures(2, Map.of("betrayal", 0.5, "comedy", 0.5), Map.of(), List.of()),
                new FilmFeatures(3, Map.of("war", 0.5, "comedy", 0.5), Map.of(), List.of()),
                new FilmFeatures(4, Map.of("war", 1.0), Map.of(), List.of()),
                new FilmFeatures(5, Map.of("war", 1.0), Map.of(), List.of()),
                new FilmFeatures(6, Map.of("war", 1.0), Map.of(), List.of()));
        ThemeSimilarity sim = new ThemeSimilarity(films);
        assertThat(sim.score(1, 2)).isGreaterThan(sim.score(1, 3));
        assertThat(sim.explain(1, 2).features(Explanation.Kind.THEME)).containsExactly("betrayal");
        assertThat(sim.explain(1, 3).features(Explanation.Kind.THEME)).containsExactly("war");
    }

    @Test
    void shortListCountsMoreThanLongList() {
        assertThat(ListSimilarity.weight(3)).isGreaterThan(ListSimilarity.weight(30));
        List<FilmFeatures> films = List.of(
                new FilmFeatures(1, Map.of(), Map.of("short", 3, "long", 30), List.of()),
                new FilmFeatures(2, Map.of(), Map.of("short", 3, "other", 10), List.of()),
                new FilmFeatures(3, Map.of(), Map.of("long", 30, "other", 10), List.of()));
        ListSimilarity sim = new ListSimilarity(films);
        assertThat(sim.score(1, 2)).isGreaterThan(sim.score(1, 3));
        assertThat(sim.score(1, 2)).isLessThan(1.0);
        assertThat(sim.explain(1, 2).features(Explanation.Kind.LIST)).containsExactly("short");
    }

    @Test
    void identicalListsScoreOne() {
        List<FilmFeatures> films = List.of(
                new FilmFeatures(1, Map.of(), Map.of("a", 3, "b", 30), List.of()),
                new FilmFeatures(2, Map.of(), Map.of("a", 3, "b", 30), List.of()));
        assertThat(new ListSimilarity(films).score(1, 2)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void textUsesRareSharedWordsAndSublinearTf() {
        List<FilmFeatures> films = List.of(
                new FilmFeatures(1, Map.of(), Map.of(), TextTokens.of("scouts behind enemy lines, film film film")),
                new FilmFeatures(2, Map.of(), Map.of(), TextTokens.of("a scout captured behind enemy lines, film")),
                new FilmFeatures(3, Map.of(), Map.of(), TextTokens.of("a comedy film about a wedding")),
                new FilmFeatures(4, Map.of(), Map.of(), TextTokens.of("a film about love")));
        TextSimilarity sim = new TextSimilarity(films);
        assertThat(sim.score(1, 2)).isGreaterThan(sim.score(1, 3));
        assertThat(sim.explain(1, 2).features(Explanation.Kind.TEXT)).contains("scout", "enemy", "line");
    }

    @Test
    void tokenizer() {
        assertThat(TextTokens.of("The Scouts are hiding behind enemy lines!"))
                .containsExactly("scout", "hid", "behind", "enemy", "line");
        assertThat(TextTokens.of("Москва слезам не верит")).containsExactly("москва", "слезам", "не", "верит");
        assertThat(TextTokens.of("betrayed, betraying, betrayal; stories"))
                .containsExactly("betray", "betray", "betrayal", "story");
        assertThat(TextTokens.of(null)).isEmpty();
        assertThat(TextTokens.of("  ,.; 123 ")).isEmpty();
    }
}
