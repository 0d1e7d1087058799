package org.kinopanorama.catalog.search;

import org.kinopanorama.catalog.identity.TitleMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text cut into parts shown as they are and parts marked as matching a search. The text is never
 * HTML: a template escapes every segment and wraps only the highlighted ones in {@code <mark>}.
 * Plain Java; concatenating the segments always gives back the text it was made from (without
 * the markers, for {@link #ofMarkers}).
 */
public record HighlightedText(List<Segment> segments) {

    public record Segment(String text, boolean highlighted) {
    }

    public HighlightedText {
        segments = List.copyOf(segments);
    }

    /** A word of a title, apostrophes inside it included ("Sud'by"). */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+(?:['’ʼʹʺ][\\p{L}\\p{M}\\p{N}]+)*");

    public static HighlightedText plain(String text) {
        return new HighlightedText(text == null || text.isEmpty() ? List.of() : List.of(new Segment(text, false)));
    }

    /**
     * Text in which the matching parts are enclosed between {@code start} and {@code stop} (as
     * PostgreSQL's {@code ts_headline} writes them). A marker without its pair is dropped.
     */
    public static HighlightedText ofMarkers(String marked, char start, char stop) {
        if (marked == null || marked.isEmpty()) {
            return plain(marked);
        }
        Builder out = new Builder();
        StringBuilder part = new StringBuilder();
        boolean inside = false;
        for (int i = 0; i < marked.length(); i++) {
            char c = marked.charAt(i);
            if (c == start || c == stop) {
                if ((c == start) != inside) {
                    out.add(part.toString(), inside);
                    part.setLength(0);
                    inside = !inside;
                }
            } else {
                part.append(c);
            }
        }
        out.add(part.toString(), inside);
        return out.build();
    }

    /**
     * A title with the words that match the search marked. {@code queryKey} is the query as
     * {@link TitleMatcher#normalize} gives it; a word of the title matches a word of the query when
     * their keys are equal, when the title's word begins with the query's word (two letters or
     * more: "iron" marks "Irony"), or when both have four letters or more and differ by one typing
     * slip (two for words of eight letters or more: "fyling" marks "Flying"). Marked words with only
     * spaces between them are marked as one.
     */
    public static HighlightedText ofTitle(String title, String queryKey) {
        if (title == null || title.isEmpty()) {
            return plain(title);
        }
        List<String> queryWords = queryKey == null || queryKey.isBlank() ? List.of() : List.of(queryKey.strip().split(" +"));
        Builder out = new Builder();
        Matcher word = WORD.matcher(title);
        int end = 0;
        while (word.find()) {
            String between = title.substring(end, word.start());
            boolean marked = matches(TitleMatcher.normalize(word.group()), queryWords);
            out.add(between, marked && out.lastHighlighted() && between.isBlank());
            out.add(word.group(), marked);
            end = word.end();
        }
        out.add(title.substring(end), false);
        return out.build();
    }

    private static boolean matches(String wordKey, List<String> queryWords) {
        if (wordKey.isEmpty()) {
            return false;
        }
        for (String q : queryWords) {
            if (wordKey.equals(q)
                    || q.length() >= 2 && wordKey.startsWith(q)
                    || q.length() >= 4 && wordKey.length() >= 4
                    && typingDistance(wordKey, q, Math.max(wordKey.length(), q.length()) >= 8 ? 2 : 1)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether at most {@code max} insertions, deletions, substitutions or swaps of neighbouring
     * letters turn one word into the other (optimal string alignment distance).
     */
    static boolean typingDistance(String a, String b, int max) {
        if (Math.abs(a.length() - b.length()) > max) {
            return false;
        }
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()] <= max;
    }

    /** Whether any part is marked. */
    public boolean hasHighlight() {
        return segments.stream().anyMatch(Segment::highlighted);
    }

    /** The text without marks. */
    public String text() {
        StringBuilder out = new StringBuilder();
        segments.forEach(s -> out.append(s.text()));
        return out.toString();
    }

    /** The same text with {@code before} and {@code after} added as plain text (e.g. "… "). */
    HighlightedText around(String before, String after) {
        Builder out = new Builder();
        out.add(before, false);
        segments.forEach(s -> out.add(s.text(), s.highlighted()));
        out.add(after, false);
        return out.build();
    }

    /** Joins neighbouring parts of the same kind and drops empty ones. */
    private static final class Builder {
        private final List<Segment> segments = new ArrayList<>();

        void add(String text, boolean highlighted) {
            if (text.isEmpty()) {
                return;
            }
            int last = segments.size() - 1;
            if (last >= 0 && segments.get(last).highlighted() == highlighted) {
                segments.set(last, new Segment(segments.get(last).text() + text, highlighted));
            } else {
                segments.add(new Segment(text, highlighted));
            }
        }

        boolean lastHighlighted() {
            return !segments.isEmpty() && segments.get(segments.size() - 1).highlighted();
        }

        HighlightedText build() {
            return new HighlightedText(segments);
        }
    }
}
