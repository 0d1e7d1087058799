package org.kinopanorama.similarity.evaluation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * MovieLens "latest-small" as read from {@code ../shared/data/movielens-ml-latest-small/}: movies, ratings, tags.
 * Only what the evaluation uses; CRLF endings and quoted titles handled.
 */
record MovieLens(List<Movie> movies, List<Rating> ratings, List<Tag> tags) {

    /** Where the dataset lives relative to the project root. */
    static final Path DEFAULT_DIR = Path.of("..", "shared", "data", "movielens-ml-latest-small");

    record Movie(long id, String title, List<String> genres, int year) {
    }

    record Rating(int user, long movie, double stars, long timestamp) {
    }

    record Tag(int user, long movie, String tag) {
    }

    private static final Pattern YEAR = Pattern.compile("\\((\\d{4})(?:[–-]\\d{0,4})?\\)\\s*$");

    static boolean presentIn(Path dir) {
        return Files.isRegularFile(dir.resolve("movies.csv")) && Files.isRegularFile(dir.resolve("ratings.csv"))
                && Files.isRegularFile(dir.resolve("tags.csv"));
    }

    static MovieLens read(Path dir) {
        List<Movie> movies = new ArrayList<>();
        for (List<String> row : rows(dir.resolve("movies.csv"))) {
            String title = row.get(1).trim();
            Matcher m = YEAR.matcher(title);
            int year = 0;
            if (m.find()) {
                year = Integer.parseInt(m.group(1));
                title = title.substring(0, m.start()).trim();
            }
            List<String> genres = row.get(2).equals("(no genres listed)") ? List.of() : List.of(row.get(2).split("\\|"));
            movies.add(new Movie(Long.parseLong(row.get(0)), title, genres, year));
        }
        List<Rating> ratings = new ArrayList<>();
        for (List<String> row : rows(dir.resolve("ratings.csv"))) {
            ratings.add(new Rating(Integer.parseInt(row.get(0)), Long.parseLong(row.get(1)), Double.parseDouble(row.get(2)),
                    Long.parseLong(row.get(3))));
        }
        List<Tag> tags = new ArrayList<>();
        for (List<String> row : rows(dir.resolve("tags.csv"))) {
            tags.add(new Tag(Integer.parseInt(row.get(0)), Long.parseLong(row.get(1)), row.get(2)));
        }
        return new MovieLens(List.copyOf(movies), List.copyOf(ratings), List.copyOf(tags));
    }

    /** Rows after the header; fields may be double-quoted with "" inside. */
    private static List<List<String>> rows(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        List<List<String>> out = new ArrayList<>(lines.size());
        for (int n = 1; n < lines.size(); n++) {
            String line = lines.get(n);
            if (line.isBlank()) {
                continue;
            }
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        field.append(c);
                    }
                } else if (c == '"') {
                    quoted = true;
                } else if (c == ',') {
                    fields.add(field.toString());
                    field.setLength(0);
                } else if (c != '\r') {
                    field.append(c);
                }
            }
            fields.add(field.toString());
            out.add(fields);
        }
        return out;
    }
}
