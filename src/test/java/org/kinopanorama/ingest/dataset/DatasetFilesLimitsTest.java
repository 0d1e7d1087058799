package org.kinopanorama.ingest.dataset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Hostile datasets are refused while they are read: the temporary folder never holds more than the limit
 * (measured on the disk after every write), and it is gone afterwards. Plain Java.
 */
class DatasetFilesLimitsTest {

    private static final long MIB = 1 << 20;
    private static final DatasetLimits SMALL = new DatasetLimits(MIB, 100, 512 * 1024, 64 * 1024);
    private static final Predicate<Path> SOVIET = d -> Files.isDirectory(d.resolve("films"));
    private static final Predicate<Path> MOVIELENS = d -> Files.isRegularFile(d.resolve("movies.csv"));

    @TempDir
    Path dir;

    /** Opens {@code archive} under a work folder of its own, recording the most bytes that folder ever held. */
    private IOException refusedWhileWatched(Path archive, String name, Predicate<Path> isRoot, DatasetLimits limits,
                                            AtomicLong mostOnDisk) throws IOException {
        Path work = Files.createDirectories(dir.resolve("work"));
        try (DatasetFiles ignored = DatasetFiles.open(archive, name, null, isRoot, limits, work,
                () -> mostOnDisk.accumulateAndGet(Bombs.sizeOf(work), Math::max))) {
            throw new AssertionError(name + " was not refused");
        } catch (DatasetRefusedException e) {
            try (Stream<Path> left = Files.list(work)) {
                assertThat(left).as("the temporary folder is removed").isEmpty();
            }
            return e;
        }
    }

    @Test
    void anArchiveBombIsStoppedAtTheLimitWithoutTheDiskGrowingPastIt() throws IOException {
        byte[] bomb = Bombs.tarGzWithOneHugeFile(256 * MIB);
        assertThat(bomb.length).as("a small archive").isLessThan(400_000);
        Path archive = Files.write(dir.resolve("bomb.tar.gz"), bomb);
        AtomicLong most = new AtomicLong();
        DatasetLimits totalOnly = new DatasetLimits(MIB, 100, 1024 * MIB, MIB);
        IOException e = refusedWhileWatched(archive, "bomb.tar.gz", SOVIET, totalOnly, most);
        assertThat(e).hasMessage("bomb.tar.gz unpacks to more than 1048576 bytes (KINOPANORAMA_DATASETS_MAX_UNPACKED_BYTES)");
        assertThat(most.get()).isPositive().isLessThanOrEqualTo(MIB);
    }

    @Test
    void aZipBombIsStoppedLikewise() throws IOException {
        Path archive = Files.write(dir.resolve("ml.zip"), Bombs.zipWithOneHugeFile(128 * MIB));
        AtomicLong most = new AtomicLong();
        IOException e = refusedWhileWatched(archive, "ml.zip", MOVIELENS, SMALL, most);
        assertThat(e).hasMessage("ml/movies.csv in ml.zip is larger than 524288 bytes (KINOPANORAMA_DATASETS_MAX_FILE_BYTES)");
        assertThat(most.get()).isLessThanOrEqualTo(512 * 1024);
    }

    @Test
    void oneFileOverTheFileLimitIsRefusedWithItsName() throws IOException {
        Path archive = Files.write(dir.resolve("big.tar.gz"), Bombs.tarGzWithOneHugeFile(600 * 1024));
        AtomicLong most = new AtomicLong();
        IOException e = refusedWhileWatched(archive, "big.tar.gz", SOVIET, SMALL, most);
        assertThat(e).hasMessage("bomb/films/zeros.yaml in big.tar.gz is larger than 524288 bytes (KINOPANORAMA_DATASETS_MAX_FILE_BYTES)");
        assertThat(most.get()).isLessThanOrEqualTo(512 * 1024);
    }

    @Test
    void tooManyEntriesAreRefusedAtTheFirstOneOver() throws IOException {
        Path archive = Files.write(dir.resolve("many.tar.gz"), Bombs.tarGzWithManyFiles(5_000));
        AtomicLong most = new AtomicLong();
        IOException e = refusedWhileWatched(archive, "many.tar.gz", SOVIET, SMALL, most);
        assertThat(e).hasMessage("many.tar.gz has more than 100 entries (files and folders; KINOPANORAMA_DATASETS_MAX_ENTRIES)");
        assertThat(most.get()).isLessThanOrEqualTo(100 * 6);
    }

