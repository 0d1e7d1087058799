package org.kinopanorama.catalog.identity;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;

/**
 * Decides whether two film records coming from different sources (curated lists, MovieLens-style
 * datasets, Russian catalogues) describe the same film, by <em>exact equality of normalised title
 * keys</em> plus a year check. Plain Java: no Quarkus, no JPA, no I/O; all methods are static,
 * side-effect free and thread-safe.
 *
 * <h2>Contract</h2>
 *
 * <ul>
 *   <li>{@link #normalize(String)} maps a title to a <em>key</em>. Two titles with equal keys are
 *       considered the same title. The key is lower case ASCII letters and digits separated by
 *       single spaces (letters of scripts ICU cannot romanise are kept as they are, lower-cased).
 *       Equal keys mean the titles differ only in: letter case; script (Cyrillic is romanised
 *       with BGN/PCGN, other scripts with ICU {@code Any-Latin}); diacritics; {@code ё/е};
 *       apostrophes and soft/hard signs ({@code ' ’ ʼ ʹ ʺ}, which are <em>deleted</em>, so
 *       {@code sud'by = sudby}); other punctuation, quotes, dashes and whitespace (all of which
 *       only separate words); dots inside acronyms ({@code U.S.S.R. = USSR}); {@code & = and};
 *       and a leading English article ({@code The/A/An}, also written MovieLens-style at the end:
 *       {@code "Cranes Are Flying, The"}).
 *   <li>{@link #keys(String)} adds the keys of <em>alternative titles</em> written inside one
 *       title string: {@code "X, or Y"}, {@code "X (Y)"}, {@code "X / Y"}. See there for what is
 *       deliberately <em>not</em> split (subtitles after {@code ':'}, part numbers).
 *   <li>{@link #sameFilm} = at least one key in common and {@link #yearsCompatible compatible
 *       years} (off by one at most; unknown year matches any).
 * </ul>
 *
 * <h2>What is not done, on purpose</h2>
 *
 * No fuzzy matching: no edit distance, no token sorting, no prefix or containment matching, no
 * stemming, no stop-word removal other than the leading article, no translation. Soviet film
 * titles are short and formulaic ("The Star" / "The Stationmaster", "The Shield and the Sword" /
 * "The Sword and the Shield", episodes of one series in the same year), so any similarity
 * threshold merges different films; a merge loses a film from the catalogue, whereas a missed
 * match only leaves a duplicate that a curator can join. Consequently different transliteration
 * systems do <em>not</em> meet: "Yolki" (English press) ≠ "Ёлки" (BGN: "yelki").
 *
 * <h2>Performance and threads</h2>
 *
 * The ICU transliterators are created once. ICU documents {@code Transliterator} as stateless and
 * shareable between threads without synchronisation; its rule-based implementation does
 * synchronise internally on the compiled rule data, which is shared by all instances of one ID
 * (so per-thread instances would not help). To keep that lock off the common path, titles that
 * are pure ASCII never touch ICU, and ICU's {@code Any-Latin}/{@code Latin-ASCII} only run when
 * the text still contains characters that need them.
 */
public final class TitleMatcher {

    private TitleMatcher() {
    }

    // ---------------------------------------------------------------- ICU, created once

    private static final Transliterator RUSSIAN_LATIN = Transliterator.getInstance("Russian-Latin/BGN");
    private static final Transliterator ANY_LATIN = Transliterator.getInstance("Any-Latin");
    private static final Transliterator LATIN_ASCII = Transliterator.getInstance("Latin-ASCII");
    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();

    // ---------------------------------------------------------------- patterns

    /** MovieLens puts the article last: "Cranes Are Flying, The" (possibly before "(...)" or " / "). */
    private static final Pattern TRAILING_ARTICLE =
            Pattern.compile("(?i),\\s*(?:the|an?)\\s*(?=$|[(\\[/])");

    /** Acronyms written with dots: "U.S.S.R." / "S.O.S" become "USSR" / "SOS". */
    private static final Pattern DOTTED_ACRONYM =
            Pattern.compile("(?<![\\p{L}\\p{N}])(?:\\p{L}\\.){2,}(?:\\p{L}(?![\\p{L}\\p{N}]))?");

