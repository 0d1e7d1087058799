package org.kinopanorama.catalog.film;

import org.kinopanorama.catalog.AverageRating;
import org.kinopanorama.catalog.Film;
import org.kinopanorama.catalog.FilmTitle;
import org.kinopanorama.catalog.ListEntry;
import org.kinopanorama.catalog.ReaderSaves;
import org.kinopanorama.catalog.RelatedFilm;
import org.kinopanorama.catalog.ThemeLabels;
import java.util.List;

/**
 * Everything a film's page shows, handed to its template whole: the film with its titles, themes, lists and
 * credits (one query, {@link CatalogueService#film(long, java.util.Locale, String)}), its related films (one
 * query) and the reader's save buttons (one query, for a signed-in reader only).
 *
 * @param title   the film's title as the reader sees it (see {@link LocalizedTitles})
 * @param asked   the theme a reader asked the related films to lean toward or away from, when it exists
 * @param related empty until {@link #with} is given them
 * @param averageRating everyone's average rating, read with the film; null until enough people rated it
 */
public record FilmPage(Film film, String title, List<FilmTitle> titles, List<YearClaim> yearClaims, List<ThemeStrength> themes,
                       List<ListEntry> appearances, FilmCredits credits, AskedTheme asked, List<RelatedFilm> related,
                       ReaderSaves saves, AverageRating averageRating) {

    /** The page with its related films and the reader's save buttons. */
    public FilmPage with(List<RelatedFilm> related, ReaderSaves saves) {
        return new FilmPage(film, title, titles, yearClaims, themes, appearances, credits, asked, related, saves, averageRating);
    }

    /** The film's titles other than the one its heading shows ("Also known as"), in their order. */
    public List<FilmTitle> otherTitles() {
        return titles.stream().filter(t -> !t.title.equals(title)).toList();
    }

    /** A theme of the vocabulary, named in a film page's address ({@code ?more=}). */
    public record AskedTheme(String slug, String labelEn, String labelRu) {
    }

    /** What one source says the year is. */
    public record YearClaim(int year, Integer yearEnd, String listTitle, String listSlug) {
    }

    /** How strongly the film carries a theme, and why. */
    public record ThemeStrength(String slug, String labelEn, String labelRu, double weight, List<Evidence> evidence)
            implements ThemeLabels {
        public int percent() {
            return (int) Math.round(weight * 100);
        }
    }

    public record Evidence(String listTitle, String listSlug, String words, boolean negated, double weight, String origin) {
    }

    /** Sources disagree on the year. */
    public boolean yearConflict() {
        return yearClaims.stream().map(YearClaim::year).distinct().count() > 1;
    }
}
