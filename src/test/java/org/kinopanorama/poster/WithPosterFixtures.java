package org.kinopanorama.poster;

import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.kinopanorama.ingest.dataset.DatasetImportJob;

import javax.sql.DataSource;

/** A poster test on a catalogue with the {@link PosterFixtures} imported (once: an unchanged import changes nothing). */
abstract class WithPosterFixtures {

    @Inject
    DatasetImportJob job;

    @Inject
    DataSource dataSource;

    @BeforeEach
    void fixturesImported() {
        PosterFixtures.ensureImported(job);
    }
}
