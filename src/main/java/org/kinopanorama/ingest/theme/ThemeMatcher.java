package org.kinopanorama.ingest.theme;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tartarus.snowball.ext.RussianStemmer;

/**
 * Finds the synonyms of a vocabulary in a text, on whole words, case-insensitively.
 * <p>
 * Every synonym is compiled once into a phrase of words, indexed by its first word (or, for a one-word
 * prefix such as {@code betray*}, by the prefix), so matching a text is one pass over its words with a few
 * hash look-ups per word, whatever the size of the vocabulary.
 * <p>
 * <b>Longest match wins.</b> Where matches overlap, the one with more words (of two as long, the leftmost) is
 * kept and the others are dropped: in "unrequited love" only unrequited-love is found, not love. Matches of the
 * very same words for different themes are all kept ("romantic comedy" is listed under comedy and love).
 * <p>
 * <b>Negation.</b> A match is negated when one of the {@value #NEGATION_WINDOW} words right before it is a
 * negation cue and no clause punctuation ({@link ThemeText#CLAUSE_PUNCTUATION}) stands between them. Cues:
 * not, no, never, without, hardly, barely, scarcely, nor, neither, cannot, any word ending in n't (isn't,
 * wasn't, doesn't...), and far from, rather than, instead of, lack of, absence of. Not cues: "not only",
 * "not just", "not merely", "not least", "no less", "no doubt", "no matter", a cue joined by a hyphen
 * ("never-ending"), and a cue that is itself part of a match ("does not reciprocate her love": love is not
 * negated). Russian cues: не, нет, ни, без, никогда, вовсе не (not after "не только", "не просто", "не лишь").
 * <p>
 * <b>Russian.</b> A word with Cyrillic letters is compared by its Snowball stem (Lucene's Russian stemmer) when the stem
 * has four letters or more (else as written), so one
 * synonym matches its word forms: "предательство" matches "предательства", "предательством"; "любовь" matches
 * "любовью" (but not "любви", whose stem differs: the vocabulary lists both). Each theme's Russian label is also
 * one of its synonyms. Prefix synonyms ({@code влюбл*}) compare the written word, as in English.
 */
final class ThemeMatcher {

    /** How many words before a match are searched for a negation cue. */
    static final int NEGATION_WINDOW = 6;

    private static final int MIN_PREFIX = 3;
    private static final int MIN_STEM = 4;
    private static final Set<String> CUES = Set.of(
            "not", "no", "never", "without", "hardly", "barely", "scarcely", "nor", "neither", "cannot",
            "не", "нет", "ни", "без", "никогда");
    private static final Set<String> TWO_WORD_CUES = Set.of(
            "far from", "rather than", "instead of", "lack of", "absence of");
    private static final Set<String> NOT_NEGATING_AFTER_NOT_OR_NO = Set.of(
            "only", "just", "merely", "least", "less", "doubt", "matter", "только", "просто", "лишь", "менее");

    /** A synonym compiled into words; when prefix, its last word is a prefix. */
    private record Phrase(int theme, String[] words, boolean prefix) {
    }

    /**
     * One match of a synonym of theme {@code theme} (its index in the vocabulary) on words first..last
     * (inclusive), characters start..end of the text. cueStart is where the negation cue starts, or -1.
     */
    record Match(int theme, int first, int last, int start, int end, int cueStart) {

        boolean negated() {
            return cueStart >= 0;
        }

        int words() {
            return last - first + 1;
        }

        /** The matched words as written; a negated match from its cue: "not a traditional betrayal". */
        String surface(ThemeText text) {
            return text.text.substring(negated() ? cueStart : start, end);
        }

        Match negatedFrom(int cue) {
            return new Match(theme, first, last, start, end, cue);
        }
    }

    /** Most words first; of two as long, the leftmost ("true love story": true love, not love story). */
    private static final Comparator<Match> LONGEST_FIRST = Comparator
            .comparingInt(Match::words).reversed()
            .thenComparingInt(Match::first)
            .thenComparingInt(Match::theme);

    private static final Comparator<Match> IN_TEXT_ORDER = Comparator
            .comparingInt(Match::first).thenComparingInt(Match::theme);

    private final Map<String, List<Phrase>> byFirstWord = new HashMap<>();
    private final Map<String, List<Phrase>> byPrefix = new HashMap<>();
    private int longestPrefix;

    ThemeMatcher(List<ThemeDefinition> themes) {
        for (int t = 0; t < themes.size(); t++) {
            List<String> synonyms = new ArrayList<>(themes.get(t).synonyms());
            String label = ThemeText.normalise(themes.get(t).labelRu());
            if (!synonyms.contains(label)) {
                synonyms.add(label);
            }
            for (String synonym : synonyms) {
                boolean prefix = synonym.endsWith("*");
                String body = prefix ? synonym.substring(0, synonym.length() - 1) : synonym;
                ThemeText parsed = ThemeText.of(body);
                if (parsed.size == 0) {
                    throw new IllegalArgumentException("synonym '" + synonym + "' of '" + themes.get(t).slug() + "' has no words");
                }
                String[] words = new String[parsed.size];
                for (int w = 0; w < words.length; w++) {
                    words[w] = prefix && w == words.length - 1 ? parsed.word(w) : key(parsed.word(w));
                }
                Phrase phrase = new Phrase(t, words, prefix);
                if (prefix && words.length == 1) {
                    if (words[0].length() < MIN_PREFIX) {
                        throw new IllegalArgumentException("prefix '" + synonym + "' of '" + themes.get(t).slug() + "' is too short");
                    }
                    byPrefix.computeIfAbsent(words[0], k -> new ArrayList<>()).add(phrase);
                    longestPrefix = Math.max(longestPrefix, words[0].length());
                } else {
                    byFirstWord.computeIfAbsent(words[0], k -> new ArrayList<>()).add(phrase);
                }
            }
        }
    }

