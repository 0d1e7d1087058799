package org.kinopanorama.catalog.api;

/** A theme of the controlled vocabulary with the films that carry it, strongest first, one page at a time. */
public record ThemeJson(String slug, String labelEn, String labelRu, String feed, PageJson<WeightedFilmJson> films) {

    /** A theme as {@code GET /api/themes} gives it: how many films carry it. */
    public record ThemeCardJson(String slug, String labelEn, String labelRu, long filmCount) {
    }

    /** A film carrying the theme, with the strength (0 to 1) it carries it with. */
    public record WeightedFilmJson(long id, String title, Integer year, double weight, String url) {
    }
}
