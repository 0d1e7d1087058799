package org.kinopanorama.ingest.theme;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Tags curated lists and their entries with themes of a {@link ThemeVocabulary}. Plain Java, immutable and
 * thread-safe: build one per vocabulary and share it.
 * <p>
 * Matching (see {@link ThemeMatcher}): synonyms are found on whole words, case-insensitively; where matches
 * overlap, the longest wins ("unrequited love" is unrequited-love only, never also love); a match is negated
 * when a negation cue (not, no, never, without, hardly, ...n't, ...) is among the 6 words before it in the same
 * clause, i.e. with none of {@code . ; : , ! ?}, brackets, double quotes or dashes between them.
 * <p>
 * <b>Weight of a theme for an entry</b> (noisy-or of independent pieces of evidence):
 * <pre>
 *   weight = 1 - (1 - b) * (1 - 0.35)^d * (1 - 0.2)^f
 *   b = 0.5 when the theme is the list's central theme, 0.25 when it is and the entry mentions it only negated, else 0
 *   d = number of non-negated matches in the description, f = number of non-negated matches in the fact
 * </pre>
 * Negated matches add nothing. A theme whose weight is 0 (mentioned only negated and not the list's theme)
 * is left out. Examples: list only 0.5; list + one description match 0.675; list + two description matches 0.78875;
 * one description match 0.35; one fact match 0.2; one of each 0.48; list theme mentioned only negated 0.25.
 */
public final class ThemeTagger {

    /** Base weight of the list's central theme for each of its entries. */
    public static final double LIST_WEIGHT = 0.5;
    /** Weight of one non-negated match in an entry's description. */
    public static final double DESCRIPTION_WEIGHT = 0.35;
    /** Weight of one non-negated match in an entry's fact (facts are often about the making of the film). */
    public static final double FACT_WEIGHT = 0.2;
    /** What the list base weight is multiplied by when the entry mentions the theme only under a negation. */
    public static final double NEGATED_LIST_FACTOR = 0.5;

    private static final int THEME_OF = 3;
    private static final int EXPLORES = 2;
    private static final int ABOUT = 1;
    private static final int THEME_OF_GAP = 3;
    private static final int EXPLORES_GAP = 8;
    private static final int ABOUT_GAP = 2;
    private static final Set<String> THEME_WORDS = Set.of("theme", "themes");
    /** Russian names the theme in the genitive right after the word: "тема любви", "вечную тему предательства". */
    private static final Set<String> RUSSIAN_THEME_WORDS = Set.of("тема", "темы", "теме", "тему", "темой", "темам", "темами", "темах");
    private static final Set<String> DETERMINERS = Set.of(
            "the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our", "one");
    private static final Set<String> EXPLORE_VERBS = Set.of(
            "explore", "explores", "explored", "exploring", "exploration", "examine", "examines", "examined", "examining",
            "исследует", "исследуют", "исследуя", "исследуется", "рассматривает", "рассматривают", "раскрывает", "раскрывают",
            "посвящен", "посвящена", "посвящено", "посвящены", "посвященный", "посвященная", "посвященные", "посвященных");
    private static final Map<String, String> EXPLORE_VERBS_WITH = Map.ofEntries(
            Map.entry("delve", "into"), Map.entry("delves", "into"), Map.entry("delved", "into"), Map.entry("delving", "into"),
            Map.entry("focus", "on"), Map.entry("focuses", "on"), Map.entry("focused", "on"), Map.entry("focusing", "on"),
            Map.entry("centred", "on"), Map.entry("centered", "on"), Map.entry("centre", "on"), Map.entry("center", "on"),
            Map.entry("deal", "with"), Map.entry("deals", "with"), Map.entry("dealing", "with"),
            Map.entry("revolve", "around"), Map.entry("revolves", "around"), Map.entry("revolving", "around"),
            Map.entry("dedicated", "to"), Map.entry("devoted", "to"));
    private static final Set<String> FILM_WORDS = Set.of(
            "film", "films", "movie", "movies", "cinema", "classics", "dramas", "stories", "tales",
            "фильмы", "фильмов", "фильмах", "кино", "картины", "картин", "ленты", "лент", "истории", "историй");
    private static final Set<String> ABOUT_WORDS = Set.of("about", "о", "об", "обо", "про");

    private final ThemeVocabulary vocabulary;
    private final ThemeMatcher matcher;

    public ThemeTagger(ThemeVocabulary vocabulary) {
        this.vocabulary = Objects.requireNonNull(vocabulary, "vocabulary");
        this.matcher = new ThemeMatcher(vocabulary.themes());
    }

    public ThemeVocabulary vocabulary() {
        return vocabulary;
    }

    /**
     * The theme a list is about, found in its introduction, e.g. "explores the complex theme of betrayal" ->
     * betrayal. Only a non-negated mention named by a cue counts, strongest cue first:
     * <ol start="3" reversed>
     * <li>"theme(s) of X" (at most 3 words between "of" and X): "the complex theme of betrayal";</li>
     * <li>"explore(s) / examine(s) / delve(s) into / focus(es) on / deal(s) with / centred on / revolve(s) around /
     * dedicated to ... X" (at most 8 words between): "explore the depth and complexity of true love";</li>
     * <li>"about X" (at most 2 words between) or "X films / movies / cinema / stories": "films about love".</li>
     * </ol>
     * In Russian: «тема X» («вечная тема любви»), «исследует / посвящён ... X», «о / об / про X» («фильмы о любви»).
     * X must be the first theme mention after the cue, in the same clause. Ties go to the theme mentioned most
     * often in the introduction, then to the earliest. Nested phrases resolve to the longest ("unrequited love").
     *
     * @return empty when no theme is named by a cue (a bare mention is not enough), or for a null or blank text
     */
    public Optional<CentralTheme> centralTheme(String introduction) {
        ThemeText text = ThemeText.of(introduction);
        List<ThemeMatcher.Match> matches = matcher.find(text);
        if (matches.isEmpty()) {
            return Optional.empty();
        }
        boolean[] inMatch = new boolean[text.size];
        int[] mentions = new int[vocabulary.themes().size()];
        for (ThemeMatcher.Match m : matches) {
            for (int w = m.first(); w <= m.last(); w++) {
                inMatch[w] = true;
            }
            if (!m.negated()) {
                mentions[m.theme()]++;
            }
        }
        ThemeMatcher.Match best = null;
        Cue bestCue = null;
        for (ThemeMatcher.Match m : matches) {
            if (m.negated()) {
                continue;
            }
            Cue cue = strongestCue(text, m, inMatch);
            if (cue == null) {
                continue;
            }
            if (best == null || cue.strength > bestCue.strength
                    || cue.strength == bestCue.strength && mentions[m.theme()] > mentions[best.theme()]) {
                best = m;
                bestCue = cue;
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        String slug = vocabulary.themes().get(best.theme()).slug();
        return Optional.of(new CentralTheme(slug, text.text.substring(bestCue.start, bestCue.end)));
    }

    /** The cues {@link #centralTheme} looks for, as a curator reads them. */
    public static final String CUES_LOOKED_FOR = "\"the theme of …\", \"explores / examines / delves into / focuses on / deals with / "
            + "is dedicated to …\", \"about …\", \"… films\"; in Russian «тема …», «исследует / посвящён …», «о / об / про …»";

    /**
     * Why {@link #centralTheme} found none, in words a curator can act on: the cues it looked for and the theme
     * words it did find without one.
     */
    public String whyNoCentralTheme(String introduction) {
        if (introduction == null || introduction.isBlank()) {
            return "No central theme: the document has no introduction before its first film. The list was ingested without "
                    + "one; its films are tagged from their own descriptions and facts.";
        }
        ThemeText text = ThemeText.of(introduction);
        Map<String, String> found = new LinkedHashMap<>();
        for (ThemeMatcher.Match m : matcher.find(text)) {
            if (!m.negated()) {
                found.putIfAbsent(vocabulary.themes().get(m.theme()).slug(), m.surface(text));
            }
        }
        String mentioned = found.isEmpty() ? "It found no word of the theme vocabulary in the introduction."
                : "Theme words it found without such a cue: " + String.join(", ", found.values().stream().map(w -> "\"" + w + "\"").toList()) + ".";
        return "No central theme found in the introduction. It looked for a theme of the vocabulary named after one of "
                + CUES_LOOKED_FOR + ". " + mentioned + " The list was ingested without a central theme; its films are tagged "
                + "from their own descriptions and facts.";
    }

    /** A cue naming a theme in an introduction: its strength and the characters start..end that name it. */
    private record Cue(int strength, int start, int end) {
    }

    private static Cue strongestCue(ThemeText text, ThemeMatcher.Match m, boolean[] inMatch) {
        Cue cue = themeOf(text, m, inMatch);
        if (cue == null) {
            cue = explores(text, m, inMatch);
        }
        if (cue == null) {
            cue = about(text, m, inMatch);
        }
        return cue;
    }

    /** "the complex theme of betrayal": "of" before the match, "theme(s)" before "of". */
    private static Cue themeOf(ThemeText text, ThemeMatcher.Match m, boolean[] inMatch) {
        int k = m.first();
        for (int between = 0; between <= THEME_OF_GAP && k > 0 && !text.clauseBreakBefore(k); between++) {
            int j = k - 1;
            if (inMatch[j]) {
                return null;
            }
            if (RUSSIAN_THEME_WORDS.contains(text.word(j))) {
                return new Cue(THEME_OF, text.start(j), m.end());
            }
            if (text.word(j).equals("of") && j > 0 && THEME_WORDS.contains(text.word(j - 1)) && !text.clauseBreakBefore(j)) {
                int start = j - 1;
                for (int d = start - 1, steps = 0; d >= 0 && steps < 3 && !text.clauseBreakBefore(d + 1) && !inMatch[d]; d--, steps++) {
                    if (DETERMINERS.contains(text.word(d))) {
                        start = d;
                        break;
                    }
                }
                return new Cue(THEME_OF, text.start(start), m.end());
            }
            k = j;
        }
        return null;
    }

    /** "explore the depth and complexity of true love", "delve into the complexities of unrequited affection". */
    private static Cue explores(ThemeText text, ThemeMatcher.Match m, boolean[] inMatch) {
        int k = m.first();
        for (int between = 0; between <= EXPLORES_GAP && k > 0 && !text.clauseBreakBefore(k); between++) {
            int j = k - 1;
            if (inMatch[j]) {
                return null;
            }
            String word = text.word(j);
            if (EXPLORE_VERBS.contains(word)) {
                return new Cue(EXPLORES, text.start(j), m.end());
            }
            if (j > 0 && !text.clauseBreakBefore(j) && word.equals(EXPLORE_VERBS_WITH.get(text.word(j - 1)))) {
                return new Cue(EXPLORES, text.start(j - 1), m.end());
            }
            k = j;
        }
        return null;
    }

    /** "films about love" or "war films". */
    private static Cue about(ThemeText text, ThemeMatcher.Match m, boolean[] inMatch) {
        int k = m.first();
        for (int between = 0; between <= ABOUT_GAP && k > 0 && !text.clauseBreakBefore(k); between++) {
            int j = k - 1;
            if (inMatch[j]) {
                break;
            }
            if (ABOUT_WORDS.contains(text.word(j))) {
                return new Cue(ABOUT, text.start(j), m.end());
            }
            k = j;
        }
        if (m.words() > 1 && FILM_WORDS.contains(text.word(m.last()))) {
            return new Cue(ABOUT, m.start(), m.end());
        }
        int next = m.last() + 1;
        if (next < text.size && text.joinedBefore(next) && FILM_WORDS.contains(text.word(next))) {
            return new Cue(ABOUT, m.start(), text.end(next));
        }
        return null;
    }

    /**
     * Tags one entry of a list. One {@link ThemeEvidence} per theme found (at most one per slug), strongest first
     * (then list evidence before the description's, the description's in text order before the fact's).
     *
     * @param description the entry's description, may be null
     * @param fact        the entry's fact, may be null
     * @param listTheme   the slug of the list's central theme, or null
     * @throws IllegalArgumentException when listTheme is not a slug of the vocabulary
     */
    public List<ThemeEvidence> tag(String description, String fact, String listTheme) {
        int themeCount = vocabulary.themes().size();
        Evidence[] found = new Evidence[themeCount];
        List<Evidence> order = new ArrayList<>();
        if (listTheme != null) {
            int index = vocabulary.indexOf(listTheme);
            if (index < 0) {
                throw new IllegalArgumentException("'" + listTheme + "' is not a theme of the vocabulary");
            }
            Evidence evidence = new Evidence(index);
            evidence.listed = true;
            found[index] = evidence;
            order.add(evidence);
        }
        collect(description, Evidence.DESCRIPTION, DESCRIPTION_WEIGHT, found, order);
        collect(fact, Evidence.FACT, FACT_WEIGHT, found, order);

        // order holds the themes in the order of their first evidence: list, then description, then fact;
        // the sort is stable, so equal weights keep that order.
        List<ThemeEvidence> result = new ArrayList<>(order.size());
        for (Evidence e : order) {
            boolean negated = e.negated > 0 && e.positive == 0;
            double keep = e.keep;
            if (e.listed) {
                keep *= 1 - LIST_WEIGHT * (negated ? NEGATED_LIST_FACTOR : 1);
            }
            double weight = Math.min(1, 1 - keep);
            if (weight > 0) {
                result.add(new ThemeEvidence(vocabulary.themes().get(e.theme).slug(), weight,
                        String.join("; ", e.words.values()), negated, e.origin()));
            }
        }
        result.sort(Comparator.comparingDouble(ThemeEvidence::weight).reversed());
        return List.copyOf(result);
    }

    private void collect(String source, int origin, double weight, Evidence[] found, List<Evidence> order) {
        if (source == null || source.isBlank()) {
            return;
        }
        ThemeText text = ThemeText.of(source);
        for (ThemeMatcher.Match m : matcher.find(text)) {
            Evidence e = found[m.theme()];
            if (e == null) {
                e = new Evidence(m.theme());
                found[m.theme()] = e;
                order.add(e);
            }
            e.origins |= origin;
            String surface = m.surface(text);
            e.words.putIfAbsent(surface.toLowerCase(Locale.ROOT), surface);
            if (m.negated()) {
                e.negated++;
            } else {
                e.positive++;
                e.keep *= 1 - weight;
            }
        }
    }

    /** What one entry says about one theme, gathered before it becomes a {@link ThemeEvidence}. */
    private static final class Evidence {
        static final int DESCRIPTION = 1;
        static final int FACT = 2;

        final int theme;
        boolean listed;
        int origins;
        int positive;
        int negated;
        /** Product of (1 - w) over the non-negated matches. */
        double keep = 1;
        final Map<String, String> words = new LinkedHashMap<>();

        Evidence(int theme) {
            this.theme = theme;
        }

        String origin() {
            List<String> parts = new ArrayList<>(3);
            if (listed) {
                parts.add("list");
            }
            if ((origins & DESCRIPTION) != 0) {
                parts.add("description");
            }
            if ((origins & FACT) != 0) {
                parts.add("fact");
            }
            return String.join("+", parts);
        }
    }
}
