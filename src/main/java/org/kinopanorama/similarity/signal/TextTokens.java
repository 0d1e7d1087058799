package org.kinopanorama.similarity.signal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Tiny tokenizer: lower-cases, splits on anything that is not a letter (Latin, Cyrillic, ...), drops English
 * stop words and one-letter tokens, and applies a trivial English suffix stemmer (plurals, -ing, -ed).
 * Cyrillic tokens are kept as they are (no Russian stemming yet).
 */
public final class TextTokens {

    static final Set<String> STOP_WORDS = Set.of(
            "a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "from", "has", "have", "he", "her",
            "his", "in", "into", "is", "it", "its", "of", "on", "or", "she", "that", "the", "their", "them",
            "they", "this", "to", "was", "were", "which", "who", "will", "with", "after", "before", "during",
            "while", "not", "no", "so", "than", "then", "there", "these", "those", "we", "you", "i", "him",
            "about", "over", "up", "down", "out", "one", "two", "all", "when", "where");

    private TextTokens() {
    }

    public static List<String> of(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        for (String raw : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (raw.length() < 2 || STOP_WORDS.contains(raw)) {
                continue;
            }
            out.add(stem(raw));
        }
        return out;
    }

    /** Trivial English stemmer; leaves non-Latin words alone. */
    static String stem(String w) {
        if (!w.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
            return w;
        }
        if (w.length() > 5 && w.endsWith("ing")) {
            return undouble(w.substring(0, w.length() - 3));
        }
        if (w.length() > 4 && w.endsWith("ed")) {
            return undouble(w.substring(0, w.length() - 2));
        }
        if (w.length() > 4 && w.endsWith("ies")) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.length() > 4 && (w.endsWith("ches") || w.endsWith("shes") || w.endsWith("sses") || w.endsWith("xes"))) {
            return w.substring(0, w.length() - 2);
        }
        if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }

    private static String undouble(String w) {
        int n = w.length();
        if (n >= 2 && w.charAt(n - 1) == w.charAt(n - 2) && "bdgmnprt".indexOf(w.charAt(n - 1)) >= 0) {
            return w.substring(0, n - 1);
        }
        return w;
    }
}