    @Test
    void aFolderWithAHugeSparseFileIsRefusedBeforeAnythingIsRead() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("soviet/films"));
        Files.writeString(folder.resolve("a.yaml"), "id: a\n");
        Bombs.sparse(folder.resolve("huge.yaml"), 3L << 30); // 3 GB to whoever reads it, nothing on the disk
        assertThatThrownBy(() -> DatasetFiles.open(dir.resolve("soviet"), "soviet", null, SOVIET, DatasetLimits.DEFAULT))
                .isInstanceOf(DatasetRefusedException.class)
                .hasMessage("soviet/films/huge.yaml is larger than 67108864 bytes (KINOPANORAMA_DATASETS_MAX_FILE_BYTES)");
    }

    @Test
    void aFolderOverTheTotalOrTheEntryLimitIsRefused() throws IOException {
        Path films = Files.createDirectories(dir.resolve("soviet/films"));
        for (int i = 0; i < 5; i++) {
            Bombs.sparse(films.resolve("f" + i + ".yaml"), 300 * 1024);
        }
        assertThatThrownBy(() -> DatasetFiles.open(dir.resolve("soviet"), "soviet", null, SOVIET, SMALL))
                .hasMessage("soviet holds more than 1048576 bytes (KINOPANORAMA_DATASETS_MAX_UNPACKED_BYTES)");
        assertThatThrownBy(() -> DatasetFiles.open(dir.resolve("soviet"), "soviet", null, SOVIET, new DatasetLimits(MIB * 10, 4, MIB, MIB)))
                .hasMessage("soviet has more than 4 entries (files and folders; KINOPANORAMA_DATASETS_MAX_ENTRIES)");
    }

    @Test
    void aFolderWhoseLinkLeadsOutOfTheImportFolderIsRefused() throws IOException {
        Path imports = Files.createDirectories(dir.resolve("imports"));
        Path films = Files.createDirectories(imports.resolve("soviet/films"));
        Files.writeString(dir.resolve("outside.yaml"), "id: secret\n");
        Files.createSymbolicLink(films.resolve("a.yaml"), dir.resolve("outside.yaml"));
        assertThatThrownBy(() -> DatasetFiles.open(imports.resolve("soviet"), "soviet", imports.toRealPath(), SOVIET, SMALL))
                .isInstanceOf(DatasetRefusedException.class)
                .hasMessage("soviet/films/a.yaml leads outside the import folder");
    }

    @Test
    void aRecordLargerThanARecordCanBeIsSkippedWithoutBeingReadWhole() throws IOException {
        Path huge = Bombs.sparse(dir.resolve("soviet/films/huge.yaml"), 3L << 30);
        assertThatThrownBy(() -> SovietCinemaReference.readRecord(dir.resolve("soviet"), huge, 64 * 1024))
                .isInstanceOf(BadRecordException.class)
                .hasMessage("larger than 65536 bytes (KINOPANORAMA_DATASETS_MAX_RECORD_BYTES)");
    }

    @Test
    void theRealDatasetsFitTheDefaultLimits() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(Imports.sharedData(), "../shared/data is absent: the real datasets are not on this machine");
        Path tarball;
        try (var s = Files.list(Imports.SHARED.resolve("soviet-bloc-cinema-data"))) {
            tarball = s.filter(p -> p.toString().endsWith(".tar.gz")).findFirst().orElseThrow();
        }
        try (DatasetFiles files = DatasetFiles.open(tarball, "soviet.tar.gz", null, SOVIET, DatasetLimits.DEFAULT)) {
            assertThat(files.root().resolve("films")).isDirectory();
        }
        try (DatasetFiles files = DatasetFiles.open(Imports.SHARED.resolve("movielens-ml-latest-small"), "ml", null, MOVIELENS,
                DatasetLimits.DEFAULT)) {
            assertThat(files.root().resolve("ratings.csv")).isRegularFile();
        }
    }
}
