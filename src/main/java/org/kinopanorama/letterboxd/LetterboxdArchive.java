package org.kinopanorama.letterboxd;

import org.kinopanorama.diary.RatingValue;
import org.kinopanorama.watchlist.LetterboxdCsv;
import org.kinopanorama.watchlist.LetterboxdFormatException;
import org.kinopanorama.web.InputHygiene;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * A Letterboxd export archive, read and written. Plain Java: no Quarkus, no database.
 *
 * <p>Letterboxd's export is a .zip with {@code ratings.csv}, {@code diary.csv}, {@code watched.csv},
 * {@code watchlist.csv}, {@code reviews.csv} and {@code lists/<name>.csv} at its root, beside files this site has no
 * use for ({@code profile.csv}, {@code comments.csv}, {@code likes/}, {@code deleted/}, ...), which are named in the
 * report and not read. Columns are found by their header names, in any order (see {@link LetterboxdCsv}).
 *
 * <p>The archive is read as a stream, never written to disk: every entry is inflated through a count, so a
 * "zip bomb" stops at the configured number of bytes; an entry name that climbs out of the archive ({@code ../}), is
 * absolute or names a drive refuses the whole archive.
 */
public final class LetterboxdArchive {

    public static final String RATINGS = "ratings.csv";
    public static final String DIARY = "diary.csv";
    public static final String WATCHED = "watched.csv";
    public static final String WATCHLIST = "watchlist.csv";
    public static final String REVIEWS = "reviews.csv";
    public static final String LISTS = "lists/";
    /** The files read, in the order the report shows them (lists after these). */
    public static final List<String> FILES = List.of(RATINGS, DIARY, WATCHED, WATCHLIST, REVIEWS);

    public static final List<String> RATINGS_HEADER = List.of("Date", "Name", "Year", "Letterboxd URI", "Rating");
    public static final List<String> DIARY_HEADER = List.of("Date", "Name", "Year", "Letterboxd URI", "Rating", "Rewatch", "Tags", "Watched Date");
    public static final List<String> WATCHED_HEADER = List.of("Date", "Name", "Year", "Letterboxd URI");
    public static final List<String> REVIEWS_HEADER = List.of("Date", "Name", "Year", "Letterboxd URI", "Rating", "Rewatch", "Review", "Tags", "Watched Date");

    /** The limits an upload is held to (see {@link LetterboxdConfig}). */
    public record Limits(int maxEntries, long maxUncompressedBytes, int maxRows) {
    }

    /** Why an archive is refused as a whole; {@code file} and {@code line} say where, when it is one place. */
    public enum Reason { NOT_ZIP, TOO_MANY_ENTRIES, TOO_LARGE, UNSAFE_NAME, DUPLICATE_NAME, NOT_UTF8, NO_LETTERBOXD_FILES, MALFORMED, TOO_MANY_ROWS }

    public static final class Refused extends RuntimeException {
        private final Reason reason;
        private final String file;
        private final int line;

        Refused(Reason reason, String file, int line, String detail) {
            super(reason + (file == null ? "" : " " + file) + (line > 0 ? " line " + line : "") + (detail == null ? "" : ": " + detail));
            this.reason = reason;
            this.file = file;
            this.line = line;
        }

        public Reason reason() {
            return reason;
        }

        public String file() {
            return file;
        }

        public int line() {
            return line;
        }

        /** What the parser said (English), for a malformed file. */
        public String detail() {
            String m = getMessage();
            int colon = m.indexOf(": ");
            return colon < 0 ? "" : m.substring(colon + 2);
        }
    }

    /** The known files' text by their names in the archive, and the names of the entries not read. */
    public record Files(Map<String, String> texts, List<String> ignored) {
    }

    /**
     * One film row of one file. {@code date}: the row's Date (when it was logged, rated, added); {@code watchedOn}: the
     * diary's and reviews' Watched Date; {@code position}, {@code note}: a list's.
     */
    public record Entry(String file, int line, String name, Integer year, String uri, LocalDate date, Integer halfStars,
                        boolean rewatch, LocalDate watchedOn, String review, String note) {
        Entry withReview(String text) {
            return new Entry(file, line, name, year, uri, date, halfStars, rewatch, watchedOn, text, note);
        }
    }

    /** A row left out, with why. */
    public record Problem(String file, int line, String message) {
    }

    /** One of the person's lists: its file, name, description and day made, its films in their positions' order. */
    public record ListFile(String file, String name, String description, LocalDate created, List<Entry> entries) {
    }

    /**
     * What the archive holds. The diary's entries carry their reviews ({@code reviews.csv} joined on the film and
     * the day watched); a review of no diary entry is an entry of its own, from {@code reviews.csv}.
     */
    public record Contents(List<Entry> ratings, List<Entry> diary, List<Entry> watched, List<Entry> watchlist,
                           List<ListFile> lists, List<Problem> problems, List<String> ignored) {
        /** Every film row, in the report's order: ratings, diary (with reviews), watched, watchlist, lists. */
        public List<Entry> all() {
            List<Entry> all = new ArrayList<>(ratings);
            all.addAll(diary);
            all.addAll(watched);
            all.addAll(watchlist);
            lists.forEach(l -> all.addAll(l.entries()));
            return all;
        }
    }

