package org.kinopanorama.ingest.document;

import java.util.regex.Pattern;

/**
 * Removes the Markdown and list decoration curators put around a title line:
 * {@code ## }, {@code 1. }, {@code 1) }, {@code (1) }, {@code #1 }, bullets, and bold or italic markers.
 */
final class Decoration {

    /** A line with its decoration removed, and whether there was any. */
    record Undecorated(String text, boolean decorated) {
    }

    private static final Pattern HEADING_MARKS = Pattern.compile("^#{1,6}\\s+");
    private static final Pattern CLOSING_HEADING_MARKS = Pattern.compile("\\s+#+$");
    /** Whitespace is required after the number so that titles such as "1941 (1979)" keep their number. */
    private static final Pattern NUMBERING = Pattern.compile("^(?:#?\\d{1,3}[.):]|#\\d{1,3}|\\(\\d{1,3}\\))\\s+");
    private static final Pattern BULLET = Pattern.compile("^[-*+•]\\s+");
    private static final Pattern WRAPPING_EMPHASIS = Pattern.compile("^(\\*{1,3}|_{1,3})(\\S.*?)\\1$");
    /** Emphasis on part of the line, e.g. "**The Ascent** (1977)"; not inside words, so "M*A*S*H" stays. */
    private static final Pattern INNER_EMPHASIS =
            Pattern.compile("(?<![\\p{L}\\p{N}*_])(\\*{1,3}|_{1,3})(?=\\S)(.+?)(?<=\\S)\\1(?![\\p{L}\\p{N}*_])");

    private Decoration() {
    }

    static Undecorated strip(String line) {
        String text = Lines.strip(line);
        String before;
        do {
            before = text;
            text = Lines.strip(HEADING_MARKS.matcher(text).replaceFirst(""));
            text = Lines.strip(BULLET.matcher(text).replaceFirst(""));
            text = Lines.strip(NUMBERING.matcher(text).replaceFirst(""));
            text = Lines.strip(WRAPPING_EMPHASIS.matcher(text).replaceFirst("$2"));
        } while (!text.equals(before));
        text = INNER_EMPHASIS.matcher(text).replaceAll("$2");
        text = Lines.strip(CLOSING_HEADING_MARKS.matcher(text).replaceFirst(""));
        return new Undecorated(text, !text.equals(Lines.strip(line)));
    }
}
