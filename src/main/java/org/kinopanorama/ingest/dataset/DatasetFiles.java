package org.kinopanorama.ingest.dataset;

import org.apache.commons.compress.archivers.ArchiveEntry;
import org.apache.commons.compress.archivers.ArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A dataset as a folder, whatever it was given as: a folder as it is, a {@code .tar.gz}/{@code .tgz} or a
 * {@code .zip} unpacked into a temporary folder (removed on {@link #close}). The dataset's root is the first
 * folder (breadth-first, sorted) that has what the dataset needs ({@code films/}, {@code movies.csv}).
 */
public final class DatasetFiles implements AutoCloseable {

    private final Path root;
    private final Path temporary;

    private DatasetFiles(Path root, Path temporary) {
        this.root = root;
        this.temporary = temporary;
    }

    public Path root() {
        return root;
    }

    public static DatasetFiles open(Path location, Predicate<Path> isRoot) throws IOException {
        if (!Files.exists(location)) {
            throw new IOException(location + " does not exist");
        }
        if (Files.isDirectory(location)) {
            return new DatasetFiles(findRoot(location, isRoot, location), null);
        }
        String name = location.getFileName().toString().toLowerCase();
        Path tmp = Files.createTempDirectory("kinopanorama-dataset-");
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(location))) {
            if (name.endsWith(".tar.gz") || name.endsWith(".tgz")) {
                try (ArchiveInputStream<?> in = new TarArchiveInputStream(new GzipCompressorInputStream(raw))) {
                    unpack(in, tmp);
                }
            } else if (name.endsWith(".zip")) {
                try (ArchiveInputStream<?> in = new ZipArchiveInputStream(raw)) {
                    unpack(in, tmp);
                }
            } else {
                throw new IOException(location.getFileName() + " is neither a folder nor a .tar.gz, .tgz or .zip archive");
            }
            return new DatasetFiles(findRoot(tmp, isRoot, location), tmp);
        } catch (IOException | RuntimeException e) {
            delete(tmp);
            throw e;
        }
    }

    private static void unpack(ArchiveInputStream<?> in, Path target) throws IOException {
        ArchiveEntry entry;
        while ((entry = in.getNextEntry()) != null) {
            Path out = target.resolve(entry.getName()).normalize();
            if (!out.startsWith(target)) {
                throw new IOException("archive entry " + entry.getName() + " points outside the archive");
            }
            if (entry.isDirectory()) {
                Files.createDirectories(out);
            } else {
                Files.createDirectories(out.getParent());
                Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private static Path findRoot(Path dir, Predicate<Path> isRoot, Path given) throws IOException {
        if (isRoot.test(dir)) {
            return dir;
        }
        try (Stream<Path> s = Files.walk(dir, 3)) {
            return s.filter(Files::isDirectory).sorted(Comparator.comparingInt(Path::getNameCount).thenComparing(Path::toString))
                    .filter(isRoot).findFirst()
                    .orElseThrow(() -> new IOException(given + " does not hold the dataset's files"));
        }
    }

    @Override
    public void close() {
        if (temporary != null) {
            delete(temporary);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder left behind is harmless
        }
    }
}
