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
 * {@code studios/}, {@code topics/} and {@code vocabularies/} (a bad file there is reported and skipped).
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

    public static SovietCinemaReference read(Path root, Consumer<BadRecordException> problems) throws IOException {
        return read(root, DatasetLimits.DEFAULT.maxRecordBytes(), problems);
    }

    /** As above, refusing (and reporting) any record file larger than {@code maxRecordBytes}. */
    public static SovietCinemaReference read(Path root, long maxRecordBytes, Consumer<BadRecordException> problems) throws IOException {
        SovietCinemaReference ref = new SovietCinemaReference();
        for (Path f : yamlFiles(root.resolve("people"))) {
            try {
                Map<String, Object> m = map(root, f, maxRecordBytes);
                String id = SovietFilmParser.text(m, "id", root, f);
                ref.people.put(id, new PersonInfo(id, SovietFilmParser.text(m, "name_ru", root, f), optional(m, "name_original"),
                        optional(m, "birth"), optional(m, "death"), externalId(m, "wikidata")));
            } catch (BadRecordException e) {
                problems.accept(e);
            }
        }
        for (Path f : yamlFiles(root.resolve("studios"))) {
            try {
                Map<String, Object> m = map(root, f, maxRecordBytes);
                String id = SovietFilmParser.text(m, "id", root, f);
                ref.studios.put(id, new StudioInfo(id, SovietFilmParser.text(m, "name_ru", root, f), optional(m, "name_original"),
                        optional(m, "country"), externalId(m, "wikidata")));
            } catch (BadRecordException e) {
                problems.accept(e);
            }
        }
        for (Path f : yamlFiles(root.resolve("topics"))) {
            try {
                Map<String, Object> m = map(root, f, maxRecordBytes);
                String id = SovietFilmParser.text(m, "id", root, f);
                @SuppressWarnings("unchecked")
                Map<String, Object> filter = m.get("filter") instanceof Map<?, ?> fm ? (Map<String, Object>) fm : Map.of();
                ref.topics.put(id, new TopicInfo(id, SovietFilmParser.text(m, "name_ru", root, f), optional(m, "description_ru"), filter));
            } catch (BadRecordException e) {
                problems.accept(e);
            }
        }
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
