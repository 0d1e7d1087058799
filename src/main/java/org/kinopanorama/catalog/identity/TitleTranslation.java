package org.kinopanorama.catalog.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether an English title says, word for word, what a Russian title says: "The Dawns Here Are Quiet" and
 * «А зори здесь тихие», "The Story of Asya Klyachina" and «История Аси Клячиной, которая любила, да не вышла замуж».
 * The bridge between a curated list's English title and a dataset's Russian one when no source gives both.
 * Plain Java, static and thread-safe.
 *
 * <p>Every word of one title (but little words: articles, prepositions, conjunctions, auxiliaries) must answer
 * one word of the other, and no word may be left over: either a word of the glossary
 * ({@code identity/title-glossary.txt}: "dawn" is a Russian word starting «зор», «зар» or «рассвет», with at most
 * four more letters) or, for names and loan words, the same word transliterated ("Klyachina" and «Клячиной»,
 * "Berlin" and «Берлина», "Commissar" and «Комиссар»). A title is compared whole, and also its part before a
 * comma, colon or dash ("The Irony of Fate, or Enjoy Your Bath!" is also "The Irony of Fate"); a Russian title's
 * disambiguation in parentheses («Цыган (фильм, 1979)») is not part of it. Word order does not count (Russian's
 * is free), so this is evidence for the same film, never a proof on its own: the caller wants years and no rival.
 */
public final class TitleTranslation {

    /** English words of a title that say nothing of the film on their own. */
    private static final Set<String> ENGLISH_LITTLE = Set.of("the", "a", "an", "of", "and", "or", "in", "on", "at", "to", "for",
            "with", "from", "by", "is", "are", "was", "were", "be", "do", "does", "did", "s");
    /** Russian ones (conjunctions, prepositions, particles). */
    private static final Set<String> RUSSIAN_LITTLE = Set.of("а", "и", "в", "во", "о", "об", "обо", "на", "с", "со", "к", "ко",
            "по", "из", "у", "за", "от", "до", "для", "или", "же", "ли", "бы", "да");
    /** Letters a Russian stem may be followed by in a word: an inflection, not another word. */
    private static final int MAX_ENDING = 4;
    /** Titles longer than this (in content words) are not compared: film titles are short, the search is not linear. */
    static final int MAX_WORDS = 12;
    private static final Pattern LATIN_WORD = Pattern.compile("[a-z]+");
    private static final Pattern CYRILLIC_WORD = Pattern.compile("[а-я]+");
    private static final Pattern CUT = Pattern.compile("[,:;.!?—–]| - ");
    private static final Pattern PARENTHESES = Pattern.compile("\\([^()]*\\)");

    /** English word to its translations, each a list of Russian stems (one per Russian word it takes). */
    private static final Map<String, List<List<Stem>>> GLOSSARY = load("/identity/title-glossary.txt");

    private record Stem(String text, boolean exact) {
        boolean matches(String word) {
            return exact ? word.equals(text) : word.startsWith(text) && word.length() - text.length() <= MAX_ENDING;
        }
    }

    private TitleTranslation() {
    }

    /**
     * How the English title translates the Russian one, word by word ("dawns = зори, here = здесь, quiet = тихие"),
     * or empty when it does not (a word of either left without its counterpart).
     */
    public static Optional<String> explain(String english, String russian) {
        if (english == null || russian == null || hasCyrillic(english) || !hasCyrillic(russian)) {
            return Optional.empty();
        }
        return explain(english(english), russian(russian));
    }

    /** An English title's words, worked out once for comparing it with many Russian ones. */
    static Set<List<String>> english(String title) {
        return title == null || hasCyrillic(title) ? Set.of() : forms(title, LATIN_WORD, ENGLISH_LITTLE, false);
    }

    /** A Russian title's words, worked out once for comparing it with many English ones. */
    static Set<List<String>> russian(String title) {
        return title == null || !hasCyrillic(title) ? Set.of() : forms(title, CYRILLIC_WORD, RUSSIAN_LITTLE, true);
    }

    static Optional<String> explain(Set<List<String>> english, Set<List<String>> russian) {
        for (List<String> en : english) {
            for (List<String> ru : russian) {
                if (en.isEmpty() || ru.isEmpty() || ru.size() > MAX_WORDS || ru.size() > en.size() * 2 || en.size() > ru.size()) {
                    continue;
                }
                List<String> said = new ArrayList<>();
                if (cover(en, 0, ru, new boolean[ru.size()], said)) {
                    return Optional.of(String.join(", ", said));
                }
            }
        }
        return Optional.empty();
    }

    /** The title's content words, whole and before its first cut, lower case (Russian ё as е). */
    private static Set<List<String>> forms(String title, Pattern word, Set<String> little, boolean russian) {
        String t = title.toLowerCase(Locale.ROOT).replace('ё', 'е').replace('’', '\'');
        if (russian) {
            t = PARENTHESES.matcher(t).replaceAll(" ");
        } else {
            t = t.replaceAll("'s\\b", "");
        }
        Set<List<String>> out = new LinkedHashSet<>();
        out.add(words(t, word, little));
        Matcher cut = CUT.matcher(t);
        if (cut.find() && cut.start() > 0) {
            out.add(words(t.substring(0, cut.start()), word, little));
        }
        return out;
    }