    /**
     * Separator of alternative titles: "X, or Y", "X; or, Y", "X or, Y", "X or: Y"; Russian "или"
     * (applied after romanisation, where it reads "ili"; the Cyrillic spelling is kept for safety).
     */
    private static final Pattern ALTERNATIVE_OR = Pattern.compile(
            "\\s*[,;]\\s*(?:or|или|ili)[,:]?(?:\\s+|$)|\\s+(?:or|или|ili)\\s*[,:](?:\\s+|$)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** "X / Y" (a slash with white space around it; "24/7" is not split). */
    private static final Pattern SLASH = Pattern.compile("\\s+/\\s+");

    /** "a.k.a. Y" inside parentheses (the prefix must be followed by white space or a colon). */
    private static final Pattern AKA_PREFIX = Pattern.compile(
            "^\\s*(?:a\\.\\s?k\\.\\s?a\\.?|aka|also known as|original title|orig\\.)(?:\\s*:\\s*|\\s+)",
            Pattern.CASE_INSENSITIVE);

    private static final String YEAR = "(?:18|19|20)\\d\\d";
    private static final String YEARS = YEAR + "(?: " + YEAR + "| \\d\\d)?";
    private static final String ROMAN = "(?=[ivx])x{0,3}(?:ix|iv|v?i{0,3})";
    private static final String NUMBER = "(?:\\d+|" + ROMAN + "|one|two|three|four|five|six|seven|eight|nine|ten)";
    private static final String ORDINAL = "(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
            + "|last|final|pervaya|vtoraya|tretya|chetvertaya|pyataya|shestaya|sedmaya"
            + "|pervyy|vtoroy|tretiy|chetvertyy|pyatyy)";
    private static final String PART_WORD = "(?:part|pt|chapter|episode|ep|vol|volume|book|season|series|film"
            + "|chast|seriya|seriia|seria|glava|kniga|sezon|vypusk|epizod|novella)";
    private static final String DESCRIPTION = "(?:(?:soviet|ussr|russian|english|animated|short|silent) )?"
            + "(?:film|movie|tv|tv movie|tv film|tv series|tv mini series|mini series|miniseries"
            + "|video|short|short film|documentary|animation|animated|cartoon|uncut|restored"
            + "|remastered|colori[sz]ed|colour|color|b w|black and white|directors cut|director s cut"
            + "|extended|extended version|extended cut|original version|full version|remake)";

    /**
     * Parenthesised text that only describes the record ("1975", "1975 film", "TV"...): dropped; the
     * title before it is a key of its own. Matched against the normalised inner text.
     */
    private static final Pattern NOISE_PAREN =
            Pattern.compile(YEARS + "|" + DESCRIPTION + "|" + YEARS + " " + DESCRIPTION);

    /**
     * Parenthesised text that distinguishes films ("Part 1", "2-ya seriya", "II"): the title is
     * not split, because the bare title before it would merge different parts.
     */
    private static final Pattern QUALIFIER_PAREN = Pattern.compile(
            NUMBER
                    + "|" + PART_WORD + " " + NUMBER
                    + "|" + NUMBER + "(?: [a-z]{1,3})? " + PART_WORD
                    + "|" + ORDINAL + " " + PART_WORD
                    + "|" + PART_WORD + " " + ORDINAL);

    private static final int MAX_DEPTH = 6;

    // ---------------------------------------------------------------- normalize

    /**
     * The normalised form of a title, used as a database lookup key.
     *
     * <p>Steps: non-ASCII text is NFKC-normalised and lower-cased, Cyrillic {@code ё} becomes
     * {@code е} and Cyrillic is transliterated with ICU {@code Russian-Latin/BGN}; apostrophe-like
     * characters and the BGN marks for soft sign, hard sign and the digraph separator ({@code ' `
     * ´ ’ ‘ ʼ ʹ ʺ ·} and similar) are deleted; remaining non-Latin scripts go through ICU {@code
     * Any-Latin}, then everything through {@code Latin-ASCII}. Then a trailing {@code ", The" /
     * ", A" / ", An"} (at the end or before {@code "("}, {@code "["} or {@code "/"}) is removed;
     * dotted acronyms lose their dots; {@code &} becomes {@code and}; every other character that
     * is not a letter or digit separates words; words are joined by single spaces; leading
     * articles {@code the/a/an} are removed as long as another word remains ({@code "The"} alone
     * stays {@code "the"}).
     *
     * <p>Never returns {@code null}. Returns {@code ""} for {@code null} and for a title without any
     * letter or digit (e.g. {@code "?!"}, {@code "&"}; apostrophe-like characters and a lone
     * {@code ь}/{@code ъ} do not count as letters); otherwise the result is not empty. The
     * function is idempotent: {@code normalize(normalize(t)).equals(normalize(t))}.
     *
     * <p>Examples: {@code "The Irony of Fate, or Enjoy Your Bath!"} → {@code "irony of fate or enjoy
     * your bath"}; {@code "Ирония судьбы, или С лёгким паром!"} → {@code "ironiya sudby ili s legkim
     * parom"}; {@code "Cranes Are Flying, The"} → {@code "cranes are flying"}.
     */
    public static String normalize(String title) {
        if (title == null || title.isEmpty()) {
            return "";
        }
        return normalizeLatin(romanize(title));
    }

    /** ASCII text as it is; anything else through {@link #toLatin}. Punctuation survives. */
    private static String romanize(String title) {
        return isAscii(title) ? title : toLatin(title);
    }

    /** The rest of {@link #normalize} for text that went through {@link #romanize}. */
    private static String normalizeLatin(String latin) {
        String s = latin;
        if (s.indexOf(',') >= 0) {
            s = TRAILING_ARTICLE.matcher(s).replaceAll("");
        }
        if (s.indexOf('.') >= 0) {
            s = removeAcronymDots(s);
        }
        return dropLeadingArticles(fold(s));
    }

    /** Non-ASCII path: NFKC, lower case, BGN for Cyrillic, delete joiners, Any-Latin, Latin-ASCII. */
    private static String toLatin(String title) {
        String s = NFKC.normalize(title).toLowerCase(Locale.ROOT);
        if (containsScript(s, Character.UnicodeScript.CYRILLIC)) {
            s = RUSSIAN_LATIN.transliterate(s.replace('ё', 'е'));
        }
        // BGN writes ь/ъ as ʹ/ʺ and separates some digraphs with "·"; Latin-ASCII would turn ʺ into '"'
        // (a word separator), so joiners must go before it.
        s = deleteJoiners(s);
        if (containsNonLatinLetter(s)) {
            s = ANY_LATIN.transliterate(s);
        }
        if (!isAscii(s)) {
            s = LATIN_ASCII.transliterate(s);
        }
        return s;
    }

    private static String removeAcronymDots(String s) {
        Matcher m = DOTTED_ACRONYM.matcher(s);
        if (!m.find()) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        int last = 0;
        do {
            out.append(s, last, m.start());
            for (int i = m.start(); i < m.end(); i++) {
                char c = s.charAt(i);
                if (c != '.') {
                    out.append(c);
                }
            }
            last = m.end();
        } while (m.find());
        return out.append(s, last, s.length()).toString();
    }

    /**
     * Lower case; letters and digits kept; joiners, combining marks and format characters deleted;
     * "&" to "and"; anything else a single space. Returns "" if no letter or digit was seen.
     */
    private static String fold(String s) {
        StringBuilder out = new StringBuilder(s.length() + 4);
        boolean pendingSpace = false;
        boolean sawLetterOrDigit = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (isJoiner(cp)) {
                continue;
            }
            if (Character.isLetter(cp)) {
                sawLetterOrDigit = true;
                if (pendingSpace && out.length() > 0) {
                    out.append(' ');
                }
                pendingSpace = false;
                out.appendCodePoint(Character.toLowerCase(cp));
            } else if (Character.isDigit(cp)) {
                sawLetterOrDigit = true;
                if (pendingSpace && out.length() > 0) {
                    out.append(' ');
                }
                pendingSpace = false;
                int d = Character.digit(cp, 10);
                if (d >= 0) {
                    out.append((char) ('0' + d));
                } else {
                    out.appendCodePoint(cp);
                }
            } else if (cp == '&') {
                if (out.length() > 0) {
                    out.append(' ');
                }
                out.append("and");
                pendingSpace = true;
            } else {
                int type = Character.getType(cp);
                if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                        || type == Character.COMBINING_SPACING_MARK || type == Character.FORMAT) {
                    continue;
                }
                pendingSpace = true;
            }
        }
        return sawLetterOrDigit ? out.toString() : "";
    }

    private static String dropLeadingArticles(String s) {
        String result = s;
        while (true) {
            int space = result.indexOf(' ');
            if (space < 0) {
                return result;
            }
            String first = result.substring(0, space);
            if (!first.equals("the") && !first.equals("a") && !first.equals("an")) {
                return result;
            }
            result = result.substring(space + 1);
        }
    }

    /** Apostrophes, primes, modifier letters for soft/hard sign, BGN's digraph separator. */
    private static boolean isJoiner(int cp) {
        switch (cp) {
            case '\'':
            case '`':
            case '\u00B4': // ´ acute accent
            case '\u00B7': // · middle dot (BGN: т·с)
            case '\u02B9': // ʹ modifier prime (BGN: ь)
            case '\u02BA': // ʺ modifier double prime (BGN: ъ)
            case '\u02BB': // ʻ
            case '\u02BC': // ʼ modifier apostrophe
            case '\u02BD': // ʽ
            case '\u02C8': // ˈ
            case '\u2018': // ‘
            case '\u2019': // ’
            case '\u201B': // ‛
            case '\u2032': // ′
            case '\u2033': // ″
            case '\u2027': // ‧ hyphenation point
            case '\u00AD': // soft hyphen
                return true;
            default:
                return false;
        }
    }

    private static String deleteJoiners(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isJoiner(c)) {
                if (out == null) {
                    out = new StringBuilder(s.length()).append(s, 0, i);
                }
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? s : out.toString();
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static boolean containsScript(String s, Character.UnicodeScript script) {
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp >= 0x80 && Character.UnicodeScript.of(cp) == script) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsNonLatinLetter(String s) {
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp >= 0x80 && Character.isLetter(cp)) {
                Character.UnicodeScript script = Character.UnicodeScript.of(cp);
                if (script != Character.UnicodeScript.LATIN && script != Character.UnicodeScript.COMMON
                        && script != Character.UnicodeScript.INHERITED) {
                    return true;
                }
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- keys

    /**
     * Every key a title can be found by, in a small insertion-ordered, unmodifiable set; the first
     * element is {@code normalize(title)}. Empty for {@code null} and for titles without letters or
     * digits. Alternative titles inside the string add their own keys (recursively, so
     * {@code "X, or Y (Z, ili W)"} yields the keys of all of X, Y, Z, W and of the combinations):
     *
     * <ul>
     *   <li>{@code "X / Y"} (slash between spaces): X and Y.
     *   <li>{@code "X, or Y"}, {@code "X; or, Y"}, {@code "X or, Y"}, {@code "X or: Y"}, and Russian
     *       {@code "X, или Y"} / {@code "X, ili Y"}: X and Y.
     *   <li>{@code "X (Y)"} (a trailing parenthesis), by what Y is:
     *       <ul>
     *         <li>an alternative title (MovieLens' original title, {@code "a.k.a. Y"}): X and Y;
     *         <li>a year or a description ({@code "(1975)"}, {@code "(1975 film)"}, {@code
     *             "(TV)"}, {@code "(short)"}…): X only; Y never becomes a key, else every record
     *             saying "(1975)" or "(TV)" would share it;
     *         <li>a part number ({@code "(Part 2)"}, {@code "(2-ya seriya)"}, {@code "(II)"}):
     *             nothing; the bare title X would merge the parts of a multi-part film, which are
     *             released in consecutive years.
     *       </ul>
     *   <li>A leading article is removed and a trailing MovieLens article ({@code ", The"}) is
     *       dropped by {@link #normalize} in each part.
     * </ul>
     *
     * <p><b>Subtitles are not split</b>: for {@code "Moscow: Love"} or {@code "Liberation: The Fire
     * Bulge"} only the full title is a key, never the part before the colon, whatever its length.
     * Series and multi-part films share that part and come out within a year of each other
     * ("Liberation: The Fire Bulge" and "Liberation: Breakthrough", both 1970; "The Adventures of
     * Sherlock Holmes and Dr. Watson: …", several episodes in 1980), so a pre-colon key would merge
     * them. A record that has only the short title is then left unmerged, which is the lesser harm.
     */
    public static Set<String> keys(String title) {
        if (title == null || title.isEmpty()) {
            return Collections.emptySet();
        }
        Set<String> out = new LinkedHashSet<>(4);
        collect(romanize(title), out, 0);
        return Collections.unmodifiableSet(out);
    }

    /** The union of {@link #keys(String)} over all titles, in order; null elements are skipped. */
    public static Set<String> keys(Collection<String> titles) {
        if (titles == null || titles.isEmpty()) {
            return Collections.emptySet();
        }
        Set<String> out = new LinkedHashSet<>(titles.size() * 3);
        for (String title : titles) {
            if (title != null && !title.isEmpty()) {
                collect(romanize(title), out, 0);
            }
        }
        return Collections.unmodifiableSet(out);
    }

    /**
     * Adds the keys of {@code part}, which has been {@linkplain #romanize romanised} once for the
     * whole title: the splits happen at punctuation and spaces, which transliteration keeps, so a
     * part's key is the key of the same part of the original title, without transliterating again.
     */
    private static void collect(String part, Set<String> out, int depth) {
        String key = normalizeLatin(part);
        if (key.isEmpty()) {
            return;
        }
        out.add(key);
        if (depth >= MAX_DEPTH) {
            return;
        }
        if (part.indexOf('/') >= 0) {
            String[] slashParts = SLASH.split(part);
            if (slashParts.length > 1) {
                for (String p : slashParts) {
                    collect(p, out, depth + 1);
                }
                return;
            }
        }
        int open = trailingParenthesisStart(part);
        if (open >= 0) {
            String base = part.substring(0, open);
            String inner = part.substring(open + 1, part.lastIndexOf(')'));
            String innerKey = normalizeLatin(inner);
            if (innerKey.isEmpty() || NOISE_PAREN.matcher(innerKey).matches()) {
                collect(base, out, depth + 1);
            } else if (!QUALIFIER_PAREN.matcher(innerKey).matches()) {
                collect(base, out, depth + 1);
                collect(AKA_PREFIX.matcher(inner).replaceFirst(""), out, depth + 1);
            }
            return;
        }
        if (part.indexOf(',') < 0 && part.indexOf(';') < 0 && part.indexOf(':') < 0) {
            return; // every alternative separator contains one of these
        }
        if (ALTERNATIVE_OR.matcher(part).find()) {
            for (String p : ALTERNATIVE_OR.split(part, -1)) {
                collect(p, out, depth + 1);
            }
        }
    }

    /**
     * Index of the "(" that matches a ")" ending the (trimmed) text, if there is text before it;
     * else -1.
     */
    private static int trailingParenthesisStart(String s) {
        int end = s.length() - 1;
        while (end >= 0 && Character.isWhitespace(s.charAt(end))) {
            end--;
        }
        if (end < 0 || s.charAt(end) != ')') {
            return -1;
        }
        int depth = 0;
        for (int i = end; i >= 0; i--) {
            char c = s.charAt(i);
            if (c == ')') {
                depth++;
            } else if (c == '(') {
                depth--;
                if (depth == 0) {
                    return s.substring(0, i).isBlank() ? -1 : i;
                }
            }
        }
        return -1;
    }

    // ---------------------------------------------------------------- years and films

    /**
     * Whether two release years can belong to the same film: equal or one apart (production vs.
     * release year, festival vs. general release). {@code null} on either side (unknown) is
     * compatible with anything.
     */
    public static boolean yearsCompatible(Integer a, Integer b) {
        return a == null || b == null || Math.abs(a - b) <= 1;
    }

    /**
     * The same film: {@link #yearsCompatible compatible years} and at least one common key between
     * {@code keys(titlesA)} and {@code keys(titlesB)}. {@code null} or empty title collections never
     * match.
     */
    public static boolean sameFilm(Collection<String> titlesA, Integer yearA,
                                   Collection<String> titlesB, Integer yearB) {
        if (!yearsCompatible(yearA, yearB)) {
            return false;
        }
        Set<String> keysA = keys(titlesA);
        if (keysA.isEmpty()) {
            return false;
        }
        for (String key : keys(titlesB)) {
            if (keysA.contains(key)) {
                return true;
            }
        }
        return false;
    }
}
