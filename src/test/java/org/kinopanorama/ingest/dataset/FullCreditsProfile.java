package org.kinopanorama.ingest.dataset;

import org.kinopanorama.database.FreshDatabaseProfile;

/** A database of the full-credits tests' own: migrations, the seed lists, then the credits fixture they import. */
public class FullCreditsProfile extends FreshDatabaseProfile {
}
