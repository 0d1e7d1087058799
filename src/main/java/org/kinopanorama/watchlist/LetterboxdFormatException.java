package org.kinopanorama.watchlist;

/** A file that is not a Letterboxd export; {@link #line()} is where the parser saw it. */
public class LetterboxdFormatException extends RuntimeException {

    private final int line;

    public LetterboxdFormatException(int line, String message) {
        super("line " + line + ": " + message);
        this.line = line;
    }

    public int line() {
        return line;
    }
}