    /** @return the matches kept after longest-match-wins, in text order, with their negation */
    List<Match> find(ThemeText text) {
        int n = text.size;
        if (n == 0) {
            return List.of();
        }
        String[] keys = new String[n];
        RussianStemmer stemmer = new RussianStemmer();
        for (int i = 0; i < n; i++) {
            keys[i] = key(text.word(i), stemmer);
        }
        List<Match> candidates = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String word = text.word(i);
            collect(text, keys, i, byFirstWord.get(keys[i]), candidates);
            if (word.endsWith("'s")) {
                collect(text, keys, i, byFirstWord.get(word.substring(0, word.length() - 2)), candidates);
            }
            int upTo = Math.min(word.length(), longestPrefix);
            for (int k = MIN_PREFIX; k <= upTo; k++) {
                collect(text, keys, i, byPrefix.get(word.substring(0, k)), candidates);
            }
        }
        if (candidates.isEmpty()) {
            return List.of();
        }
        candidates.sort(LONGEST_FIRST);
        int[] owner = new int[n];
        Arrays.fill(owner, -1);
        List<Match> kept = new ArrayList<>();
        for (Match c : candidates) {
            int firstOwner = owner[c.first()];
            boolean free = true;
            boolean sameSpan = firstOwner >= 0;
            for (int w = c.first(); w <= c.last(); w++) {
                if (owner[w] >= 0) {
                    free = false;
                }
                if (owner[w] != firstOwner) {
                    sameSpan = false;
                }
            }
            if (free) {
                for (int w = c.first(); w <= c.last(); w++) {
                    owner[w] = kept.size();
                }
                kept.add(c);
            } else if (sameSpan) {
                Match holder = kept.get(firstOwner);
                if (holder.first() == c.first() && holder.last() == c.last() && !hasTheme(kept, c)) {
                    kept.add(c);
                }
            }
        }
        List<Match> result = new ArrayList<>(kept.size());
        for (Match m : kept) {
            int cue = negationCue(text, m.first(), owner);
            result.add(cue >= 0 ? m.negatedFrom(cue) : m);
        }
        result.sort(IN_TEXT_ORDER);
        return result;
    }

    private static boolean hasTheme(List<Match> kept, Match c) {
        for (Match k : kept) {
            if (k.theme() == c.theme() && k.first() == c.first() && k.last() == c.last()) {
                return true;
            }
        }
        return false;
    }

    /** How a word is compared: a Cyrillic word by its Russian Snowball stem, any other word as it is. */
    static String key(String word) {
        return key(word, new RussianStemmer());
    }

    private static String key(String word, RussianStemmer stemmer) {
        if (!isCyrillic(word)) {
            return word;
        }
        stemmer.setCurrent(word);
        stemmer.stem();
        String stem = stemmer.getCurrent();
        // a stem of three letters or fewer says too little ("сем" of семья and семь): the word must match as written
        return stem.length() < MIN_STEM ? word : stem;
    }

    private static boolean isCyrillic(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c >= 0x0400 && c <= 0x04FF) {
                return true;
            }
        }
        return false;
    }

    private static void collect(ThemeText text, String[] keys, int i, List<Phrase> phrases, List<Match> into) {
        if (phrases == null) {
            return;
        }
        for (Phrase p : phrases) {
            int last = i + p.words().length - 1;
            if (last >= text.size) {
                continue;
            }
            boolean ok = true;
            for (int w = 0; w < p.words().length && ok; w++) {
                boolean isLast = w == p.words().length - 1;
                ok = (w == 0 || text.joinedBefore(i + w))
                        && wordMatches(p.words()[w], isLast && p.prefix() ? text.word(i + w) : keys[i + w], isLast, isLast && p.prefix());
            }
            if (ok) {
                into.add(new Match(p.theme(), i, last, text.start(i), text.end(last), -1));
            }
        }
    }

    private static boolean wordMatches(String synonymWord, String word, boolean last, boolean prefix) {
        if (prefix) {
            return word.startsWith(synonymWord);
        }
        return word.equals(synonymWord)
                || last && word.length() == synonymWord.length() + 2 && word.endsWith("'s") && word.startsWith(synonymWord);
    }

    /** @return the character where the negation cue of the match at word {@code first} starts, or -1 */
    static int negationCue(ThemeText text, int first, int[] owner) {
        int k = first;
        for (int steps = 0; steps < NEGATION_WINDOW && k > 0; steps++) {
            if (text.clauseBreakBefore(k)) {
                return -1;
            }
            int j = k - 1;
            if (owner == null || owner[j] < 0) {
                int cue = cueAt(text, j, owner);
                if (cue >= 0) {
                    return cue;
                }
            }
            k = j;
        }
        return -1;
    }

    /** @return the start of a negation cue ending at word j, or -1 */
    private static int cueAt(ThemeText text, int j, int[] owner) {
        String word = text.word(j);
        boolean hyphenated = j + 1 < text.size && text.hyphenBefore(j + 1) || text.hyphenBefore(j) && j > 0;
        if (!hyphenated && (CUES.contains(word) || word.endsWith("n't"))) {
            boolean softened = (word.equals("not") || word.equals("no") || word.equals("не")) && j + 1 < text.size
                    && NOT_NEGATING_AFTER_NOT_OR_NO.contains(text.word(j + 1));
            return softened ? -1 : text.start(j);
        }
        if (j > 0 && !text.clauseBreakBefore(j) && (owner == null || owner[j - 1] < 0)
                && TWO_WORD_CUES.contains(text.word(j - 1) + " " + word)) {
            return text.start(j - 1);
        }
        return -1;
    }
}
