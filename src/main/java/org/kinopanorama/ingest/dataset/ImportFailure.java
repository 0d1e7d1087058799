package org.kinopanorama.ingest.dataset;

import java.nio.file.Path;
import java.util.Collection;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Why an import failed, in words a curator can act on, without the server's paths. Plain Java. */
final class ImportFailure {

    /** Something that looks like an absolute path: a slash not inside a word, then segments. */
    private static final Pattern ABSOLUTE = Pattern.compile("(?<![\\w.~-])/[^\\s/:'\"(),;]+(?:/[^\\s/:'\"(),;]*)*");

    private ImportFailure() {
    }

    /** The reason of a failure; {@code hide} are folders whose paths are cut from messages (what follows them is kept). */
    static String reason(Throwable e, Collection<Path> hide) {
        if (e instanceof DatasetRefusedException) {
            return e.getMessage();
        }
        if (e instanceof OutOfMemoryError) {
            return "the server ran out of memory during the import (give it more heap, or lower the dataset limits)";
        }
        if (e instanceof StackOverflowError) {
            return "a record is nested too deeply to be read";
        }
        if (e instanceof Error) {
            return "stopped by an internal error (" + e.getClass().getSimpleName() + ")";
        }
        String message = e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName()
                : e instanceof java.nio.file.FileSystemException ? e.getClass().getSimpleName() + ": " + e.getMessage()
                : e.getMessage();
        return scrub(message, hide);
    }

    static String scrub(String message, Collection<Path> hide) {
        String out = message;
        for (Path p : hide) {
            if (p != null && p.getNameCount() > 0) {
                out = out.replace(p + "/", "").replace(p.toString(), ".");
            }
        }
        Matcher m = ABSOLUTE.matcher(out);
        return m.replaceAll(r -> Matcher.quoteReplacement("…/" + r.group().substring(r.group().lastIndexOf('/', r.group().length() - 2) + 1)));
    }
}
