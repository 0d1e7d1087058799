package org.kinopanorama.ingest.document;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Says what one line is, judged on the line alone. Whether a title-shaped line really starts an entry
 * depends on its neighbours; {@link DocumentReader} decides that.
 */
final class LineClassifier {

    enum Kind {
        /** Empty, white space only, or a Markdown rule such as {@code ---}: separates blocks. */
        BLANK,
        /** {@code Description: ...} or {@code Fact: ...}, in any of the decorated forms. */
        LABEL,
        /** Ends with a year in parentheses, e.g. {@code 1. **The Ascent (1977)**}. */
        TITLE,
        /** Anything else: introduction, continuation of a label, a title without a year, stray text. */
        TEXT
    }

    enum Field {
        DESCRIPTION("Description"), FACT("Fact");

        final String label;

        Field(String label) {
            this.label = label;
        }
    }

    /**
     * One classified line.
     *
     * @param number     1-based line number
     * @param text       the line stripped of surrounding space, otherwise as written
     * @param field      for a LABEL, which one
     * @param value      for a LABEL, the text after it (may be empty)
     * @param heading    for a TITLE, the line taken apart
     * @param undecorated the line without Markdown/numbering decoration
     * @param decorated  whether there was decoration (a heading mark, a number, bold...)
     */
    record Line(int number, Kind kind, String text, Field field, String value, Heading heading,
            String undecorated, boolean decorated) {
    }

    /** Longer than any title line with its decoration; see {@link Heading} for the title's own limit. */
    static final int MAX_TITLE_LINE_LENGTH = 300;

    private static final Pattern RULE = Pattern.compile("^(?:[-*_=]\\s*){3,}$");
    /**
     * {@code Description: x}, {@code **Description:** x}, {@code **Description**: x}, {@code *Fact:* x},
     * {@code - Description: x}, {@code Description - x}, {@code FACT: x}; "Facts" too.
     */
    private static final Pattern LABEL = Pattern.compile(
            "^(?:[-*+•]\\s+)?[*_]{0,3}(description|facts?)[*_]{0,3}\\s*(?:[:：]|[-–—](?=\\s|$))[*_]{0,3}\\s*(.*)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private LineClassifier() {
    }

    static Line classify(int number, String raw) {
        String text = Lines.strip(raw);
        if (text.isEmpty() || RULE.matcher(text).matches()) {
            return new Line(number, Kind.BLANK, text, null, null, null, text, false);
        }
        Matcher label = LABEL.matcher(text);
        if (label.matches()) {
            Field field = label.group(1).toLowerCase(Locale.ROOT).startsWith("d") ? Field.DESCRIPTION : Field.FACT;
            return new Line(number, Kind.LABEL, text, field, Lines.strip(label.group(2)), null, text, false);
        }
        if (text.length() > MAX_TITLE_LINE_LENGTH) {
            // No title is this long. Skipping the title patterns also keeps a huge line's cost linear.
            return new Line(number, Kind.TEXT, text, null, null, null, text, false);
        }
        Decoration.Undecorated plain = Decoration.strip(text);
        Optional<Heading> heading = Heading.parse(plain.text());
        if (heading.isPresent()) {
            return new Line(number, Kind.TITLE, text, null, null, heading.get(), plain.text(), plain.decorated());
        }
        return new Line(number, Kind.TEXT, text, null, null, null, plain.text(), plain.decorated());
    }
}
