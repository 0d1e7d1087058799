package org.kinopanorama.ingest.dataset;

/**
 * How big a dataset may be: all its files unpacked together, how many entries (files and folders), one file,
 * and one YAML record (read whole to be parsed). Checked while streaming, so nothing grows past them.
 */
public record DatasetLimits(long maxUnpackedBytes, int maxEntries, long maxFileBytes, long maxRecordBytes) {

    /** The defaults of {@link DatasetConfig}. */
    public static final DatasetLimits DEFAULT = new DatasetLimits(268_435_456L, 200_000, 67_108_864L, 1_048_576L);

    static DatasetLimits of(DatasetConfig config) {
        return new DatasetLimits(config.maxUnpackedBytes(), config.maxEntries(), config.maxFileBytes(), config.maxRecordBytes());
    }
}
