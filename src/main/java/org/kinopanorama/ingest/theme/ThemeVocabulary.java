package org.kinopanorama.ingest.theme;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The controlled vocabulary of themes, read from a versioned UTF-8 file (bundled: {@value #RESOURCE}).
 * <pre>
 * # comment
 * version: 1
 * slug | English label | Russian label | synonym; synonym; prefix*
 * </pre>
 * Blank lines and lines starting with {@code #} are skipped. The first other line is {@code version: n}
 * (n &ge; 1); every line after it is a theme. Loading fails with a {@link VocabularyFormatException} naming
 * the line when: the version line is missing or repeated, a theme line has not four fields, a slug is not
 * {@code [a-z0-9]+(-[a-z0-9]+)*} or is a duplicate, a label is missing, a Russian label has no Cyrillic
 * letter or an English one has some, two themes share a label, a theme has no synonym, or a synonym is not
 * lower-case words (letters, digits, inner apostrophes) separated by spaces or hyphens with an optional
 * trailing {@code *} on a last word of at least three characters, or is listed twice for one theme.
 * Labels are normalised to Unicode NFC. Immutable and thread-safe.
 */
public final class ThemeVocabulary {

    /** Classpath location of the bundled vocabulary. */
    public static final String RESOURCE = "/themes/vocabulary.txt";

    private static final Pattern VERSION = Pattern.compile("version\\s*:\\s*(\\d{1,9})");
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final String WORD = "[\\p{Ll}\\p{Nd}]+(?:'[\\p{Ll}\\p{Nd}]+)*";
    private static final Pattern SYNONYM = Pattern.compile(WORD + "(?:(?: +| *- *)" + WORD + ")*(\\*)?");
    private static final Pattern CYRILLIC = Pattern.compile("\\p{IsCyrillic}");
    private static final int MIN_PREFIX = 3;

    private final int version;
    private final List<ThemeDefinition> themes;
    private final Map<String, ThemeDefinition> bySlug;
    private final Map<String, Integer> indexBySlug;

    private ThemeVocabulary(int version, List<ThemeDefinition> themes) {
        this.version = version;
        this.themes = List.copyOf(themes);
        Map<String, ThemeDefinition> map = new HashMap<>();
        Map<String, Integer> indices = new HashMap<>();
        for (ThemeDefinition theme : themes) {
            map.put(theme.slug(), theme);
            indices.put(theme.slug(), indices.size());
        }
        this.bySlug = Map.copyOf(map);
        this.indexBySlug = Map.copyOf(indices);
    }

    /**
     * Reads a vocabulary file (UTF-8, an optional byte order mark, LF or CRLF line ends). The stream is
     * read to its end and left open.
     *
     * @throws VocabularyFormatException when the file is malformed; the message names the line
     * @throws UncheckedIOException      when the stream cannot be read
     */
    public static ThemeVocabulary load(InputStream in) {
        Objects.requireNonNull(in, "in");
        byte[] bytes;
        try {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        Parser parser = new Parser();
        int lineNumber = 0;
        int from = 0;
        while (from < bytes.length) {
            int to = from;
            while (to < bytes.length && bytes[to] != '\n') {
                to++;
            }
            lineNumber++;
            String line;
            try {
                line = utf8.decode(ByteBuffer.wrap(bytes, from, to - from)).toString();
            } catch (CharacterCodingException e) {
                throw new VocabularyFormatException(lineNumber, "not valid UTF-8");
            }
            if (line.endsWith("\r")) {
                line = line.substring(0, line.length() - 1);
            }
            if (lineNumber == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            parser.line(lineNumber, line);
            from = to + 1;
        }
        return parser.finish(lineNumber);
    }

    /** The vocabulary bundled with the application ({@value #RESOURCE}), read once. */
    public static ThemeVocabulary bundled() {
        return Bundled.VOCABULARY;
    }

    public int version() {
        return version;
    }

    /** The themes in file order. */
    public List<ThemeDefinition> themes() {
        return themes;
    }

    public Optional<ThemeDefinition> bySlug(String slug) {
        return Optional.ofNullable(slug == null ? null : bySlug.get(slug));
    }

    /** Position of the theme in {@link #themes()}, or -1. */
    int indexOf(String slug) {
        return slug == null ? -1 : indexBySlug.getOrDefault(slug, -1);
    }

    private static final class Bundled {
        static final ThemeVocabulary VOCABULARY = read();

        private static ThemeVocabulary read() {
            try (InputStream in = ThemeVocabulary.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(RESOURCE + " is not on the classpath");
                }
                return load(in);
            } catch (VocabularyFormatException e) {
                throw new IllegalStateException(RESOURCE + " " + e.getMessage(), e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static final class Parser {
        private Integer version;
        private final List<ThemeDefinition> themes = new ArrayList<>();
        private final Map<String, Integer> slugLines = new HashMap<>();
        private final Map<String, Integer> labelLines = new LinkedHashMap<>();

        void line(int number, String raw) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                return;
            }
            Matcher versionLine = VERSION.matcher(line);
            if (versionLine.matches()) {
                if (version != null) {
                    throw new VocabularyFormatException(number, "a second version line");
                }
                version = Integer.parseInt(versionLine.group(1));
                if (version < 1) {
                    throw new VocabularyFormatException(number, "the version must be 1 or more");
                }
                return;
            }
            if (version == null) {
                throw new VocabularyFormatException(number, "expected 'version: <number>' before the first theme");
            }
            themes.add(theme(number, line));
        }

        private ThemeDefinition theme(int number, String line) {
            String[] fields = line.split("\\|", -1);
            if (fields.length != 4) {
                throw new VocabularyFormatException(number, "expected 4 fields 'slug | English label | Russian label | synonyms', found "
                        + fields.length);
            }
            String slug = fields[0].strip();
            String labelEn = Normalizer.normalize(fields[1].strip(), Normalizer.Form.NFC);
            String labelRu = Normalizer.normalize(fields[2].strip(), Normalizer.Form.NFC);
            if (!SLUG.matcher(slug).matches()) {
                throw new VocabularyFormatException(number, "bad slug '" + slug
                        + "' (lower-case letters a-z, digits and single hyphens, e.g. world-war-ii)");
            }
            Integer firstLine = slugLines.putIfAbsent(slug, number);
            if (firstLine != null) {
                throw new VocabularyFormatException(number, "duplicate slug '" + slug + "' (first on line " + firstLine + ")");
            }
            if (labelEn.isEmpty()) {
                throw new VocabularyFormatException(number, "theme '" + slug + "' has no English label");
            }
            if (labelRu.isEmpty()) {
                throw new VocabularyFormatException(number, "theme '" + slug + "' has no Russian label");
            }
            if (CYRILLIC.matcher(labelEn).find()) {
                throw new VocabularyFormatException(number, "the English label '" + labelEn + "' of '" + slug + "' has Cyrillic letters");
            }
            if (!CYRILLIC.matcher(labelRu).find()) {
                throw new VocabularyFormatException(number, "the Russian label '" + labelRu + "' of '" + slug + "' has no Cyrillic letter");
            }
            for (String label : List.of("en:" + labelEn.toLowerCase(Locale.ROOT), "ru:" + labelRu.toLowerCase(Locale.ROOT))) {
                Integer other = labelLines.putIfAbsent(label, number);
                if (other != null) {
                    throw new VocabularyFormatException(number, "theme '" + slug + "' has the label '" + label.substring(3)
                            + "' of the theme on line " + other);
                }
            }
            return new ThemeDefinition(slug, labelEn, labelRu, synonyms(number, slug, fields[3]));
        }

        private static List<String> synonyms(int number, String slug, String field) {
            List<String> synonyms = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (String part : field.split(";")) {
                String synonym = part.strip().replaceAll("\\s+", " ");
                if (synonym.isEmpty()) {
                    continue;
                }
                if (!synonym.equals(synonym.toLowerCase(Locale.ROOT))) {
                    throw new VocabularyFormatException(number, "synonym '" + synonym + "' of '" + slug + "' must be lower-case");
                }
                Matcher m = SYNONYM.matcher(synonym);
                if (!m.matches()) {
                    throw new VocabularyFormatException(number, "bad synonym '" + synonym + "' of '" + slug
                            + "' (words of letters and digits, separated by spaces or hyphens, an optional * at the end)");
                }
                if (m.group(1) != null) {
                    String body = synonym.substring(0, synonym.length() - 1);
                    String lastWord = body.substring(Math.max(body.lastIndexOf(' '), body.lastIndexOf('-')) + 1);
                    if (lastWord.length() < MIN_PREFIX) {
                        throw new VocabularyFormatException(number, "prefix '" + synonym + "' of '" + slug
                                + "' is too short (at least " + MIN_PREFIX + " letters before *)");
                    }
                }
                if (!seen.add(synonym)) {
                    throw new VocabularyFormatException(number, "synonym '" + synonym + "' is listed twice for '" + slug + "'");
                }
                synonyms.add(synonym);
            }
            if (synonyms.isEmpty()) {
                throw new VocabularyFormatException(number, "theme '" + slug + "' has no synonyms");
            }
            return synonyms;
        }

        ThemeVocabulary finish(int lines) {
            if (version == null) {
                throw new VocabularyFormatException(Math.max(1, lines), "no 'version: <number>' line");
            }
            if (themes.isEmpty()) {
                throw new VocabularyFormatException(Math.max(1, lines), "no themes");
            }
            return new ThemeVocabulary(version, themes);
        }
    }
}
