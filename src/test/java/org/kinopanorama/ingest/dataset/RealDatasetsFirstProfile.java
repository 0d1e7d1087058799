package org.kinopanorama.ingest.dataset;

import java.util.HashMap;
import java.util.Map;

/** A database of its own without the seed lists, for the real datasets (from ../shared/data) first and the seed lists after. */
public class RealDatasetsFirstProfile extends DatasetsFirstProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> overrides = new HashMap<>(super.getConfigOverrides());
        overrides.put("kinopanorama.datasets.import-dir", Imports.SHARED.toString());
        return overrides;
    }
}
