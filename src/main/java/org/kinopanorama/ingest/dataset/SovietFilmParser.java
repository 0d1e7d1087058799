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
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * A film of Soviet Bloc Cinema Data ({@code films/<slug>.yaml}) as a {@link FilmRecord}: Russian, original,
 * English and transliterated titles, year, countries, runtime, censorship status, external ids (YouTube's
 * among them), directors, screenwriters, cinematographers, composers, cast in billing order, the literary works
 * it is based on (from {@code references/}), studios, genres (labelled from the vocabulary) and topics (the film's own
 * {@code topics:} plus every topic whose filter it meets). A record without id, Russian title or a usable
 * year is refused with the reason. Plain Java.
 */
public final class SovietFilmParser {

    public static final String SOURCE = "sbc";

    /** The claim a film's poster path is kept under (see {@link org.kinopanorama.catalog.identity.FilmConsolidation#SHOWN_POSTER}). */
    public static final String POSTER_CLAIM = "poster_tmdb_path";

    private final SovietCinemaReference reference;

    public SovietFilmParser(SovietCinemaReference reference) {
        this.reference = reference;
    }

    /** A YouTube video id: 11 characters of [A-Za-z0-9_-]; anything else is no link of ours. */
    static final Pattern YOUTUBE_ID = Pattern.compile("[A-Za-z0-9_-]{11}");
    /** Cast members kept per film, in billing order (the real dataset's longest cast has 297). */
    static final int MAX_CAST = 500;
    /** People kept per crew role (the real dataset has 84 cinematographers for one newsreel film, «Великое прощание»). */
    static final int MAX_CREW = 200;
    /** What a film's record is read into: when it changes, every record's checksum does, and a re-import rewrites them. */
    static final String READING = "credits-2";

    /** The film in {@code content}, the bytes of {@code file} (which only names it). */
    public FilmRecord parse(Path root, Path file, byte[] content) throws BadRecordException {
        return parse(root, file, content, problem -> { });
    }

    /**
     * As above; a field that is left out (an id of the wrong shape, names past a bound) is reported to {@code problems}
     * with the file and the field, and the rest of the record is read.
     */
    public FilmRecord parse(Path root, Path file, byte[] content, Consumer<BadRecordException> problems) throws BadRecordException {
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
        String youtube = SovietCinemaReference.externalId(m, "youtube");
        if (youtube != null && YOUTUBE_ID.matcher(youtube).matches()) {
            ids.put("youtube", youtube);
        } else if (youtube != null && !youtube.isEmpty()) {
            problems.accept(new BadRecordException(name, "external_ids.youtube '" + SovietCinemaReference.abbreviated(youtube)
                    + "' is not a YouTube video id (11 characters of A-Z, a-z, 0-9, _ and -): not linked"));
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
        for (String role : List.of("director", "screenwriter", "cinematographer", "composer")) {
            List<String> keys = strings(m.get(role));
            bounded(keys, MAX_CREW, name, role, problems).forEach(k -> people.add(new FilmRecord.Credit(role, k)));
        }
        List<String> cast = new ArrayList<>();
        if (m.get("cast") instanceof List<?> castList) {
            for (Object c : castList) {
                Object person = c instanceof Map<?, ?> cm ? cm.get("person") : c;
                if (person != null && !(person instanceof Map<?, ?>) && !(person instanceof List<?>) && !person.toString().isBlank()) {
                    cast.add(person.toString().strip());
                }
            }
        }
        // in billing order, as the dataset lists them
        bounded(cast, MAX_CAST, name, "cast", problems).forEach(k -> people.add(new FilmRecord.Credit("cast", k)));
        List<FilmRecord.LiterarySource> literarySources = reference.literarySources(id);
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
        // so are the literary sources linked to it from references/, and how the record is read
        byte[] derived = ("\n#topics " + topics + "\n#genres " + genres + "\n#sources " + literarySources + "\n#reading " + READING)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return new FilmRecord(SOURCE, id, checksum(content, derived), name, titles, year, ids, claims, people, studios, genres,
                List.copyOf(topics), literarySources);
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

    /** The first {@code max} of {@code keys}; the rest reported, once. */
    private static List<String> bounded(List<String> keys, int max, String file, String field,
                                        Consumer<BadRecordException> problems) {
        if (keys.size() <= max) {
            return keys;
        }
        problems.accept(new BadRecordException(file, field + ": " + keys.size() + " names, the first " + max + " kept"));
        return keys.subList(0, max);
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
        } else if (value != null && !(value instanceof Map<?, ?>) && !value.toString().isBlank()) {
            // a mapping where names belong is no name
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
