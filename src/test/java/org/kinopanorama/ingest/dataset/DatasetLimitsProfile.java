package org.kinopanorama.ingest.dataset;

import java.util.Map;
import java.util.Set;

/**
 * The dataset tests' database with small dataset limits (1 MiB unpacked, 200 entries, 512 KiB a file), uploads
 * kept ten minutes after their import and looked for every second, and an importer that can be made to throw.
 */
public class DatasetLimitsProfile extends DatasetProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "kinopanorama.datasets.max-unpacked-bytes", "1048576",
                "kinopanorama.datasets.max-entries", "200",
                "kinopanorama.datasets.max-file-bytes", "524288",
                "kinopanorama.datasets.keep-uploads-for", "10M",
                "kinopanorama.datasets.upload-cleanup-every", "1s");
    }

    @Override
    public Set<Class<?>> getEnabledAlternatives() {
        return Set.of(FaultyImporters.class);
    }
}
