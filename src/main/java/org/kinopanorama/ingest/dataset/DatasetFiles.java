package org.kinopanorama.ingest.dataset;

import org.apache.commons.compress.archivers.ArchiveEntry;
import org.apache.commons.compress.archivers.ArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A dataset as a folder, whatever it was given as: a folder as it is, a {@code .tar.gz}/{@code .tgz} or a
 * {@code .zip} unpacked into a temporary folder (removed after {@link #close}, in the background). The dataset's root is the first
 * folder (breadth-first, sorted) that has what the dataset needs ({@code films/}, {@code movies.csv}).
 * <p>
 * Bounded by {@link DatasetLimits}: an archive's bytes and entries are counted as they are unpacked and
 * unpacking stops at the first one over a limit (nothing larger ever reaches the disk); a folder is walked
 * and measured before it is read. Messages name the dataset as the curator gave it, never a server path.
 */
public final class DatasetFiles implements AutoCloseable {

    private static final int BUFFER = 64 * 1024;

    private final Path root;
    private final Path temporary;

    private DatasetFiles(Path root, Path temporary) {
        this.root = root;
        this.temporary = temporary;
    }

    public Path root() {
        return root;
    }

    /** The temporary folder an archive was unpacked into (none for a folder). */
    Path temporary() {
        return temporary;
    }

    /** A dataset read with the default limits, named by its file name. */
    public static DatasetFiles open(Path location, Predicate<Path> isRoot) throws IOException {
        return open(location, String.valueOf(location.getFileName()), null, isRoot, DatasetLimits.DEFAULT);
    }

    /**
     * @param name     the dataset as the curator gave it (a path relative to the import folder, an uploaded file's name)
     * @param boundary where a folder's symbolic links may lead (the import folder's real path); null: anywhere
     */
    public static DatasetFiles open(Path location, String name, Path boundary, Predicate<Path> isRoot, DatasetLimits limits)
            throws IOException {
        return open(location, name, boundary, isRoot, limits, null, () -> { });
    }

    /** As above, unpacking under {@code workDir} (null: the system's temporary folder), calling {@code afterWrite} after every write. */
    static DatasetFiles open(Path location, String name, Path boundary, Predicate<Path> isRoot, DatasetLimits limits,
                             Path workDir, Runnable afterWrite) throws IOException {
        if (!Files.exists(location)) {
            throw new DatasetRefusedException(name + " does not exist");
        }
        if (Files.isDirectory(location)) {
            measure(location, name, boundary, limits);
            return new DatasetFiles(findRoot(location, isRoot, name), null);
        }
        String lower = location.getFileName().toString().toLowerCase();
        boolean tar = lower.endsWith(".tar.gz") || lower.endsWith(".tgz");
        if (!tar && !lower.endsWith(".zip")) {
            throw new DatasetRefusedException(name + " is neither a folder nor a .tar.gz, .tgz or .zip archive");
        }
        Path tmp = workDir == null ? Files.createTempDirectory("kinopanorama-dataset-")
                : Files.createTempDirectory(workDir, "kinopanorama-dataset-");
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(location));
             ArchiveInputStream<?> in = tar ? new TarArchiveInputStream(new GzipCompressorInputStream(raw)) : new ZipArchiveInputStream(raw)) {
            new Unpacking(name, limits, tmp, afterWrite).unpack(in);
            return new DatasetFiles(findRoot(tmp, isRoot, name), tmp);
        } catch (IOException | RuntimeException | Error e) {
            delete(tmp);
            throw e;
        }
    }

    /** Unpacks entry by entry, counting what it writes; the limits are checked before each write. */
    private record Unpacking(String name, DatasetLimits limits, Path target, Runnable afterWrite) {

        void unpack(ArchiveInputStream<?> in) throws IOException {
            byte[] buffer = new byte[BUFFER];
            long total = 0;
            int entries = 0;
            ArchiveEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                if (++entries > limits.maxEntries()) {
                    throw new DatasetRefusedException(name + " has more than " + limits.maxEntries()
                            + " entries (files and folders; KINOPANORAMA_DATASETS_MAX_ENTRIES)");
                }
                Path out;
                try {
                    out = target.resolve(entry.getName()).normalize();
                } catch (InvalidPathException e) {
                    throw new DatasetRefusedException(name + " has an entry whose name is not a path");
                }
                if (!out.startsWith(target)) {
                    throw new DatasetRefusedException("archive entry " + entry.getName() + " points outside the archive");
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                    continue;
                }
                if (!regularFile(entry)) {
                    continue; // links and devices are no part of a dataset
                }
                if (entry.getSize() > limits.maxFileBytes()) {
                    throw tooLarge(entry);
                }
                Files.createDirectories(out.getParent());
                long size = 0;
                try (OutputStream os = Files.newOutputStream(out)) {
                    int n;
                    while ((n = in.read(buffer)) > 0) {
                        if (size + n > limits.maxFileBytes()) {
                            throw tooLarge(entry);
                        }
                        if (total + n > limits.maxUnpackedBytes()) {
                            throw new DatasetRefusedException(name + " unpacks to more than " + limits.maxUnpackedBytes()
                                    + " bytes (KINOPANORAMA_DATASETS_MAX_UNPACKED_BYTES)");
                        }
                        os.write(buffer, 0, n);
                        size += n;
                        total += n;
                        afterWrite.run();
                    }
                }
            }
        }

        private DatasetRefusedException tooLarge(ArchiveEntry entry) {
            return new DatasetRefusedException(entry.getName() + " in " + name + " is larger than " + limits.maxFileBytes()
                    + " bytes (KINOPANORAMA_DATASETS_MAX_FILE_BYTES)");
        }

        private static boolean regularFile(ArchiveEntry entry) {
            if (entry instanceof TarArchiveEntry t) {
                return t.isFile();
            }
            if (entry instanceof ZipArchiveEntry z) {
                return !z.isUnixSymlink();
            }
            return true;
        }
    }

    /** A folder's entries, file sizes and total, as the importers will see it (links followed, and kept inside the boundary). */
    private static void measure(Path folder, String name, Path boundary, DatasetLimits limits) throws IOException {
        long[] total = {0};
        int[] entries = {0};
        Files.walkFileTree(folder, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                count(dir);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                count(file);
                if (attrs.size() > limits.maxFileBytes()) {
                    throw new DatasetRefusedException(relative(file) + " is larger than " + limits.maxFileBytes()
                            + " bytes (KINOPANORAMA_DATASETS_MAX_FILE_BYTES)");
                }
                total[0] += attrs.size();
                if (total[0] > limits.maxUnpackedBytes()) {
                    throw new DatasetRefusedException(name + " holds more than " + limits.maxUnpackedBytes()
                            + " bytes (KINOPANORAMA_DATASETS_MAX_UNPACKED_BYTES)");
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                if (e instanceof FileSystemLoopException) {
                    throw new DatasetRefusedException(relative(file) + " is a link that loops");
                }
                throw new DatasetRefusedException(relative(file) + " cannot be read");
            }

            private void count(Path p) throws IOException {
                if (++entries[0] > limits.maxEntries()) {
                    throw new DatasetRefusedException(name + " has more than " + limits.maxEntries()
                            + " entries (files and folders; KINOPANORAMA_DATASETS_MAX_ENTRIES)");
                }
                if (boundary != null && Files.isSymbolicLink(p) && !p.toRealPath().startsWith(boundary)) {
                    throw new DatasetRefusedException(relative(p) + " leads outside the import folder");
                }
            }

            private String relative(Path p) {
                String inside = folder.relativize(p).toString();
                return inside.isEmpty() ? name : name + "/" + inside;
            }
        });
    }

    private static Path findRoot(Path dir, Predicate<Path> isRoot, String name) throws IOException {
        if (isRoot.test(dir)) {
            return dir;
        }
        try (Stream<Path> s = Files.walk(dir, 3)) {
            return s.filter(Files::isDirectory).sorted(Comparator.comparingInt(Path::getNameCount).thenComparing(Path::toString))
                    .filter(isRoot).findFirst()
                    .orElseThrow(() -> new DatasetRefusedException(name + " does not hold the dataset's files"));
        }
    }

    /**
     * Removes the unpacked folder on a thread of its own: the import is over, and unlinking tens of thousands of files
     * (Soviet Bloc Cinema Data unpacks to 40,465) takes seconds, far more while PostgreSQL writes a checkpoint.
     */
    @Override
    public void close() {
        if (temporary != null) {
            Thread cleanup = new Thread(() -> delete(temporary), "dataset-files-cleanup");
            cleanup.setDaemon(true);
            cleanup.start();
        }
    }

    /** Each folder's files, then the folder (no sorting of the tens of thousands of paths an archive unpacks to). */
    private static void delete(Path dir) {
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    file.toFile().delete();
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path folder, IOException e) {
                    folder.toFile().delete();
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException ignored) {
            // a temporary folder left behind is harmless
        }
    }
}