    private LetterboxdArchive() {
    }

    // ------------------------------------------------------------------ reading

    /** Reads and parses an archive; throws {@link Refused} for anything that is not a Letterboxd archive to read. */
    public static Contents read(byte[] zip, Limits limits) {
        return parse(files(zip, limits), limits);
    }

    /** The known files' text; every other entry is inflated only to be counted, then forgotten. */
    public static Files files(byte[] zip, Limits limits) {
        if (zip.length < 4 || zip[0] != 'P' || zip[1] != 'K' || !((zip[2] == 3 && zip[3] == 4) || (zip[2] == 5 && zip[3] == 6))) {
            throw new Refused(Reason.NOT_ZIP, null, 0, null);
        }
        Map<String, String> texts = new LinkedHashMap<>();
        List<String> ignored = new ArrayList<>();
        Set<String> names = new HashSet<>();
        long inflated = 0;
        int entries = 0;
        byte[] buffer = new byte[8192];
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                if (++entries > limits.maxEntries()) {
                    throw new Refused(Reason.TOO_MANY_ENTRIES, null, 0, Integer.toString(limits.maxEntries()));
                }
                String name = entry.getName();
                if (!safe(name)) {
                    throw new Refused(Reason.UNSAFE_NAME, printable(name), 0, null);
                }
                if (!names.add(name)) {
                    throw new Refused(Reason.DUPLICATE_NAME, name, 0, null);
                }
                boolean known = !entry.isDirectory() && known(name);
                ByteArrayOutputStream content = known ? new ByteArrayOutputStream() : null;
                int n;
                while ((n = in.read(buffer)) > 0) {
                    inflated += n;
                    if (inflated > limits.maxUncompressedBytes()) {
                        throw new Refused(Reason.TOO_LARGE, name, 0, Long.toString(limits.maxUncompressedBytes()));
                    }
                    if (content != null) {
                        content.write(buffer, 0, n);
                    }
                }
                if (content != null) {
                    texts.put(name, utf8(name, content.toByteArray()));
                } else if (!entry.isDirectory()) {
                    ignored.add(name);
                }
            }
        } catch (ZipException | IllegalArgumentException e) {
            // a damaged archive, or entry names that are not UTF-8
            throw new Refused(Reason.NOT_ZIP, null, 0, e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (entries == 0) {
            // a damaged archive (ZipInputStream sees no entry), or an empty one: nothing a Letterboxd export holds
            throw new Refused(Reason.NOT_ZIP, null, 0, null);
        }
        if (texts.isEmpty()) {
            throw new Refused(Reason.NO_LETTERBOXD_FILES, null, 0, null);
        }
        return new Files(texts, List.copyOf(ignored));
    }

    /** Relative, inside the archive: no {@code ..} part, not absolute, no drive, no backslash, no control character. */
    static boolean safe(String name) {
        if (name.isEmpty() || name.startsWith("/") || name.contains("\\") || name.matches("^[A-Za-z]:.*")
                || name.chars().anyMatch(c -> c < 0x20 || c == 0x7F)) {
            return false;
        }
        for (String part : name.split("/")) {
            if (part.equals("..")) {
                return false;
            }
        }
        return true;
    }

    private static boolean known(String name) {
        return FILES.contains(name) || (name.startsWith(LISTS) && name.endsWith(".csv") && name.indexOf('/', LISTS.length()) < 0
                && name.length() > LISTS.length() + 4);
    }

    private static String printable(String name) {
        return name.replaceAll("\\p{Cntrl}", "?");
    }

    private static String utf8(String name, byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new Refused(Reason.NOT_UTF8, name, 0, null);
        }
    }

    /** The files' rows; a file that is no CSV at all refuses the archive, naming the file and the line. */
    public static Contents parse(Files files, Limits limits) {
        List<Problem> problems = new ArrayList<>();
        Map<String, LetterboxdCsv.Parsed> parsed = new LinkedHashMap<>();
        int rows = 0;
        for (Map.Entry<String, String> file : files.texts().entrySet()) {
            try {
                LetterboxdCsv.Parsed p = LetterboxdCsv.parse(file.getValue());
                rows += p.rows().size();
                if (rows > limits.maxRows()) {
                    throw new Refused(Reason.TOO_MANY_ROWS, file.getKey(), 0, Integer.toString(limits.maxRows()));
                }
                parsed.put(file.getKey(), p);
                p.problems().forEach(x -> problems.add(new Problem(file.getKey(), x.line(), x.message())));
            } catch (LetterboxdFormatException e) {
                throw new Refused(Reason.MALFORMED, file.getKey(), e.line(), e.getMessage().replaceFirst("^line \\d+: ", ""));
            }
        }
        List<Entry> ratings = entries(parsed, RATINGS, problems, true);
        List<Entry> diary = entries(parsed, DIARY, problems, false);
        List<Entry> reviews = entries(parsed, REVIEWS, problems, false);
        List<Entry> watched = entries(parsed, WATCHED, problems, false);
        List<Entry> watchlist = entries(parsed, WATCHLIST, problems, false);
        List<ListFile> lists = new ArrayList<>();
        for (String file : parsed.keySet()) {
            if (file.startsWith(LISTS)) {
                LetterboxdCsv.Parsed p = parsed.get(file);
                String name = p.listName() != null ? p.listName() : file.substring(LISTS.length(), file.length() - 4);
                Optional<LocalDate> created = date(p.listDate());
                lists.add(new ListFile(file, name, p.listDescription(), created == null ? null : created.orElse(null),
                        entries(parsed, file, problems, false)));
            }
        }
        return new Contents(ratings, withReviews(diary, reviews), watched, watchlist, List.copyOf(lists),
                List.copyOf(problems), files.ignored());
    }

    private static List<Entry> entries(Map<String, LetterboxdCsv.Parsed> parsed, String file, List<Problem> problems,
                                       boolean ratingRequired) {
        LetterboxdCsv.Parsed p = parsed.get(file);
        if (p == null) {
            return List.of();
        }
        List<Entry> out = new ArrayList<>();
        for (LetterboxdCsv.Row row : p.rows()) {
            Optional<LocalDate> date = date(row.cell("date"));
            Optional<LocalDate> watchedOn = date(row.cell("watched date"));
            if (date == null || watchedOn == null) {
                String bad = date == null ? row.cell("date") : row.cell("watched date");
                problems.add(new Problem(file, row.line(), "'" + row.name() + "': the date '" + bad + "' is not a day (YYYY-MM-DD)"));
                continue;
            }
            String ratingText = row.cell("rating");
            Integer halfStars = ratingText == null ? null : RatingValue.halfStars(ratingText).orElse(null);
            if (ratingText != null && halfStars == null) {
                problems.add(new Problem(file, row.line(), "'" + row.name() + "': the rating '" + ratingText + "' is not 0.5 to 5 stars"));
                if (ratingRequired) {
                    continue;
                }
            }
            if (ratingRequired && halfStars == null) {
                problems.add(new Problem(file, row.line(), "'" + row.name() + "': no rating"));
                continue;
            }
            boolean watching = file.equals(DIARY) || file.equals(REVIEWS);
            LocalDate day = watchedOn.or(() -> date).orElse(null);
            if (watching && (day == null || !InputHygiene.plausibleWatchDate(day))) {
                problems.add(new Problem(file, row.line(), "'" + row.name() + "': " + (day == null ? "no day watched"
                        : "the day watched, " + day + ", is not between " + InputHygiene.FIRST_DAY_OF_CINEMA + " and tomorrow")));
                continue;
            }
            String rewatch = row.cell("rewatch");
            out.add(new Entry(file, row.line(), row.name(), row.year(), row.cell("letterboxd uri") != null
                    ? row.cell("letterboxd uri") : row.cell("url"), date.orElse(null), halfStars,
                    rewatch != null && rewatch.equalsIgnoreCase("yes"), watchedOn.orElse(null), row.cell("review"),
                    row.note()));
        }
        return out;
    }

    /** Empty for a blank cell, null for a cell that is no day. */
    private static Optional<LocalDate> date(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /**
     * Each review joins the first diary entry of the same film (same address, or same title and year) watched the same
     * day (and a rewatch alike) that has no review yet; a review of no entry is an entry of its own.
     */
    static List<Entry> withReviews(List<Entry> diary, List<Entry> reviews) {
        List<Entry> out = new ArrayList<>(diary);
        for (Entry review : reviews) {
            if (review.review() == null) {
                continue;
            }
            int joined = -1;
            for (int i = 0; i < out.size() && joined < 0; i++) {
                Entry d = out.get(i);
                boolean sameFilm = review.uri() != null && review.uri().equals(d.uri())
                        || (review.name().equals(d.name()) && java.util.Objects.equals(review.year(), d.year()));
                if (d.review() == null && d.file().equals(DIARY) && sameFilm && d.rewatch() == review.rewatch()
                        && java.util.Objects.equals(day(d), day(review))) {
                    joined = i;
                }
            }
            if (joined >= 0) {
                out.set(joined, out.get(joined).withReview(review.review()));
            } else {
                out.add(review);
            }
        }
        return List.copyOf(out);
    }

    /** The day a diary row or review says the film was watched: its Watched Date, else its Date. */
    public static LocalDate day(Entry e) {
        return e.watchedOn() != null ? e.watchedOn() : e.date();
    }

    // ------------------------------------------------------------------ writing

    /** An archive of the files given (name to text), in that order, as Letterboxd lays it out. */
    public static byte[] zip(Map<String, String> files) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, String> f : files.entrySet()) {
                out.putNextEntry(new ZipEntry(f.getKey()));
                out.write(f.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
