package org.kinopanorama.ingest.dataset;

import org.kinopanorama.database.FreshDatabaseProfile;

import java.util.Map;
import java.util.Set;

/**
 * A database of the dataset tests' own: migrations, the three seed lists, then what the tests import. The limits
 * of one dataset are small (1 MiB unpacked, 200 entries, 512 KiB a file: the fixtures fit well within them), uploads
 * are kept ten minutes after their import and looked for every second, and the importers can be made to throw
 * ({@link FaultyImporters}, only for a dataset that holds its marker file).
 */
public class DatasetProfile extends FreshDatabaseProfile {

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
