package org.kinopanorama.ingest.dataset;

import org.kinopanorama.catalog.PosterPath;

import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A film of Soviet Bloc Cinema Data ({@code films/<slug>.yaml}) as a {@link FilmRecord}: Russian, original,
 * English and transliterated titles, year, countries, runtime, censorship status, external ids, directors,
 * screenwriters, cast, studios, genres (labelled from the vocabulary) and topics (the film's own
 * {@code topics:} plus every topic whose filter it meets). A record without id, Russian title or a usable
 * year is refused with the reason. Plain Java.
 */
public final class SovietFilmParser {

    public static final String SOURCE = "sbc";

    /** The claim a film's poster path is kept under (see {@link org.kinopanorama.catalog.FilmConsolidation#SHOWN_POSTER}). */
    public static final String POSTER_CLAIM = "poster_tmdb_path";

    private final SovietCinemaReference reference;

    public SovietFilmParser(SovietCinemaReference reference) {
        this.reference = reference;
    }

    /** The film in {@code content}, the bytes of {@code file} (which only names it). */
    public FilmRecord parse(Path root, Path file, byte[] content) throws BadRecordException {
        Map<String, Object> m = SovietCinemaReference.map(root, file, content);
        String name = root.relativize(file).toString();
        String id = text(m, "id", root, file);
        String titleRu = text(m, "title_ru", root, file);
        Object yearValue = m.get("year");
        if (yearValue == null || yearValue.toString().isBlank()) {
            throw new BadRecordException(name, "no year");
        }
        int year;
        try {
            year = Integer.parseInt(yearValue.toString().strip());
        } catch (NumberFormatException e) {
            throw new BadRecordException(name, "year '" + yearValue + "' is not a number");
        }
        if (year < 1890 || year > 2100) {
            throw new BadRecordException(name, "year " + year + " is out of range");
        }

        Map<String, List<String>> titles = FilmRecord.newTitles();
        titles.put("title_ru", List.of(titleRu));
        addTitle(titles, "title_original", SovietCinemaReference.optional(m, "title_original"));
        addTitle(titles, "title_en", SovietCinemaReference.optional(m, "title_en"));
        addTitle(titles, "title_alt", SovietCinemaReference.optional(m, "title_translit"));

        Map<String, String> ids = new LinkedHashMap<>();
        for (String kind : List.of("wikidata", "imdb", "tmdb")) {
            String v = SovietCinemaReference.externalId(m, kind);
            if (v != null && !v.isBlank()) {
                ids.put(kind, v);
            }
        }

        Map<String, List<String>> claims = new LinkedHashMap<>();
        List<String> countries = strings(m.get("country"));
        if (!countries.isEmpty()) {
            claims.put("country", countries);
        }
        String runtime = SovietCinemaReference.optional(m, "runtime_min");
        if (runtime != null) {
            claims.put("runtime_min", List.of(runtime));
        }
        String censorship = SovietCinemaReference.optional(m, "censorship_status");
        if (censorship != null) {
            claims.put("censorship", List.of(censorship));
        }
        // a poster path of any other shape than /abc123.jpg is left out: it will be put after an image host's address
        PosterPath.of(SovietCinemaReference.optional(m, "poster_tmdb_path"))
                .ifPresent(poster -> claims.put(POSTER_CLAIM, List.of(poster)));

        List<FilmRecord.Credit> people = new ArrayList<>();
        strings(m.get("director")).forEach(k -> people.add(new FilmRecord.Credit("director", k)));
        strings(m.get("screenwriter")).forEach(k -> people.add(new FilmRecord.Credit("screenwriter", k)));
        if (m.get("cast") instanceof List<?> cast) {
            for (Object c : cast) {
                Object person = c instanceof Map<?, ?> cm ? cm.get("person") : c;
                if (person != null && !person.toString().isBlank()) {
                    people.add(new FilmRecord.Credit("cast", person.toString().strip()));
                }
            }
        }
        List<FilmRecord.StudioRef> studios = strings(m.get("studio")).stream().map(FilmRecord.StudioRef::new).toList();
        List<FilmRecord.Genre> genres = strings(m.get("genre")).stream()
                .map(g -> new FilmRecord.Genre(g, reference.genreLabel(g))).toList();

        Set<String> topics = new LinkedHashSet<>(strings(m.get("topics")));
        List<String> composers = strings(m.get("composer"));
        List<String> directors = strings(m.get("director"));
        for (SovietCinemaReference.TopicInfo t : reference.topics().values()) {
            if (meets(t.filter(), year, countries, directors, composers)) {
                topics.add(t.key());
            }
        }
        // topics found by filter are part of what the record says: a changed topic changes the checksum
        byte[] derived = ("\n#topics " + topics + "\n#genres " + genres).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return new FilmRecord(SOURCE, id, checksum(content, derived), name, titles, year, ids, claims, people, studios, genres,
                List.copyOf(topics));
    }

    /**
     * A topic's filter, where it only names things a film record has (years, country, director, composer);
     * a filter on anything else (a book's author) is not evaluated: such topics take the films that name them.
     */
    static boolean meets(Map<String, Object> filter, int year, List<String> countries, List<String> directors,
                         List<String> composers) {
        if (filter == null || filter.isEmpty()) {
            return false;
        }
        for (Map.Entry<String, Object> e : filter.entrySet()) {
            String v = e.getValue() == null ? "" : e.getValue().toString();
            boolean ok = switch (e.getKey()) {
                case "year_from" -> year >= Integer.parseInt(v);
                case "year_to" -> year <= Integer.parseInt(v);
                case "country" -> countries.contains(v);
                case "director" -> directors.contains(v);
                case "composer" -> composers.contains(v);
                default -> false;
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    static String text(Map<String, Object> m, String key, Path root, Path file) throws BadRecordException {
        Object v = m.get(key);
        if (v == null || v.toString().isBlank()) {
            throw new BadRecordException(root.relativize(file).toString(), "no " + key);
        }
        return v.toString().strip();
    }

    private static void addTitle(Map<String, List<String>> titles, String kind, String title) {
        if (title != null && !title.isBlank()) {
            titles.put(kind, List.of(title.strip()));
        }
    }

    static List<String> strings(Object value) {
        List<String> out = new ArrayList<>();
        if (value instanceof List<?> list) {
            for (Object o : list) {
                if (o != null && !o.toString().isBlank() && !(o instanceof Map<?, ?>)) {
                    out.add(o.toString().strip());
                }
            }
        } else if (value != null && !value.toString().isBlank()) {
            out.add(value.toString().strip());
        }
        return out;
    }

    static String checksum(byte[]... parts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (byte[] p : parts) {
                sha.update(p);
            }
            return HexFormat.of().formatHex(sha.digest(), 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
