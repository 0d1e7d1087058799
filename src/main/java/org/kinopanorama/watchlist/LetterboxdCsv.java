package org.kinopanorama.watchlist;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Letterboxd's CSV exports, read and written. Plain Java: no Quarkus, no database.
 *
 * <ul>
 *   <li>Watchlist (also diary, watched, ratings): a header {@code Date,Name,Year,Letterboxd URI}, one row a film.</li>
 *   <li>List: {@code Letterboxd list export v7}, a header {@code Date,Name,Tags,URL,Description} and the list's
 *       row, a blank line, then {@code Position,Name,Year,URL,Description} and one row a film; the entry's
 *       Description is the owner's note.</li>
 * </ul>
 * Columns are found by their header names (any order, any case); unknown columns are ignored.
 */
public final class LetterboxdCsv {

    public static final String LIST_MARKER = "Letterboxd list export";
    public static final String LIST_VERSION = LIST_MARKER + " v7";

    /** What kind of export a file is. */
    public enum Kind { WATCHLIST, LIST }

    /**
     * A film row as the file has it; {@code line} is where the row starts (1-based); {@code cells} every cell of the
     * row by its column's name in lower case ("rating", "watched date"), as the row has it.
     */
    public record Row(int line, Integer position, String name, Integer year, String note, Map<String, String> cells) {
        /** The row's cell of that column (lower case), or null when the file has no such column or the cell is blank. */
        public String cell(String column) {
            String value = cells.get(column);
            return value == null || value.isBlank() ? null : value.strip();
        }
    }

    /** A row the parser could not read, with why. */
    public record Problem(int line, String message) {
    }

    /** A whole file: its kind, the list's name, description and Date (list exports only), its rows in order. */
    public record Parsed(Kind kind, String listName, String listDescription, String listDate, List<Row> rows,
                         List<Problem> problems) {
    }

    /** One film to write: title and year as the catalogue has them, its address, its note and when it was added. */
    public record Film(String name, Integer year, String url, String note, LocalDate added) {
    }

    private LetterboxdCsv() {
    }

    // ------------------------------------------------------------------ reading

    /** Reads a file's text. A file that is not a Letterboxd export at all throws with the line that says so. */
    public static Parsed parse(String text) {
        refuseControlCharacters(text);
        List<Record> records = records(text.startsWith("\uFEFF") ? text.substring(1) : text);
        int i = 0;
        while (i < records.size() && records.get(i).blank()) {
            i++;
        }
        if (i == records.size()) {
            throw new LetterboxdFormatException(1, "the file is empty");
        }
        Kind kind = Kind.WATCHLIST;
        String listName = null;
        String listDescription = null;
        String listDate = null;
        if (records.get(i).fields().get(0).strip().startsWith(LIST_MARKER)) {
            kind = Kind.LIST;
            i++;
            // the list's own header and row, up to the blank line before the films
            if (i < records.size() && !records.get(i).blank()) {
                Record header = records.get(i);
                Columns columns = new Columns(header.fields());
                if (i + 1 < records.size() && !records.get(i + 1).blank()) {
                    Record row = records.get(i + 1);
                    listName = blankToNull(columns.get(row, "name"));
                    listDescription = blankToNull(columns.get(row, "description"));
                    listDate = blankToNull(columns.get(row, "date"));
                    i += 2;
                } else {
                    i++;
                }
            }
            while (i < records.size() && records.get(i).blank()) {
                i++;
            }
        }
        if (i == records.size()) {
            return new Parsed(kind, listName, listDescription, listDate, List.of(), List.of());
        }
        Record header = records.get(i);
        Columns columns = new Columns(header.fields());
        if (!columns.has("name")) {
            throw new LetterboxdFormatException(header.line(), "no 'Name' column in the header (found: "
                    + String.join(", ", header.fields()) + "); is this a Letterboxd export?");
        }
        List<Row> rows = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (int r = i + 1; r < records.size(); r++) {
            Record record = records.get(r);
            if (record.blank()) {
                continue;
            }
            String name = columns.get(record, "name");
            if (name == null || name.isBlank()) {
                problems.add(new Problem(record.line(), "no film name"));
                continue;
            }
            Integer year = null;
            String yearText = columns.get(record, "year");
            if (yearText != null && !yearText.isBlank()) {
                year = integer(yearText);
                if (year == null || year < 1850 || year > 2200) {
                    problems.add(new Problem(record.line(), "'" + name.strip() + "': the year '" + yearText.strip() + "' is not a year"));
                    continue;
                }
            }
            Integer position = null;
            String positionText = columns.get(record, "position");
            if (positionText != null && !positionText.isBlank()) {
                position = integer(positionText);
            }
            String note = kind == Kind.LIST ? blankToNull(columns.get(record, "description")) : null;
            rows.add(new Row(record.line(), position, name.strip(), year, note, columns.cells(record)));
        }
        if (kind == Kind.LIST) {
            // the list's order is its Position column; rows without one keep their place at the end
            rows.sort(Comparator.comparing((Row row) -> row.position() == null ? Integer.MAX_VALUE : row.position())
                    .thenComparingInt(Row::line));
        }
        return new Parsed(kind, listName, listDescription, listDate, List.copyOf(rows), List.copyOf(problems));
    }

