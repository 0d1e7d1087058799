package org.kinopanorama.similarity.signal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AttributeSimilarityTest {

    static FilmFeatures film(long id, String... attributes) {
        return new FilmFeatures(id, Map.of(), Map.of(), List.of(), Set.of(attributes));
    }

    /** 1 and 2 share a rare director; 1 and 3 share only a genre most films have. */
    static List<FilmFeatures> films() {
        return List.of(
                film(1, "director:shepitko", "genre:drama", "decade:1970"),
                film(2, "director:shepitko", "genre:war", "decade:1960"),
                film(3, "director:ryazanov", "genre:drama", "decade:1980"),
                film(4, "director:ryazanov", "genre:drama", "decade:1980"),
                film(5, "director:tarkovsky", "genre:drama", "decade:1980"),
                film(6, "director:klimov", "genre:drama", "decade:1980"));
    }

    @Test
    void sharedRareDirectorCountsMoreThanSharedCommonGenre() {
        AttributeSimilarity sim = new AttributeSimilarity(films());
        assertThat(sim.score(1, 2)).isGreaterThan(sim.score(1, 3));
        assertThat(sim.explain(1, 2).features(Explanation.Kind.ATTRIBUTE)).containsExactly("director:shepitko");
        assertThat(sim.explain(1, 3).features(Explanation.Kind.ATTRIBUTE)).containsExactly("genre:drama");
        assertThat(sim.explain(3, 4).features(Explanation.Kind.ATTRIBUTE))
                .containsExactly("director:ryazanov", "decade:1980", "genre:drama");
    }

    @Test
    void kindWeightsShiftWhatCountsAndZeroIgnoresAKind() {
        AttributeSimilarity plain = new AttributeSimilarity(films());
        AttributeSimilarity decadesMatter = new AttributeSimilarity(films(), Map.of("decade", 3.0, "director", 0.5));
        assertThat(decadesMatter.score(3, 5)).isGreaterThan(plain.score(3, 5));
        assertThat(decadesMatter.score(1, 2)).isLessThan(plain.score(1, 2));
        AttributeSimilarity noGenres = new AttributeSimilarity(films(), Map.of("genre", 0.0));
        assertThat(noGenres.score(1, 3)).isZero();
        assertThat(noGenres.explain(3, 4).features(Explanation.Kind.ATTRIBUTE)).doesNotContain("genre:drama");
    }

    @Test
    void summaryNamesTheKindOfWhatIsShared() {
        AttributeSimilarity sim = new AttributeSimilarity(films());
        assertThat(sim.explain(1, 2).summary(3)).isEqualTo("same director");
        assertThat(sim.explain(3, 4).summary(3)).isEqualTo("same director · same decade · genre: drama");
        assertThat(sim.explain(3, 4).summary(3, (kind, f) -> f.equals("genre:drama") ? "Drama" : f))
                .contains("genre: Drama");
        assertThat(AttributeSimilarity.kind("cast:p1")).isEqualTo("cast");
        assertThat(AttributeSimilarity.value("tag:a:b")).isEqualTo("a:b");
    }
}
