package org.kinopanorama.ingest.dataset;

import org.kinopanorama.database.FreshDatabaseProfile;

import java.util.Map;

/** A database of its own for the real datasets: migrations, the seed lists, then both datasets from ../shared/data. */
public class RealDatasetsProfile extends FreshDatabaseProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("kinopanorama.datasets.import-dir", Imports.SHARED.toString());
    }
}
