package org.kinopanorama.ingest.dataset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * The one folder of the server whose datasets a curator may name by path ({@code kinopanorama.datasets.import-dir}).
 * A path is resolved inside it and refused when it is absolute, climbs out with {@code ..}, or leads out through
 * a symbolic link (real paths compared; the folder itself may be a link). Plain Java.
 */
public final class ImportFolder {

    /** Why a path was refused; none of them needs a server path to be explained. */
    public enum Refusal { NOT_RELATIVE, ESCAPES, LINKS_OUT, NOT_FOUND, NO_FOLDER }

    public static final class Refused extends Exception {
        private final Refusal reason;
        private final String given;

        Refused(Refusal reason, String given) {
            super(reason + ": " + given, null, false, false);
            this.reason = reason;
            this.given = given;
        }

        public Refusal reason() {
            return reason;
        }

        /** The path as the curator gave it. */
        public String given() {
            return given;
        }

        /** The refusal in English, naming the path only as the curator gave it. */
        public String english() {
            return switch (reason) {
                case NOT_RELATIVE -> "Give a path relative to the import folder, not an absolute one.";
                case ESCAPES -> given + ": a path may not leave the import folder (no '..').";
                case LINKS_OUT -> given + " leads outside the import folder.";
                case NOT_FOUND -> "Nothing readable named " + given + " in the import folder.";
                case NO_FOLDER -> "The server has no import folder; see the README (Import open datasets).";
            };
        }
    }

    private final Path folder;

    public ImportFolder(Path folder) {
        this.folder = folder.toAbsolutePath().normalize();
    }

    /** The real path of what {@code given} names inside the folder. */
    public Path resolve(String given) throws Refused {
        String name = given == null ? "" : given.strip();
        if (name.isEmpty() || name.chars().anyMatch(Character::isISOControl)) {
            throw new Refused(Refusal.NOT_RELATIVE, "");
        }
        Path relative;
        try {
            relative = Path.of(name);
        } catch (InvalidPathException e) {
            throw new Refused(Refusal.NOT_RELATIVE, "");
        }
        if (relative.isAbsolute() || name.startsWith("/") || name.startsWith("\\")) {
            throw new Refused(Refusal.NOT_RELATIVE, "");
        }
        for (Path part : relative) {
            if (part.toString().equals("..")) {
                throw new Refused(Refusal.ESCAPES, name);
            }
        }
        Path base = realFolder();
        Path candidate = base.resolve(relative).normalize();
        if (!candidate.startsWith(base)) {
            throw new Refused(Refusal.ESCAPES, name);
        }
        Path real;
        try {
            real = candidate.toRealPath();
        } catch (IOException e) {
            throw new Refused(Refusal.NOT_FOUND, name);
        }
        if (!real.startsWith(base)) {
            throw new Refused(Refusal.LINKS_OUT, name);
        }
        if (!Files.isReadable(real)) {
            throw new Refused(Refusal.NOT_FOUND, name);
        }
        return real;
    }

    /** The folder's real path (it may be a symbolic link to the datasets). */
    public Path realFolder() throws Refused {
        try {
            Path real = folder.toRealPath();
            if (!Files.isDirectory(real)) {
                throw new Refused(Refusal.NO_FOLDER, "");
            }
            return real;
        } catch (IOException e) {
            throw new Refused(Refusal.NO_FOLDER, "");
        }
    }
}
