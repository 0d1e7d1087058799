package org.kinopanorama.catalog;

import java.util.List;

/**
 * Everything a film's page shows, read with a few indexed queries.
 *
 * @param title the film's title as the reader sees it (see {@link LocalizedTitles})
 */
public record FilmPage(Film film, String title, List<FilmTitle> titles, List<YearClaim> yearClaims, List<ThemeStrength> themes,
                       List<ListEntry> appearances) {

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
