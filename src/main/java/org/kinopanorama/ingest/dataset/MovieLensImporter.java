package org.kinopanorama.ingest.dataset;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Imports MovieLens ({@code movies.csv}, {@code links.csv}, {@code tags.csv}, {@code ratings.csv}). By default
 * it only enriches films the catalogue has (English and transliterated titles, genres, tags, IMDb/TMDb ids);
 * with "every film" it adds all of them. Ratings of 3.5 stars or more become anonymous behaviour signals
 * ({@code behaviour_signal}, source "movielens", one basket per MovieLens user, strength rating/5) for the
 * films of the catalogue: a liked film is what "saved together" means; lower ratings say nothing about it.
 */
public final class MovieLensImporter {

    public static final String SOURCE = "movielens";
    /** Stars from which a rating is a liked film (a behaviour signal); the MovieLens evaluation uses it too. */
    public static final double LIKED = 3.5;
    private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();

    private final int batchSize;

    public MovieLensImporter(int batchSize) {
        this.batchSize = batchSize;
    }

    public void run(ImportRun run, Path root) throws IOException {
        Map<String, String[]> links = new HashMap<>();
        Path linksFile = root.resolve("links.csv");
        if (Files.isRegularFile(linksFile)) {
            each(linksFile, r -> links.put(r.get("movieId"), new String[] {imdb(r.get("imdbId")), blankToNull(r.get("tmdbId"))}));
        }
        // streamed twice (counted, then read in batches): a large movies.csv is never held whole
        Path moviesFile = root.resolve("movies.csv");
        int[] movies = {0};
        each(moviesFile, r -> movies[0]++);
        int from = run.beginPhase("movies", movies[0]);
        try (Reader in = Files.newBufferedReader(moviesFile, StandardCharsets.UTF_8); CSVParser parser = CSV.parse(in)) {
            Iterator<CSVRecord> it = parser.iterator();
            int index = 0;
            while (index < from && it.hasNext()) {
                it.next();
                index++;
            }
            while (it.hasNext()) {
                List<CSVRecord> batch = new ArrayList<>(batchSize);
                while (it.hasNext() && batch.size() < batchSize) {
                    batch.add(it.next());
                }
                index += batch.size();
                run.batch("movies", index, (c, linker) -> {
                    List<Object> records = new ArrayList<>(); // each row's record, or why it has none
                    for (CSVRecord row : batch) {
                        try {
                            records.add(record(row, links.get(row.get("movieId")), "movies.csv line " + (row.getRecordNumber() + 1)));
                        } catch (BadRecordException e) {
                            records.add(e);
                        }
                    }
                    linker.expect(SOURCE, records.stream().filter(FilmRecord.class::isInstance)
                            .map(r -> ((FilmRecord) r).recordId()).toList());
                    for (Object parsed : records) {
                        if (parsed instanceof BadRecordException e) {
                            run.skipped(e.file(), e.getMessage());
                            continue;
                        }
                        FilmRecord record = (FilmRecord) parsed;
                        String file = record.file();
                        Savepoint sp = c.setSavepoint();
                        try {
                            FilmLinker.Result r = linker.link(record, run.everyFilm(), null);
                            run.counts().add(r);
                            r.doubts().forEach(d -> run.warning(file, d));
                            c.releaseSavepoint(sp);
                        } catch (SQLException e) {
                            c.rollback(sp);
                            run.skipped(file, "not written: " + e.getMessage());
                        }
                    }
                });
            }
        }

        Path tagsFile = root.resolve("tags.csv");
        if (Files.isRegularFile(tagsFile)) {
            // movieId -> tag -> users; small (thousands of rows)
            Map<String, Map<String, Integer>> tags = new TreeMap<>();
            Map<String, String> spelling = new HashMap<>();
            each(tagsFile, r -> {
                String tag = r.get("tag").strip();
                if (!tag.isEmpty()) {
                    String key = tag.toLowerCase(Locale.ROOT);
                    spelling.putIfAbsent(key, tag);
                    tags.computeIfAbsent(r.get("movieId"), k -> new TreeMap<>()).merge(key, 1, Integer::sum);
                }
            });
            List<Map.Entry<String, Map<String, Integer>>> entries = new ArrayList<>(tags.entrySet());
            int tagFrom = run.beginPhase("tags", entries.size());
            for (int start = tagFrom; start < entries.size(); start += batchSize * 5) {
                List<Map.Entry<String, Map<String, Integer>>> batch = entries.subList(start, Math.min(entries.size(), start + batchSize * 5));
                run.batch("tags", start + batch.size(), (c, linker) -> {
                    Map<String, Long> films = films(c, batch.stream().map(Map.Entry::getKey).toList());
                    try (PreparedStatement del = c.prepareStatement("DELETE FROM film_tag WHERE film_id = ? AND source = 'movielens'");
                         PreparedStatement ins = c.prepareStatement("""
                                 INSERT INTO film_tag (film_id, tag, source, uses) VALUES (?, ?, 'movielens', ?)
                                 ON CONFLICT (film_id, tag, source) DO UPDATE SET uses = film_tag.uses + excluded.uses""")) {
                        for (Map.Entry<String, Map<String, Integer>> e : batch) {
                            Long film = films.get(e.getKey());
                            if (film == null) {
                                continue;
                            }
                            del.setLong(1, film);
                            del.executeUpdate();
                            for (Map.Entry<String, Integer> t : e.getValue().entrySet()) {
                                ins.setLong(1, film);
                                ins.setString(2, spelling.get(t.getKey()));
                                ins.setInt(3, t.getValue());
                                ins.addBatch();
                            }
                            ins.executeBatch();
                            linker.touch(film);
                        }
                    }
                });
            }
        }

        Path ratingsFile = root.resolve("ratings.csv");
        if (Files.isRegularFile(ratingsFile)) {
            int total;
            try (var lines = Files.lines(ratingsFile, StandardCharsets.UTF_8)) {
                total = (int) Math.max(0, lines.count() - 1);
            }
            int ratingFrom = run.beginPhase("ratings", total);
            int ratingBatch = batchSize * 25;
            try (Reader in = Files.newBufferedReader(ratingsFile, StandardCharsets.UTF_8);
                 CSVParser parser = CSV.parse(in)) {
                Iterator<CSVRecord> it = parser.iterator();
                int index = 0;
                while (index < ratingFrom && it.hasNext()) {
                    it.next();
                    index++;
                }
                while (it.hasNext()) {
                    List<CSVRecord> batch = new ArrayList<>(ratingBatch);
                    while (it.hasNext() && batch.size() < ratingBatch) {
                        batch.add(it.next());
                    }
                    index += batch.size();
                    run.batch("ratings", index, (c, linker) -> {
                        Map<String, Long> films = films(c, batch.stream().map(r -> r.get("movieId")).distinct().toList());
                        try (PreparedStatement ps = c.prepareStatement("""
                                INSERT INTO behaviour_signal (source, basket, film_id, strength) VALUES ('movielens', ?, ?, ?)
                                ON CONFLICT (source, basket, film_id) DO UPDATE SET strength = excluded.strength""");
                             // every rating, for the film list's average (the signals above keep the liked ones)
                             PreparedStatement stars = c.prepareStatement("""
                                INSERT INTO dataset_rating (source, rater, film_id, stars) VALUES ('movielens', ?, ?, ?)
                                ON CONFLICT (source, rater, film_id) DO UPDATE SET stars = excluded.stars""")) {
                            for (CSVRecord r : batch) {
                                Long film = films.get(r.get("movieId"));
                                double rating;
                                try {
                                    rating = Double.parseDouble(r.get("rating"));
                                } catch (NumberFormatException e) {
                                    run.skipped("ratings.csv line " + (r.getRecordNumber() + 1), "rating '" + r.get("rating") + "' is not a number");
                                    continue;
                                }
                                if (film == null) {
                                    continue;
                                }
                                if (rating > 0 && rating <= 5) {
                                    stars.setString(1, r.get("userId"));
                                    stars.setLong(2, film);
                                    stars.setFloat(3, (float) rating);
                                    stars.addBatch();
                                }
                                if (rating < LIKED) {
                                    continue;
                                }
                                ps.setString(1, r.get("userId"));
                                ps.setLong(2, film);
                                ps.setFloat(3, (float) (rating / 5.0));
                                ps.addBatch();
                                run.counts().signals++;
                                linker.touch(film);
                            }
                            ps.executeBatch();
                            stars.executeBatch();
                        }
                    });
                }
            }
        }
    }

