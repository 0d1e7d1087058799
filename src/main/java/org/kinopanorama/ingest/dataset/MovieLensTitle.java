package org.kinopanorama.ingest.dataset;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A MovieLens title taken apart: {@code "Irony of Fate, or Enjoy Your Bath! (Ironiya sudby, ili S legkim
 * parom!) (1975)"} is the English title "Irony of Fate, or Enjoy Your Bath!", the alternative (here the
 * transliterated original) "Ironiya sudby, ili S legkim parom!" and the year 1975. A trailing article moves
 * back to the front ("Cranes Are Flying, The" is "The Cranes Are Flying"). Plain Java.
 *
 * @param year null when the title carries none (a record MovieLens left without year)
 */
public record MovieLensTitle(String english, List<String> alternatives, Integer year) {

    private static final Pattern YEAR = Pattern.compile("\\s*\\(((?:18|19|20)\\d\\d)(?:[–-](?:\\d{2,4})?)?\\)\\s*$");
    private static final Pattern TRAILING_ARTICLE = Pattern.compile("^(.+?),\\s+(The|A|An)$");
    /** "(Part 2)", "(II)", "(1)": part of the title, not an alternative. */
    private static final Pattern QUALIFIER = Pattern.compile("(?i)(?:part|pt\\.?|vol\\.?|volume|chapter|episode|series)\\s*\\S+|[ivx]+|\\d+");
    private static final Pattern AKA = Pattern.compile("(?i)^\\s*(?:a\\.\\s?k\\.\\s?a\\.?|aka)\\s*:?\\s*");

    public static MovieLensTitle parse(String raw) {
        String s = raw == null ? "" : raw.strip();
        Integer year = null;
        Matcher y = YEAR.matcher(s);
        if (y.find()) {
            year = Integer.valueOf(y.group(1));
            s = s.substring(0, y.start()).strip();
        }
        List<String> alternatives = new ArrayList<>();
        while (s.endsWith(")")) {
            int open = matchingOpen(s);
            if (open <= 0) {
                break;
            }
            String inner = s.substring(open + 1, s.length() - 1).strip();
            if (inner.isEmpty() || QUALIFIER.matcher(inner).matches()) {
                break;
            }
            alternatives.add(0, frontArticle(AKA.matcher(inner).replaceFirst("").strip()));
            s = s.substring(0, open).strip();
        }
        return new MovieLensTitle(frontArticle(s), List.copyOf(alternatives), year);
    }

    /** "Cranes Are Flying, The" becomes "The Cranes Are Flying". */
    static String frontArticle(String title) {
        Matcher m = TRAILING_ARTICLE.matcher(title);
        return m.matches() ? m.group(2) + " " + m.group(1) : title;
    }

    private static int matchingOpen(String s) {
        int depth = 0;
        for (int i = s.length() - 1; i >= 0; i--) {
            char c = s.charAt(i);
            if (c == ')') {
                depth++;
            } else if (c == '(' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }
}
