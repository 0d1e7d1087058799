package org.kinopanorama.ingest.dataset;

import org.kinopanorama.database.FreshDatabaseProfile;

/** A database of its own for the search on the real Soviet dataset: migrations, the seed lists, then the import. */
public class RealCatalogueProfile extends FreshDatabaseProfile {
}
