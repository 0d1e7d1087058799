package org.kinopanorama.ingest.dataset;

import org.kinopanorama.database.FreshDatabaseProfile;

import java.util.Map;

/**
 * A database of its own for the real catalogue: migrations, the seed lists, then both datasets from ../shared/data
 * (Soviet Bloc Cinema Data, then MovieLens), imported once per boot by {@link RealCatalogue}. Every test of this
 * profile shares that one import, so the suite imports the real data once.
 */
public class RealCatalogueProfile extends FreshDatabaseProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        // the first page read after the import can wait long for its classes on a loaded machine (28 s seen at load 47);
        // batches as a user's import has them (200 films): the test profile's 2 are for the small fixtures' batch edges
        return Map.of("kinopanorama.datasets.import-dir", Imports.SHARED.toString(), "quarkus.http.test-timeout", "5m",
                "kinopanorama.datasets.batch-size", "200");
    }
}
