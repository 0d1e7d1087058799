package org.kinopanorama.ingest.dataset;

import org.kinopanorama.database.FreshDatabaseProfile;

import java.util.Map;

/** A database of its own that starts without the seed lists, so that datasets can come first. */
public class DatasetsFirstProfile extends FreshDatabaseProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("kinopanorama.ingest.seeds-dir", "");
    }
}
