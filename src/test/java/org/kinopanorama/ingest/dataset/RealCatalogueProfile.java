package org.kinopanorama.ingest.dataset;

import org.kinopanorama.database.FreshDatabaseProfile;

import java.util.Map;

/** A database of its own for the search on the real Soviet dataset: migrations, the seed lists, then the import from ../shared/data. */
public class RealCatalogueProfile extends FreshDatabaseProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("kinopanorama.datasets.import-dir", Imports.SHARED.toString());
    }
}
