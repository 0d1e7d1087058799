package org.kinopanorama.ingest.dataset;

import org.junit.jupiter.api.Test;
import org.kinopanorama.catalog.identity.TitleMatcher;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MovieLensTitleTest {

    @Test
    void theEnglishTitleTheTransliteratedOriginalAndTheYearComeApart() {
        MovieLensTitle t = MovieLensTitle.parse("Irony of Fate, or Enjoy Your Bath! (Ironiya sudby, ili S legkim parom!) (1975)");
        assertThat(t.english()).isEqualTo("Irony of Fate, or Enjoy Your Bath!");
        assertThat(t.alternatives()).containsExactly("Ironiya sudby, ili S legkim parom!");
        assertThat(t.year()).isEqualTo(1975);
    }

    @Test
    void aTrailingArticleGoesBackToTheFront() {
        MovieLensTitle t = MovieLensTitle.parse("Cranes Are Flying, The (Letyat zhuravli) (1957)");
        assertThat(t.english()).isEqualTo("The Cranes Are Flying");
        assertThat(t.alternatives()).containsExactly("Letyat zhuravli");
        assertThat(MovieLensTitle.parse("Cruel Romance, A (Zhestokij Romans) (1984)").english()).isEqualTo("A Cruel Romance");
    }

    @Test
    void severalAlternativesAndAkaAreKeptInOrder() {
        MovieLensTitle t = MovieLensTitle.parse("Ivan's Childhood (a.k.a. My Name is Ivan) (Ivanovo detstvo) (1962)");
        assertThat(t.english()).isEqualTo("Ivan's Childhood");
        assertThat(t.alternatives()).containsExactly("My Name is Ivan", "Ivanovo detstvo");
    }

    @Test
    void aPartNumberStaysInTheTitleAndAMissingYearIsNull() {
        assertThat(MovieLensTitle.parse("Liberation (Part 2) (1970)").english()).isEqualTo("Liberation (Part 2)");
        MovieLensTitle noYear = MovieLensTitle.parse("Babylon 5");
        assertThat(noYear.year()).isNull();
        assertThat(noYear.english()).isEqualTo("Babylon 5");
        assertThat(MovieLensTitle.parse("Black Mirror (2011-)").year()).isEqualTo(2011);
    }

    @Test
    void theMovieLensTitleMeetsTheRussianTitleAndTheSeedListTitle() {
        MovieLensTitle ml = MovieLensTitle.parse("Irony of Fate, or Enjoy Your Bath! (Ironiya sudby, ili S legkim parom!) (1975)");
        List<String> mlTitles = new java.util.ArrayList<>(ml.alternatives());
        mlTitles.add(ml.english());
        assertThat(TitleMatcher.sameFilm(mlTitles, ml.year(), List.of("Ирония судьбы, или С лёгким паром!"), 1976)).isTrue();
        assertThat(TitleMatcher.sameFilm(mlTitles, ml.year(), List.of("The Irony of Fate"), 1975)).isTrue();
    }

    @Test
    void imdbIdsGetTheirPrefixAndZeros() {
        assertThat(MovieLensImporter.imdb("73179")).isEqualTo("tt0073179");
        assertThat(MovieLensImporter.imdb("1234567")).isEqualTo("tt1234567");
        assertThat(MovieLensImporter.imdb(" ")).isNull();
        assertThat(MovieLensImporter.genreCode("Sci-Fi")).isEqualTo("science_fiction");
        assertThat(MovieLensImporter.genreCode("Comedy")).isEqualTo("comedy");
    }
}
