package org.kinopanorama.poster;

import org.kinopanorama.database.FreshDatabaseProfile;

/**
 * A database of the tests of Soviet fixtures, images off (the default): the seeds, then the fixtures the tests import,
 * the posters' ({@link PosterImportTest}, {@link SameOriginWalkTest}) and the full credits' (FullCreditsPageTest).
 * Their records, people and poster paths are disjoint, so that one boot serves them all.
 */
public class PostersOffProfile extends FreshDatabaseProfile {
}
