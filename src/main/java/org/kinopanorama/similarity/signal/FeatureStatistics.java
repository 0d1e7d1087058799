package org.kinopanorama.similarity.signal;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Counts over the whole catalogue that weigh a feature: how many films there are, how many have each kind of
 * data, and how many have each feature (its document frequency). A similarity built over only the films around a
 * change is given these, so that it weighs every feature exactly as one built over the whole catalogue would.
 *
 * <p>A feature is keyed by one letter for its kind and its name: {@code t} theme slug, {@code l} list id,
 * {@code w} word, {@code a} attribute ({@code adirector:person:42}). A kind of data is {@code t}, {@code l},
 * {@code w}, or {@code a:} and the attribute's kind ({@code a:director}).
 */
public final class FeatureStatistics {

    public static final char THEME = 't';
    public static final char LIST = 'l';
    public static final char WORD = 'w';
    public static final char ATTRIBUTE = 'a';
    /** The kind of data of films in any basket of films saved together (not one of a film's features). */
    public static final String IN_A_BASKET = "b";

    private final int films;
    private final Map<String, Integer> filmsByKind;
    private final Map<String, Integer> documentFrequency;
    private final Map<String, long[]> windows;

    public FeatureStatistics(int films, Map<String, Integer> filmsByKind, Map<String, Integer> documentFrequency) {
        this(films, filmsByKind, documentFrequency, Map.of());
    }

    /**
     * @param windows {@link #windowKey} &rarr; the first and last film id of the film's fallback window in the
     *                catalogue's films having the feature ({@link Neighbours#fallbackWindow})
     */
    public FeatureStatistics(int films, Map<String, Integer> filmsByKind, Map<String, Integer> documentFrequency,
                      Map<String, long[]> windows) {
        this.films = films;
        this.filmsByKind = filmsByKind;
        this.documentFrequency = documentFrequency;
        this.windows = windows;
    }

    /** The key of a film's fallback window in a feature's films, for a window of so many films either side. */
    public static String windowKey(long film, String key, int half) {
        return film + " " + half + " " + key;
    }

    /**
     * The first and last film id of the film's fallback window among the catalogue's films with this feature (the
     * {@code half} films before it and after it by id), or null when not given.
     */
    public long[] window(long film, String key, int half) {
        return windows.get(windowKey(film, key, half));
    }

    /** Counted among these films (the whole catalogue, in a full rebuild). */
    public static FeatureStatistics of(Collection<FilmFeatures> films) {
        Map<String, Integer> kinds = new HashMap<>();
        Map<String, Integer> df = new HashMap<>();
        for (FilmFeatures f : films) {
            Set<String> keys = keys(f);
            keys.forEach(k -> df.merge(k, 1, Integer::sum));
            kinds(keys).forEach(k -> kinds.merge(k, 1, Integer::sum));
        }
        return new FeatureStatistics(films.size(), kinds, df);
    }

    /** Every feature of the film, keyed as above; a word counts once however often it occurs. */
    public static Set<String> keys(FilmFeatures f) {
        Set<String> keys = new HashSet<>();
        f.themes().keySet().forEach(t -> keys.add(THEME + t));
        f.lists().keySet().forEach(l -> keys.add(LIST + l));
        f.tokens().forEach(w -> keys.add(WORD + w));
        f.attributes().forEach(a -> keys.add(ATTRIBUTE + a));
        return keys;
    }

    /** The kinds of data these feature keys belong to. */
    public static Set<String> kinds(Collection<String> keys) {
        Set<String> kinds = new HashSet<>();
        for (String key : keys) {
            kinds.add(kind(key));
        }
        return kinds;
    }

    static String kind(String key) {
        return key.charAt(0) == ATTRIBUTE ? kindOfAttribute(AttributeSimilarity.kind(key.substring(1))) : key.substring(0, 1);
    }

    /** The kind of data of attributes of this kind ({@code a:director} for {@code director}). */
    public static String kindOfAttribute(String attributeKind) {
        return ATTRIBUTE + ":" + attributeKind;
    }

    /** Number of films in the catalogue. */
    public int films() {
        return films;
    }

    /** Number of films having this kind of data ({@code t}, {@code l}, {@code w}, {@code a:director}...). */
    public int filmsWith(String kind) {
        return filmsByKind.getOrDefault(kind, 0);
    }

    /** Number of films having the feature. */
    int documentFrequency(char kind, String feature) {
        return documentFrequency.getOrDefault(kind + feature, 0);
    }

    /** The same for the feature key ({@code kind letter + name}). */
    int documentFrequency(String key) {
        return documentFrequency.getOrDefault(key, 0);
    }

    public Map<String, Integer> filmsByKind() {
        return filmsByKind;
    }

    public Map<String, Integer> documentFrequencies() {
        return documentFrequency;
    }
}
