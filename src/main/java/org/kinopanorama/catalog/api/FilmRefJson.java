package org.kinopanorama.catalog.api;

/** A film named from elsewhere (a list entry): enough to show it and to follow it. */
public record FilmRefJson(long id, String title, Integer year, String url) {
}
