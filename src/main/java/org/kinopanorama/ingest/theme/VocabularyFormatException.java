package org.kinopanorama.ingest.theme;

/** A theme vocabulary file that cannot be loaded; the message names the line, e.g. "line 12: duplicate slug 'love' (first on line 5)". */
public final class VocabularyFormatException extends IllegalArgumentException {

    private final int line;

    VocabularyFormatException(int line, String problem) {
        super("line " + line + ": " + problem);
        this.line = line;
    }

    /** @return the 1-based line of the file where the problem is */
    public int line() {
        return line;
    }
}