    private static List<String> words(String text, Pattern word, Set<String> little) {
        List<String> out = new ArrayList<>();
        Matcher m = word.matcher(text);
        while (m.find()) {
            if (!little.contains(m.group())) {
                out.add(m.group());
            }
        }
        // a title with a number ("Т-34", "Solaris 2") is not compared: no word answers the number, nothing would tell them apart
        return text.replaceAll("[\\p{L}]", "").chars().anyMatch(Character::isDigit) ? List.of() : out;
    }

    /** Every English word from {@code i} on answers unused Russian words, and at the end none is left unused. */
    private static boolean cover(List<String> en, int i, List<String> ru, boolean[] used, List<String> said) {
        if (i == en.size()) {
            for (boolean u : used) {
                if (!u) {
                    return false;
                }
            }
            return true;
        }
        String w = en.get(i);
        for (List<Stem> phrase : translations(w)) {
            List<Integer> taken = take(phrase, ru, used);
            if (taken != null) {
                said.add(w + " = " + String.join(" ", taken.stream().map(ru::get).toList()));
                if (cover(en, i + 1, ru, used, said)) {
                    return true;
                }
                said.remove(said.size() - 1);
                taken.forEach(k -> used[k] = false);
            }
        }
        for (int k = 0; k < ru.size(); k++) {
            if (!used[k] && sameName(w, ru.get(k))) {
                used[k] = true;
                said.add(w + " = " + ru.get(k));
                if (cover(en, i + 1, ru, used, said)) {
                    return true;
                }
                said.remove(said.size() - 1);
                used[k] = false;
            }
        }
        return false;
    }

    /** Marks one unused Russian word per stem of the phrase; null (and nothing marked) when one is missing. */
    private static List<Integer> take(List<Stem> phrase, List<String> ru, boolean[] used) {
        List<Integer> taken = new ArrayList<>();
        for (Stem s : phrase) {
            int found = -1;
            for (int k = 0; k < ru.size() && found < 0; k++) {
                if (!used[k] && s.matches(ru.get(k))) {
                    found = k;
                }
            }
            if (found < 0) {
                taken.forEach(k -> used[k] = false);
                return null;
            }
            used[found] = true;
            taken.add(found);
        }
        return taken;
    }

    /** The glossary's translations of an English word, also of its singular ("dawns", "stories"). */
    private static List<List<Stem>> translations(String word) {
        List<List<Stem>> out = new ArrayList<>(GLOSSARY.getOrDefault(word, List.of()));
        if (word.endsWith("ies")) {
            out.addAll(GLOSSARY.getOrDefault(word.substring(0, word.length() - 3) + "y", List.of()));
        }
        if (word.endsWith("es")) {
            out.addAll(GLOSSARY.getOrDefault(word.substring(0, word.length() - 2), List.of()));
        }
        if (word.endsWith("s")) {
            out.addAll(GLOSSARY.getOrDefault(word.substring(0, word.length() - 1), List.of()));
        }
        return out;
    }

    /**
     * A name or loan word written in both scripts: the English spelling and the Russian word's romanisation sound
     * alike (c and k, y and i, w and v, double letters are one) and differ at most in an ending.
     */
    static boolean sameName(String english, String russianWord) {
        if (english.length() < 4 || russianWord.length() < 3) {
            return false;
        }
        String a = sound(english);
        String b = sound(TitleMatcher.normalize(russianWord).replace(" ", ""));
        int common = 0;
        while (common < a.length() && common < b.length() && a.charAt(common) == b.charAt(common)) {
            common++;
        }
        int shorter = Math.min(a.length(), b.length());
        int longer = Math.max(a.length(), b.length());
        return common >= 3 && common >= shorter - 2 && longer - common <= 3;
    }

    private static String sound(String latin) {
        String s = latin.toLowerCase(Locale.ROOT)
                .replace("ch", "\u0001").replace("ck", "k").replace('c', 'k').replace("\u0001", "ch")
                .replace("ph", "f").replace('w', 'v').replace("x", "ks").replace('j', 'y').replace('y', 'i');
        return s.replaceAll("(.)\\1+", "$1");
    }

    private static Map<String, List<List<Stem>>> load(String resource) {
        Map<String, List<List<Stem>>> out = new HashMap<>();
        try (InputStream in = TitleTranslation.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                line = line.strip();
                int colon = line.indexOf(':');
                if (line.isEmpty() || line.startsWith("#") || colon < 0) {
                    continue;
                }
                String english = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
                for (String value : line.substring(colon + 1).split("\\|")) {
                    List<Stem> phrase = new ArrayList<>();
                    for (String s : value.strip().toLowerCase(Locale.ROOT).replace('ё', 'е').split("\\s+")) {
                        if (!s.isEmpty()) {
                            phrase.add(s.endsWith("=") ? new Stem(s.substring(0, s.length() - 1), true) : new Stem(s, false));
                        }
                    }
                    if (!phrase.isEmpty()) {
                        out.computeIfAbsent(english, k -> new ArrayList<>()).add(List.copyOf(phrase));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(out);
    }

    private static boolean hasCyrillic(String s) {
        return s.chars().anyMatch(c -> Romanization.isCyrillic((char) c));
    }
}
