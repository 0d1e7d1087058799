package org.kinopanorama.ingest.dataset;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Hostile datasets, generated small: archives that expand far beyond what they weigh, too many entries, huge files. */
final class Bombs {

    private Bombs() {
    }

    /** A .tar.gz of a dataset folder with {@code films/zeros.yaml} of {@code bytes} zeros (a few KB per MB packed). */
    static byte[] tarGzWithOneHugeFile(long bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(new GzipCompressorOutputStream(out))) {
            tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
            directory(tar, "bomb/");
            directory(tar, "bomb/films/");
            TarArchiveEntry e = new TarArchiveEntry("bomb/films/zeros.yaml");
            e.setSize(bytes);
            tar.putArchiveEntry(e);
            zeros(tar, bytes);
            tar.closeArchiveEntry();
        }
        return out.toByteArray();
    }

    /** A .tar.gz of {@code files} film files of {@code bytes} zeros each: each under a file limit, together far over a total one. */
    static byte[] tarGzWithZeroFiles(int files, long bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(new GzipCompressorOutputStream(out))) {
            directory(tar, "bomb/");
            directory(tar, "bomb/films/");
            for (int i = 0; i < files; i++) {
                TarArchiveEntry e = new TarArchiveEntry("bomb/films/zeros-" + i + ".yaml");
                e.setSize(bytes);
                tar.putArchiveEntry(e);
                zeros(tar, bytes);
                tar.closeArchiveEntry();
            }
        }
        return out.toByteArray();
    }

    /** A .tar.gz of {@code files} small film files. */
    static byte[] tarGzWithManyFiles(int files) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(new GzipCompressorOutputStream(out))) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            directory(tar, "many/");
            directory(tar, "many/films/");
            byte[] film = "id: x\n".getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < files; i++) {
                TarArchiveEntry e = new TarArchiveEntry("many/films/f" + i + ".yaml");
                e.setSize(film.length);
                tar.putArchiveEntry(e);
                tar.write(film);
                tar.closeArchiveEntry();
            }
        }
        return out.toByteArray();
    }

    /** A .zip with {@code movies.csv} followed by {@code bytes} of padding zeros (stored deflated: tiny). */
    static byte[] zipWithOneHugeFile(long bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(out)) {
            zip.putArchiveEntry(new ZipArchiveEntry("ml/movies.csv"));
            zeros(zip, bytes);
            zip.closeArchiveEntry();
        }
        return out.toByteArray();
    }

    /** A sparse file of {@code bytes}: huge to whoever reads it, nothing on the disk. */
    static Path sparse(Path file, long bytes) throws IOException {
        Files.createDirectories(file.getParent());
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(bytes);
        }
        return file;
    }

    /** Bytes of the files under {@code dir} as they are now. */
    static long sizeOf(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        } catch (IOException e) {
            return 0; // walked while being deleted
        }
    }

    private static void directory(TarArchiveOutputStream tar, String name) throws IOException {
        tar.putArchiveEntry(new TarArchiveEntry(name));
        tar.closeArchiveEntry();
    }

    private static void zeros(OutputStream out, long bytes) throws IOException {
        byte[] block = new byte[1 << 16];
        for (long left = bytes; left > 0; left -= block.length) {
            out.write(block, 0, (int) Math.min(block.length, left));
        }
    }
}
