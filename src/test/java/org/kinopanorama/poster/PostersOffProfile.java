package org.kinopanorama.poster;

import org.kinopanorama.database.FreshDatabaseProfile;

/** A database of the poster tests' own, images off (the default): the seeds, then the poster fixtures the tests import. */
public class PostersOffProfile extends FreshDatabaseProfile {
}
