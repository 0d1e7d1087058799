package org.kinopanorama.catalog.api;

import java.time.OffsetDateTime;
import java.util.List;

/** A curated list for scripts: its introduction and its entries in the curator's order. */
public record ListJson(String slug, String title, String introduction, String centralTheme, int filmCount,
                       OffsetDateTime updatedAt, String url, String feed, List<EntryJson> entries) {

    /** A curated list without its entries, as {@code GET /api/lists} gives it. */
    public record ListCardJson(String slug, String title, int filmCount, String introduction, String url) {
    }

    /** A film on the list, with the heading, description and fact exactly as the curator wrote them. */
    public record EntryJson(int position, String heading, int year, Integer yearEnd, FilmRefJson film,
                            String description, boolean descriptionTruncated, String fact, boolean factTruncated) {
    }
}
