package org.kinopanorama.catalog;

/** A film offered while a visitor types its title; served as JSON {@code {"id":..,"title":"..","year":..}}. */
public record Suggestion(long id, String title, Integer year) {
}
