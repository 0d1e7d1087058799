package org.kinopanorama.ingest.document;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A title line taken apart: {@code The Cranes Are Flying / Летят журавли (Letyat zhuravli) (1957)}.
 *
 * @param text              the undecorated line, as written
 * @param title             the main title
 * @param alternativeTitles titles after " / " and in parentheses before the year, in the order written
 * @param year              the first year (as written, even when invalid)
 * @param yearEnd           the last year of a range, else null
 * @param yearProblem       why the year cannot be accepted, or null; such a line never becomes an entry
 * @param punctuated        the line ends with "." or ":" after the year, e.g. {@code The Ascent (1977):};
 *                          the punctuation is not part of {@code text}
 */
record Heading(String text, String title, List<String> alternativeTitles, int year, Integer yearEnd,
        String yearProblem, boolean punctuated) {

    static final int FIRST_YEAR = 1895;
    static final int LAST_YEAR = 2100;

    /** Longer than this, a line ending in "(1977)" is a sentence that mentions a film, not a title. */
    private static final int MAX_TITLE_LENGTH = 200;

    /**
     * Any number of digits, so that "(19777)" is reported as a bad year rather than silently ignored.
     * The greedy {@code (.*)} finds the last "(" by backtracking once over the line (a lazy one followed
     * by white space would be quadratic in runs of spaces).
     */
    private static final Pattern TRAILING_YEAR =
            Pattern.compile("^(.*)\\(\\s*(\\d+)\\s*(?:[-‐‑‒–—―−]\\s*(\\d+)\\s*)?\\)\\s*([.:])?$");
    private static final Pattern TRAILING_PARENTHESES = Pattern.compile("^(.*)\\(([^()]*)\\)$");
    private static final Pattern SLASH = Pattern.compile("\\s+/\\s+");
    /** "(aka Letyat zhuravli)", "(original title: Летят журавли)", "(Russian: Летят журавли)". */
    private static final Pattern AKA = Pattern.compile(
            "^(?:(?:a\\.?k\\.?a\\.?|also known as)\\s*:?\\s+|(?:orig(?:inal)?\\.?(?:\\s+title)?|russian(?:\\s+title)?)\\s*:\\s*)",
            Pattern.CASE_INSENSITIVE);
    /** A title needs a letter or a digit: "12 (2007)" and "1612 (2007)" are films, "(1977)" alone is not. */
    private static final Pattern LETTER_OR_DIGIT = Pattern.compile("[\\p{L}\\p{N}]");

    /** The heading of an undecorated line that ends with a year in parentheses, if it is one. */
    static Optional<Heading> parse(String text) {
        Matcher m = TRAILING_YEAR.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        String names = Lines.strip(m.group(1));
        if (!LETTER_OR_DIGIT.matcher(names).find() || names.length() > MAX_TITLE_LENGTH) {
            return Optional.empty();
        }
        String startDigits = m.group(2);
        String endDigits = m.group(3);
        int year = toYear(startDigits);
        Integer yearEnd = endDigits == null ? null : toYear(endDigits);
        String problem = yearProblem(startDigits, year, endDigits, yearEnd);
        if (yearEnd != null && yearEnd == year) {
            yearEnd = null;     // "(1973–1973)" is one year, not a range
        }

        List<String> inParentheses = new ArrayList<>();
        Matcher p;
        while ((p = TRAILING_PARENTHESES.matcher(names)).matches() && LETTER_OR_DIGIT.matcher(p.group(1)).find()) {
            inParentheses.add(AKA.matcher(Lines.strip(p.group(2))).replaceFirst(""));
            names = Lines.strip(p.group(1));
        }
        Collections.reverse(inParentheses);

        List<String> parts = new ArrayList<>(List.of(SLASH.split(names)));
        for (String alternative : inParentheses) {
            parts.addAll(List.of(SLASH.split(alternative)));
        }
        List<String> cleaned = parts.stream().map(Heading::clean).filter(s -> !s.isEmpty()).toList();
        if (cleaned.isEmpty()) {
            return Optional.empty();
        }
        boolean punctuated = m.group(4) != null;
        String heading = punctuated ? Lines.strip(text.substring(0, text.length() - 1)) : text;
        return Optional.of(new Heading(heading, cleaned.get(0), cleaned.subList(1, cleaned.size()), year, yearEnd,
                problem, punctuated));
    }

    private static int toYear(String digits) {
        // More than four digits is never a year; clamp rather than overflow, the problem message quotes the digits.
        return digits.length() > 4 ? Integer.MAX_VALUE : Integer.parseInt(digits);
    }

    private static String yearProblem(String startDigits, int year, String endDigits, Integer yearEnd) {
        if (!isYear(year)) {
            return "the year " + startDigits + " is not between " + FIRST_YEAR + " and " + LAST_YEAR;
        }
        if (endDigits != null && !isYear(yearEnd)) {
            return "the year " + endDigits + " is not between " + FIRST_YEAR + " and " + LAST_YEAR;
        }
        if (yearEnd != null && yearEnd < year) {
            return "the years " + startDigits + "–" + endDigits + " end before they start";
        }
        return null;
    }

    private static boolean isYear(int year) {
        return year >= FIRST_YEAR && year <= LAST_YEAR;
    }

    /** Drops quotes around a whole title: «Летят журавли» is Летят журавли, but "A" and "B" stays. */
    private static String clean(String name) {
        String s = Lines.strip(name);
        if (s.length() >= 2) {
            char open = s.charAt(0);
            char close = s.charAt(s.length() - 1);
            String inner = s.substring(1, s.length() - 1);
            boolean paired = (open == '«' && close == '»') || (open == '“' && close == '”')
                    || (open == '"' && close == '"') || (open == '„' && close == '“');
            if (paired && inner.indexOf(open) < 0 && inner.indexOf(close) < 0) {
                s = Lines.strip(inner);
            }
        }
        return s;
    }

    /** How messages name the film: 'The Ascent' (1977). */
    String label() {
        return "'" + title + "' (" + year + (yearEnd == null ? "" : "–" + yearEnd) + ")";
    }
}
