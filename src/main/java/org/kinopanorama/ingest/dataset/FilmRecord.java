package org.kinopanorama.ingest.dataset;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One film as one dataset describes it, before it is matched to the catalogue. Source-neutral: the
 * Soviet Bloc Cinema and MovieLens readers both produce it; {@link FilmLinker} writes it.
 *
 * @param source    "sbc" or "movielens": the dataset, also written on every field the record gives
 * @param recordId  the record's id in its dataset (film slug, movieId)
 * @param checksum  of the record's content, so an unchanged record is skipped on re-import
 * @param titles    titles by kind ("title_ru", "title_original", "title_en", "title_alt"), in the order given
 * @param externalIds "imdb" (tt0073179), "wikidata" (Q913426), "tmdb" (43430)
 * @param claims    other single or multi-valued fields by name ("country", "runtime_min", "censorship")
 * @param literarySources the literary works the film is based on, in the dataset's order (none for most films)
 */
public record FilmRecord(String source, String recordId, String checksum, String file,
                         Map<String, List<String>> titles, Integer year, Map<String, String> externalIds,
                         Map<String, List<String>> claims, List<Credit> people, List<StudioRef> studios,
                         List<Genre> genres, List<String> topics, List<LiterarySource> literarySources) {

    /** A record that names no literary source (MovieLens gives none). */
    public FilmRecord(String source, String recordId, String checksum, String file, Map<String, List<String>> titles,
                      Integer year, Map<String, String> externalIds, Map<String, List<String>> claims, List<Credit> people,
                      List<StudioRef> studios, List<Genre> genres, List<String> topics) {
        this(source, recordId, checksum, file, titles, year, externalIds, claims, people, studios, genres, topics, List.of());
    }

    /** A person's part in the film; {@code key} is the person's id in the dataset. */
    public record Credit(String role, String key) {
    }

    public record StudioRef(String key) {
    }

    /**
     * A literary work the film is based on ("Чайка", 1895, by Chekhov): {@code key} is the dataset's id of the link,
     * {@code authors} the authors' keys among the dataset's people, in order.
     */
    public record LiterarySource(String key, String title, String titleOriginal, Integer year, List<String> authors) {
    }

    /** {@code code} is common to all sources ("science_fiction"), {@code label} as the source names it. */
    public record Genre(String code, String label) {
    }

    /** Every title, in order, without repeats. */
    public List<String> allTitles() {
        List<String> all = new ArrayList<>();
        titles.values().forEach(ts -> ts.stream().filter(t -> !all.contains(t)).forEach(all::add));
        return all;
    }

    public String firstTitle(String kind) {
        List<String> ts = titles.get(kind);
        return ts == null || ts.isEmpty() ? null : ts.get(0);
    }

    static Map<String, List<String>> newTitles() {
        return new LinkedHashMap<>();
    }
}
