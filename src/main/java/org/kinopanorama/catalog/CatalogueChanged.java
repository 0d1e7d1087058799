package org.kinopanorama.catalog;

import java.util.Set;

/** Fired after a change to the catalogue has been committed: these films were added or changed. */
public record CatalogueChanged(Set<Long> filmIds, String cause) {
}
