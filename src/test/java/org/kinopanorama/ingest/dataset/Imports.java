package org.kinopanorama.ingest.dataset;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.fail;

/** Runs dataset imports from tests and waits for them. */
public final class Imports {

    static final Path SOVIET = Path.of("src/test/resources/datasets/soviet");
    static final Path MOVIELENS = Path.of("src/test/resources/datasets/movielens");
    static final Path SHARED = Path.of("../shared/data");
    /** The import folder of the tests (%test.kinopanorama.datasets.import-dir): the fixtures as Maven copies them. */
    static final Path IMPORT_DIR = Path.of("target/test-classes/datasets");
    /** The fixtures by the names a curator gives them: relative to the import folder. */
    static final String SOVIET_NAME = "soviet";
    static final String MOVIELENS_NAME = "movielens";

    private Imports() {
    }

    /** Imports {@code name}, a path relative to the import folder, and waits for the end. */
    static ImportView run(DatasetImportJob job, String dataset, String name, boolean everyFilm) {
        return await(job, job.start(dataset, name, null, everyFilm, "test"));
    }

    /** Imports {@code path}, a file or folder inside {@code importDir} (the import folder of the test's profile). */
    static ImportView run(DatasetImportJob job, String dataset, Path importDir, Path path, boolean everyFilm) {
        Path root = importDir.toAbsolutePath().normalize();
        Path inside = path.toAbsolutePath().normalize();
        if (!inside.startsWith(root)) {
            fail(path + " is not inside the import folder " + importDir);
        }
        return run(job, dataset, root.relativize(inside).toString(), everyFilm);
    }

    public static ImportView await(DatasetImportJob job, long id) {
        Instant end = Instant.now().plus(Duration.ofMinutes(10));
        while (Instant.now().isBefore(end)) {
            ImportView v = job.find(id, 500).orElseThrow();
            if (!v.active()) {
                return v;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail("interrupted");
            }
        }
        fail("import " + id + " did not finish");
        return null;
    }

    /** The Soviet Bloc Cinema Data tarball in ../shared/data, as the project publishes it. */
    static Path sovietArchive() throws java.io.IOException {
        try (var s = Files.list(SHARED.resolve("soviet-bloc-cinema-data"))) {
            return s.filter(p -> p.toString().endsWith(".tar.gz")).findFirst().orElseThrow();
        }
    }

    private static DatasetFiles sovietUnpacked;

    /**
     * That tarball unpacked once for the tests that only read its files (unpacking and deleting its 40,000 entries
     * takes seconds each time), into target/, where it stays until the next run (or {@code mvn clean}). Unpacking
     * itself, its limits and the removal of what was unpacked are {@link DatasetFilesLimitsTest}'s.
     */
    static synchronized DatasetFiles sovietUnpacked() throws java.io.IOException {
        if (sovietUnpacked == null) {
            Path archive = sovietArchive();
            Path work = Files.createDirectories(Path.of("target", "soviet-unpacked"));
            try (var earlier = Files.list(work)) {
                for (Path left : earlier.toList()) {
                    // an earlier run's copy
                    try (var files = Files.walk(left)) {
                        files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
                    }
                }
            }
            sovietUnpacked = DatasetFiles.open(archive, String.valueOf(archive.getFileName()), null,
                    d -> Files.isDirectory(d.resolve("films")), DatasetLimits.DEFAULT, work, () -> { });
        }
        return sovietUnpacked;
    }

    static boolean sharedData() {
        return Files.isDirectory(SHARED.resolve("soviet-bloc-cinema-data")) && Files.isDirectory(SHARED.resolve("movielens-ml-latest-small"));
    }
}
