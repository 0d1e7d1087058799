package org.kinopanorama.ingest.document;

/**
 * Nothing usable can be read from a document: it is empty, too large, not UTF-8 text, or holds no film.
 * The message is meant for the curator and names the line when there is one.
 */
public class DocumentRejectedException extends RuntimeException {

    /** Why, in the terms an HTTP answer needs. */
    public enum Reason { EMPTY, TOO_LARGE, NOT_TEXT, NOT_UTF8, NO_FILMS }

    private final Reason reason;
    private final Integer line;

    /** @param line 1-based line the rejection is about, or null when it is about the whole document */
    public DocumentRejectedException(Reason reason, String message, Integer line) {
        super(message);
        this.reason = reason;
        this.line = line;
    }

    public Reason reason() {
        return reason;
    }

    /** The 1-based line the rejection is about, or null when it is about the whole document. */
    public Integer line() {
        return line;
    }
}
