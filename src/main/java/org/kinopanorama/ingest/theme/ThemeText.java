package org.kinopanorama.ingest.theme;

import java.util.Arrays;
import java.util.Locale;

/**
 * A text cut into words for theme matching.
 * <p>
 * A word is a run of letters and digits (with combining marks); an apostrophe between two such characters
 * belongs to the word ("year's", "isn't", "d'Or"). Words are lower-cased (Locale.ROOT) and typographic
 * apostrophes become {@code '}; a Russian ё is written е, as most Russian texts do. Everything else, a hyphen included, separates words: "post-war" is the
 * words "post" and "war", so a phrase "post war" matches it.
 * <p>
 * Between two words is a gap. A gap that holds clause punctuation ({@link #CLAUSE_PUNCTUATION}) ends the
 * scope of a negation. A phrase can only continue across a gap of white space with at most one hyphen.
 */
final class ThemeText {

    /** Characters that end a clause for negation scope: . ; : , ! ? brackets, double quotes, dashes, ellipsis. */
    static final String CLAUSE_PUNCTUATION = ".;:,!?()[]{}\"“”„«»—–…";

    private static final String APOSTROPHES = "'’ʼ‘";
    private static final String HYPHENS = "-‐‑";

    final String text;
    final int size;
    private final String[] words;
    private final int[] starts;
    private final int[] ends;
    /** [i]: the gap before word i holds clause punctuation (false for the first word). */
    private final boolean[] clauseBreakBefore;
    /** [i]: the gap before word i is white space with at most one hyphen, so a phrase may run across it. */
    private final boolean[] joinedBefore;
    /** [i]: the gap before word i holds a hyphen ("never-ending"). */
    private final boolean[] hyphenBefore;

    private ThemeText(String text) {
        this.text = text;
        int capacity = Math.max(4, text.length() / 4);
        String[] w = new String[capacity];
        int[] s = new int[capacity];
        int[] e = new int[capacity];
        int n = 0;
        int i = 0;
        int length = text.length();
        while (i < length) {
            int cp = text.codePointAt(i);
            if (!isWordChar(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            int end = i;
            while (end < length) {
                int c = text.codePointAt(end);
                if (isWordChar(c) || isMark(c)) {
                    end += Character.charCount(c);
                } else if (APOSTROPHES.indexOf(c) >= 0 && end + 1 < length && isWordChar(text.codePointAt(end + 1))) {
                    end += 1;
                } else {
                    break;
                }
            }
            if (n == w.length) {
                w = Arrays.copyOf(w, n * 2);
                s = Arrays.copyOf(s, n * 2);
                e = Arrays.copyOf(e, n * 2);
            }
            w[n] = normalise(text.substring(start, end));
            s[n] = start;
            e[n] = end;
            n++;
            i = end;
        }
        this.size = n;
        this.words = w;
        this.starts = s;
        this.ends = e;
        this.clauseBreakBefore = new boolean[n];
        this.joinedBefore = new boolean[n];
        this.hyphenBefore = new boolean[n];
        for (int k = 1; k < n; k++) {
            boolean clause = false;
            boolean joined = true;
            int hyphens = 0;
            for (int c = e[k - 1]; c < s[k]; c++) {
                char ch = text.charAt(c);
                if (CLAUSE_PUNCTUATION.indexOf(ch) >= 0) {
                    clause = true;
                    joined = false;
                } else if (HYPHENS.indexOf(ch) >= 0) {
                    hyphens++;
                } else if (!Character.isWhitespace(ch) && !Character.isSpaceChar(ch)) {
                    joined = false;
                }
            }
            clauseBreakBefore[k] = clause;
            joinedBefore[k] = joined && hyphens <= 1;
            hyphenBefore[k] = hyphens > 0;
        }
    }

    static ThemeText of(String text) {
        return new ThemeText(text == null ? "" : text);
    }

    /** Lower-case (Locale.ROOT) with typographic apostrophes made plain and ё written е, as words are compared. */
    static String normalise(String word) {
        String lower = word.toLowerCase(Locale.ROOT).replace('ё', 'е');
        for (int k = 1; k < APOSTROPHES.length(); k++) {
            lower = lower.replace(APOSTROPHES.charAt(k), '\'');
        }
        return lower;
    }

    String word(int i) {
        return words[i];
    }

    int start(int i) {
        return starts[i];
    }

    int end(int i) {
        return ends[i];
    }

    boolean clauseBreakBefore(int i) {
        return clauseBreakBefore[i];
    }

    boolean joinedBefore(int i) {
        return joinedBefore[i];
    }

    boolean hyphenBefore(int i) {
        return hyphenBefore[i];
    }

    private static boolean isWordChar(int cp) {
        return Character.isLetterOrDigit(cp);
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }
}
