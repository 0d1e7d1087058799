package org.kinopanorama.ingest.dataset;

import org.kinopanorama.database.FreshDatabaseProfile;

/** A database of its own for the real datasets: migrations, the seed lists, then both datasets. */
public class RealDatasetsProfile extends FreshDatabaseProfile {
}
