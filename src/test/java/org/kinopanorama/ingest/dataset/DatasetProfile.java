package org.kinopanorama.ingest.dataset;

import org.kinopanorama.database.FreshDatabaseProfile;

/** A database of the dataset tests' own: migrations, the three seed lists, then what the tests import. */
public class DatasetProfile extends FreshDatabaseProfile {
}
