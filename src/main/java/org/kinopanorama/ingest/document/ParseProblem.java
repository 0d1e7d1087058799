package org.kinopanorama.ingest.document;

import java.util.Objects;

/**
 * Something in a document the parser could not read as intended.
 *
 * @param line     1-based line the problem is about (for an entry, the line of its title)
 * @param severity {@link Severity#ERROR} when part of the document was lost (an entry could not be
 *                 created), {@link Severity#WARNING} when an entry was kept but is incomplete, or
 *                 when text was ignored
 * @param message  a sentence for the curator; it starts with "Line N:" so it can be shown on its own
 */
public record ParseProblem(int line, Severity severity, String message) {

    public enum Severity { ERROR, WARNING }

    public ParseProblem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
    }

    static ParseProblem error(int line, String message) {
        return error(line, line, message);
    }

    static ParseProblem warning(int line, String message) {
        return warning(line, line, message);
    }

    /** A problem about lines {@code first} to {@code last}; {@link #line()} is the first. */
    static ParseProblem error(int first, int last, String message) {
        return new ParseProblem(first, Severity.ERROR, where(first, last) + message);
    }

    static ParseProblem warning(int first, int last, String message) {
        return new ParseProblem(first, Severity.WARNING, where(first, last) + message);
    }

    private static String where(int first, int last) {
        return first == last ? "Line " + first + ": " : "Lines " + first + "–" + last + ": ";
    }
}