    /** The film of each MovieLens movie the catalogue has. */
    private static Map<String, Long> films(java.sql.Connection c, List<String> movieIds) throws SQLException {
        Map<String, Long> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT record_id, film_id FROM dataset_record WHERE source = 'movielens' AND record_id = ANY(?)")) {
            ps.setArray(1, c.createArrayOf("text", movieIds.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getLong(2));
                }
            }
        }
        return out;
    }

    static FilmRecord record(CSVRecord row, String[] link, String file) throws BadRecordException {
        String id = row.get("movieId").strip();
        MovieLensTitle title = MovieLensTitle.parse(row.get("title"));
        if (title.english().isBlank()) {
            throw new BadRecordException(file, "no title");
        }
        if (title.year() == null) {
            throw new BadRecordException(file, "no year in '" + row.get("title") + "'");
        }
        Map<String, List<String>> titles = FilmRecord.newTitles();
        titles.put("title_en", List.of(title.english()));
        if (!title.alternatives().isEmpty()) {
            titles.put("title_alt", title.alternatives());
        }
        Map<String, String> ids = new LinkedHashMap<>();
        if (link != null && link[0] != null) {
            ids.put("imdb", link[0]);
        }
        if (link != null && link[1] != null) {
            ids.put("tmdb", link[1]);
        }
        List<FilmRecord.Genre> genres = new ArrayList<>();
        for (String g : row.get("genres").split("\\|")) {
            if (!g.isBlank() && !g.startsWith("(")) {
                genres.add(new FilmRecord.Genre(genreCode(g.strip()), g.strip()));
            }
        }
        String checksum = SovietFilmParser.checksum(String.join("\u0001", row.values()).getBytes(StandardCharsets.UTF_8),
                String.valueOf(link == null ? "" : link[0] + "/" + link[1]).getBytes(StandardCharsets.UTF_8));
        return new FilmRecord(SOURCE, id, checksum, file, titles, title.year(), ids, Map.of(), List.of(), List.of(), genres, List.of());
    }

    /** MovieLens genre names as the codes Soviet Bloc Cinema Data uses where they mean the same. */
    static String genreCode(String genre) {
        return switch (genre) {
            case "Sci-Fi" -> "science_fiction";
            case "Children" -> "childrens";
            case "Film-Noir" -> "noir";
            default -> genre.toLowerCase(Locale.ROOT).replace('-', '_');
        };
    }

    /** links.csv writes IMDb ids without "tt" and leading zeros: 73179 is tt0073179. */
    static String imdb(String digits) {
        String d = digits == null ? "" : digits.strip();
        if (d.isEmpty()) {
            return null;
        }
        return "tt" + "0".repeat(Math.max(0, 7 - d.length())) + d;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Every record of a CSV file, streamed. */
    private static void each(Path file, java.util.function.Consumer<CSVRecord> action) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8); CSVParser p = CSV.parse(in)) {
            for (CSVRecord r : p) {
                action.accept(r);
            }
        }
    }
}
