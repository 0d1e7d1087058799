package org.kinopanorama.ingest.dataset;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * What Soviet Bloc Cinema films refer to: people and studios by slug, the thematic topics with their
 * filters, and the genre vocabulary. Read once per import from the dataset's {@code people/},
 * {@code studios/}, {@code topics/}, {@code references/} (the literary works films are based on) and
 * {@code vocabularies/} (a bad file there is reported and skipped).
 */
public final class SovietCinemaReference {

    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    public record PersonInfo(String key, String name, String nameOriginal, String born, String died, String wikidata) {
    }

    public record StudioInfo(String key, String name, String nameOriginal, String country, String wikidata) {
    }

    /** A thematic list; {@code filter} as the dataset writes it (year_from, year_to, country, director, composer...). */
    public record TopicInfo(String key, String name, String description, Map<String, Object> filter) {
    }

    final Map<String, PersonInfo> people = new HashMap<>();
    final Map<String, StudioInfo> studios = new HashMap<>();
    final Map<String, TopicInfo> topics = new LinkedHashMap<>();
    final Map<String, String> genreLabels = new HashMap<>();
    /** Literary works films are based on ({@code references/} of type book), by film key. */
    final Map<String, List<FilmRecord.LiterarySource>> literarySources = new HashMap<>();

    /** At most this many works per film and authors per work are kept; a link past them is reported. */
    static final int MAX_SOURCES_PER_FILM = 20;
    static final int MAX_AUTHORS = 10;
    static final int MAX_WORK_TITLE = 500;

    public static SovietCinemaReference read(Path root, Consumer<BadRecordException> problems) throws IOException {
        return read(root, DatasetLimits.DEFAULT.maxRecordBytes(), problems);
    }

    /** As above, refusing (and reporting) any record file larger than {@code maxRecordBytes}. */
    public static SovietCinemaReference read(Path root, long maxRecordBytes, Consumer<BadRecordException> problems) throws IOException {
        SovietCinemaReference ref = new SovietCinemaReference();
        eachRecord(root, "people", maxRecordBytes, problems, (f, m) -> {
            String id = SovietFilmParser.text(m, "id", root, f);
            ref.people.put(id, new PersonInfo(id, SovietFilmParser.text(m, "name_ru", root, f), optional(m, "name_original"),
                    optional(m, "birth"), optional(m, "death"), externalId(m, "wikidata")));
        });
        eachRecord(root, "studios", maxRecordBytes, problems, (f, m) -> {
            String id = SovietFilmParser.text(m, "id", root, f);
            ref.studios.put(id, new StudioInfo(id, SovietFilmParser.text(m, "name_ru", root, f), optional(m, "name_original"),
                    optional(m, "country"), externalId(m, "wikidata")));
        });
        eachRecord(root, "topics", maxRecordBytes, problems, (f, m) -> {
            String id = SovietFilmParser.text(m, "id", root, f);
            @SuppressWarnings("unchecked")
            Map<String, Object> filter = m.get("filter") instanceof Map<?, ?> fm ? (Map<String, Object>) fm : Map.of();
            ref.topics.put(id, new TopicInfo(id, SovietFilmParser.text(m, "name_ru", root, f), optional(m, "description_ru"), filter));
        });
        eachRecord(root, "references", maxRecordBytes, problems, (f, m) -> literarySource(root, f, m).ifPresent(w -> {
            List<FilmRecord.LiterarySource> works = ref.literarySources.computeIfAbsent(w.film(), k -> new ArrayList<>());
            if (works.size() < MAX_SOURCES_PER_FILM) {
                works.add(w.work());
            } else {
                problems.accept(new BadRecordException(root.relativize(f).toString(),
                        "source_film: " + w.film() + " already has " + MAX_SOURCES_PER_FILM + " literary sources; not linked"));
            }
        }));
        Path genres = root.resolve("vocabularies").resolve("genres.yaml");
        if (Files.isRegularFile(genres)) {
            try {
                Object values = map(root, genres, maxRecordBytes).get("values");
                if (values instanceof List<?> list) {
                    for (Object v : list) {
                        if (v instanceof Map<?, ?> g && g.get("code") != null && g.get("name_ru") != null) {
                            ref.genreLabels.put(g.get("code").toString(), g.get("name_ru").toString());
                        }
                    }
                }
            } catch (BadRecordException e) {
                problems.accept(e);
            }
        }
        return ref;
    }

    private interface RecordReader {
        void read(Path file, Map<String, Object> record) throws BadRecordException;
    }

    /** Every record of a folder in file-name order; a bad one is reported to {@code problems} and skipped. */
    private static void eachRecord(Path root, String folder, long maxRecordBytes, Consumer<BadRecordException> problems,
                                   RecordReader reader) throws IOException {
        for (Path f : yamlFiles(root.resolve(folder))) {
            try {
                reader.read(f, map(root, f, maxRecordBytes));
            } catch (BadRecordException e) {
                problems.accept(e);
            }
        }
    }

