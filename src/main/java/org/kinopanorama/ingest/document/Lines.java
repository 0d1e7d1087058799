package org.kinopanorama.ingest.document;

import java.util.List;
import java.util.regex.Pattern;

/** Line splitting and trimming that treat every kind of space an editor can leave behind as space. */
final class Lines {

    /** CRLF (Windows), LF (Unix) and a lone CR (old Mac) all end a line. */
    private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n");

    private Lines() {
    }

    static List<String> split(String text) {
        return List.of(LINE_BREAK.split(text, -1));
    }

    /** Like {@link String#strip()}, but also removes no-break, zero-width and byte-order-mark characters. */
    static String strip(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isSpace(s.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    static boolean isBlank(String s) {
        return strip(s).isEmpty();
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF';
    }
}
