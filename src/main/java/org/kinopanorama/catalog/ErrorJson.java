package org.kinopanorama.catalog;

/** What the API answers instead of a resource: a message for the person writing the script. */
public record ErrorJson(String error) {
}
