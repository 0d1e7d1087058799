package org.kinopanorama.catalog.api;

import java.util.List;

/** A film for scripts: every title, every year its sources claim, its themes with their evidence, its lists. */
public record FilmJson(long id, String title, Integer year, Integer yearEnd, String url, List<TitleJson> titles,
                       List<YearClaimJson> yearClaims, List<ThemeStrengthJson> themes, List<AppearanceJson> lists) {

    /** A title the film was given, and by which source (e.g. {@code list:betrayal-in-soviet-cinema}). */
    public record TitleJson(String title, String source) {
    }

    /** The year one list gives the film; {@code list} is the list's slug. */
    public record YearClaimJson(int year, Integer yearEnd, String list, String listTitle) {
    }

    /** How strongly (0 to 1) the film carries a theme, and the words that say so. */
    public record ThemeStrengthJson(String slug, String labelEn, String labelRu, double weight, List<EvidenceJson> evidence) {
    }

    /** Words of one list's entry that point to the theme; a negated mention counts for little. */
    public record EvidenceJson(String list, String words, boolean negated, double weight, String origin) {
    }

    /** The film on one curated list: its place there and what the curator wrote about it. */
    public record AppearanceJson(String slug, String title, int position, String heading, String description,
                                 String fact, String url) {
    }
}