    /** A NUL or another control character is no text (and PostgreSQL could not keep it): the file is refused. */
    private static void refuseControlCharacters(String text) {
        int line = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
            } else if ((c < 0x20 && c != '\t' && c != '\r') || c == 0x7F) {
                throw new LetterboxdFormatException(line, String.format("a control character (U+%04X) where text should be; is this a CSV file?", (int) c));
            }
        }
    }

    private static Integer integer(String text) {
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private record Record(int line, List<String> fields) {
        boolean blank() {
            return fields.stream().allMatch(String::isBlank);
        }
    }

    /** Header names to indexes, case-insensitive. */
    private static final class Columns {
        private final List<String> names;

        Columns(List<String> header) {
            this.names = header.stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
        }

        boolean has(String name) {
            return names.contains(name);
        }

        Map<String, String> cells(Record record) {
            Map<String, String> cells = new LinkedHashMap<>();
            for (int i = 0; i < names.size() && i < record.fields().size(); i++) {
                cells.putIfAbsent(names.get(i), undefused(record.fields().get(i)));
            }
            return cells;
        }

        String get(Record record, String name) {
            int index = names.indexOf(name);
            if (index < 0 && "url".equals(name)) {
                index = names.indexOf("letterboxd uri");
            }
            return index < 0 || index >= record.fields().size() ? null : undefused(record.fields().get(index));
        }
    }

    /** RFC 4180: quoted fields with "" for a quote, commas and line breaks inside quotes, CRLF or LF. */
    private static List<Record> records(String text) {
        List<Record> out = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int line = 1;
        int recordLine = 1;
        boolean quoted = false;
        boolean any = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
                continue;
            }
            switch (c) {
                case '"' -> {
                    quoted = true;
                    any = true;
                }
                case ',' -> {
                    fields.add(field.toString());
                    field.setLength(0);
                    any = true;
                }
                case '\r', '\n' -> {
                    // LF, CRLF or a lone CR ends the record
                    if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                        i++;
                    }
                    fields.add(field.toString());
                    field.setLength(0);
                    out.add(new Record(recordLine, List.copyOf(fields)));
                    fields.clear();
                    line++;
                    recordLine = line;
                    any = false;
                }
                default -> {
                    field.append(c);
                    any = true;
                }
            }
        }
        if (quoted) {
            throw new LetterboxdFormatException(recordLine, "a quoted field is never closed");
        }
        if (any || field.length() > 0) {
            fields.add(field.toString());
            out.add(new Record(recordLine, List.copyOf(fields)));
        }
        return out;
    }

    // ------------------------------------------------------------------ writing

    /** The watchlist format: Date, Name, Year, Letterboxd URI. */
    public static String watchlist(List<Film> films) {
        StringBuilder out = new StringBuilder("Date,Name,Year,Letterboxd URI\n");
        for (Film f : films) {
            row(out, f.added() == null ? "" : f.added().toString(), f.name(), year(f.year()), f.url());
        }
        return out.toString();
    }

    /** The list format: the list's row, then Position, Name, Year, URL, Description (the note). */
    public static String list(String name, String description, String url, LocalDate created, List<Film> films) {
        StringBuilder out = new StringBuilder(LIST_VERSION).append('\n');
        out.append("Date,Name,Tags,URL,Description\n");
        row(out, created == null ? "" : created.toString(), name, "", url, description == null ? "" : description);
        out.append('\n');
        out.append("Position,Name,Year,URL,Description\n");
        int position = 1;
        for (Film f : films) {
            row(out, Integer.toString(position++), f.name(), year(f.year()), f.url(), f.note() == null ? "" : f.note());
        }
        return out.toString();
    }

    /** Any Letterboxd table: the header's columns, then one row a film (cells in the header's order). */
    public static String table(List<String> header, List<List<String>> rows) {
        StringBuilder out = new StringBuilder();
        row(out, header.toArray(String[]::new));
        for (List<String> r : rows) {
            row(out, r.toArray(String[]::new));
        }
        return out.toString();
    }

    private static String year(Integer year) {
        return year == null ? "" : year.toString();
    }

    private static void row(StringBuilder out, String... fields) {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(quote(defused(fields[i] == null ? "" : fields[i])));
        }
        out.append('\n');
    }

    /**
     * A spreadsheet opening the file would run a cell that starts with one of {@code = + - @}, a tab or a carriage
     * return as a formula ("CSV injection"): such a cell is written with a {@code '} before it, which spreadsheets
     * show as text. A cell that already starts with quotes before one of those gets one more, so that
     * {@link #undefused} gives every value back exactly.
     */
    static String defused(String cell) {
        return FORMULA.matcher(cell).lookingAt() ? "'" + cell : cell;
    }

    /** Our own export read back: the one {@code '} {@link #defused} added is taken off again. */
    static String undefused(String cell) {
        return cell.startsWith("'") && FORMULA.matcher(cell).region(1, cell.length()).lookingAt() ? cell.substring(1) : cell;
    }

    private static final Pattern FORMULA = Pattern.compile("'*[=+\\-@\t\r]");

    static String quote(String field) {
        boolean needs = field.indexOf(',') >= 0 || field.indexOf('"') >= 0 || field.indexOf('\n') >= 0
                || field.indexOf('\r') >= 0 || (!field.isEmpty() && (Character.isWhitespace(field.charAt(0))
                || Character.isWhitespace(field.charAt(field.length() - 1))));
        return needs ? '"' + field.replace("\"", "\"\"") + '"' : field;
    }
}
