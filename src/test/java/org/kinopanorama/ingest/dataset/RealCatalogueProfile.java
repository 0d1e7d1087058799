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
        return Map.of("kinopanorama.datasets.import-dir", Imports.SHARED.toString());
    }
}
