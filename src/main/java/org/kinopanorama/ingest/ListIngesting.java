package org.kinopanorama.ingest;

import org.kinopanorama.catalog.CuratedList;

/**
 * Fired inside the ingest's transaction, once the list and its entries are written and before the commit:
 * an observer that throws makes the whole document roll back.
 */
public record ListIngesting(CuratedList list, IngestReport report) {
}