    private record FilmWork(String film, FilmRecord.LiterarySource work) {
    }

    /**
     * A {@code references/} link from a film to a book (kind adaptation); links to anything else (another film a
     * film echoes) are no literary source and are left out. A link without film, title or id is refused.
     */
    private static java.util.Optional<FilmWork> literarySource(Path root, Path f, Map<String, Object> m) throws BadRecordException {
        String name = root.relativize(f).toString();
        String id = SovietFilmParser.text(m, "id", root, f);
        String film = SovietFilmParser.text(m, "source_film", root, f);
        if (!(m.get("target") instanceof Map<?, ?> raw)) {
            throw new BadRecordException(name, "target: missing or not a mapping");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> target = (Map<String, Object>) raw;
        if (!"book".equals(optional(target, "type"))) {
            return java.util.Optional.empty();
        }
        String title = optional(target, "title_ru");
        if (title == null) {
            title = optional(target, "title_original");
        }
        if (title == null) {
            throw new BadRecordException(name, "target.title_ru: missing");
        }
        String original = optional(target, "title_original");
        if (title.length() > MAX_WORK_TITLE || (original != null && original.length() > MAX_WORK_TITLE)) {
            throw new BadRecordException(name, "target.title_ru: longer than " + MAX_WORK_TITLE + " characters");
        }
        if (id.length() > 200) {
            throw new BadRecordException(name, "id: longer than 200 characters");
        }
        Integer year = null;
        String y = optional(target, "year");
        if (y != null) {
            try {
                year = Integer.parseInt(y);
            } catch (NumberFormatException e) {
                throw new BadRecordException(name, "target.year '" + abbreviated(y) + "' is not a number");
            }
        }
        List<String> authors = SovietFilmParser.strings(target.get("authors"));
        if (authors.size() > MAX_AUTHORS) {
            throw new BadRecordException(name, "target.authors: " + authors.size() + " authors, at most " + MAX_AUTHORS);
        }
        return java.util.Optional.of(new FilmWork(film, new FilmRecord.LiterarySource(id, title,
                original == null || original.equals(title) ? null : original, year, List.copyOf(authors))));
    }

    static String abbreviated(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }

    /** The literary works the film of this key is based on, in file-name order. */
    public List<FilmRecord.LiterarySource> literarySources(String film) {
        return literarySources.getOrDefault(film, List.of());
    }

    public PersonInfo person(String key) {
        return people.get(key);
    }

    public StudioInfo studio(String key) {
        return studios.get(key);
    }

    public Map<String, TopicInfo> topics() {
        return topics;
    }

    public String genreLabel(String code) {
        return genreLabels.getOrDefault(code, code.replace('_', ' '));
    }

    /** The .yaml files of a folder, sorted by name (the import's deterministic order); none if it is absent. */
    static List<Path> yamlFiles(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return new ArrayList<>(s.filter(p -> p.getFileName().toString().endsWith(".yaml") && Files.isRegularFile(p))
                    .sorted().toList());
        }
    }

    /**
     * A record file's bytes, read whole (it is parsed whole) but never more than {@code max} of them: a file
     * larger than a record can be is refused with its name, whatever its size on disk says.
     */
    static byte[] readRecord(Path root, Path file, long max) throws BadRecordException {
        String name = root.relativize(file).toString();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
            if (bytes.length > max) {
                throw new BadRecordException(name, "larger than " + max + " bytes (KINOPANORAMA_DATASETS_MAX_RECORD_BYTES)");
            }
            return bytes;
        } catch (IOException e) {
            throw new BadRecordException(name, "unreadable (" + e.getClass().getSimpleName() + ")");
        }
    }

    static Map<String, Object> map(Path root, Path file, long maxRecordBytes) throws BadRecordException {
        return map(root, file, readRecord(root, file, maxRecordBytes));
    }

    /** A record's YAML as a mapping; {@code file} only names it. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Path root, Path file, byte[] content) throws BadRecordException {
        String name = root.relativize(file).toString();
        try {
            Object o = YAML.readValue(content, Object.class);
            if (!(o instanceof Map<?, ?>)) {
                throw new BadRecordException(name, "not a YAML mapping");
            }
            return (Map<String, Object>) o;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")";
            throw new BadRecordException(name, "malformed YAML" + where + ": " + e.getOriginalMessage().lines().findFirst().orElse(""));
        } catch (IOException e) {
            throw new BadRecordException(name, "unreadable (" + e.getClass().getSimpleName() + ")");
        }
    }

    static String optional(Map<String, Object> m, String key) {
        Object v = m.get(key);
        return v == null || v.toString().isBlank() ? null : v.toString().strip();
    }

    static String externalId(Map<String, Object> m, String kind) {
        return m.get("external_ids") instanceof Map<?, ?> ids && ids.get(kind) != null ? ids.get(kind).toString().strip() : null;
    }
}
