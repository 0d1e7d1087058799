package org.kinopanorama.ingest.document;

import org.kinopanorama.ingest.document.LineClassifier.Field;
import org.kinopanorama.ingest.document.LineClassifier.Kind;
import org.kinopanorama.ingest.document.LineClassifier.Line;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Walks the classified lines once, in order, and builds the introduction, the entries and the problems.
 *
 * <p>States:
 * <ul>
 *   <li>INTRO: nothing film-like seen yet; text lines are the introduction.</li>
 *   <li>ENTRY: a title was read; Description and Fact labels fill its fields.</li>
 *   <li>NO_ENTRY: a title could not be read (no year, or a bad one), or labels came without a title;
 *       labels and their continuation lines belong to no film until the next title.</li>
 * </ul>
 *
 * <p>Two judgements need the neighbouring lines, because curators' layouts vary so much:
 * <ul>
 *   <li>A title-shaped line glued under prose (no blank line between) is only a title if it is decorated
 *       ({@code 2. ...}, {@code ## ...}) or a label follows it; otherwise it is a wrapped sentence that happens
 *       to end in "(1977)". A line ending "(1977)." or "(1977):" always needs a label after it, because
 *       sentences end that way too.</li>
 *   <li>A short line without a year is a title missing its year when a label follows it and it starts a
 *       block, or when it is glued under a field and the label after it repeats one the open film already
 *       has (so a new film must have begun).</li>
 * </ul>
 */
final class DocumentReader {

    record Result(String title, String introduction, List<ParsedEntry> entries, List<ParseProblem> problems) {
    }

    /** A Markdown heading ("# Love in Soviet cinema"); the first one of the introduction is the document's title. */
    private static final Pattern MARKDOWN_HEADING = Pattern.compile("#{1,6}\\s+(.*?)(?:\\s+#+)?");

    private enum State { INTRO, ENTRY, NO_ENTRY }

    /** What the previous line was: a blank line (or none), a title, or text of any kind. */
    private enum Previous { BLANK, TITLE, PROSE }

    /** A title missing its year is short and does not end like a sentence. */
    private static final int MAX_HEADING_LENGTH = 120;
    private static final int MAX_HEADING_WORDS = 15;
    private static final Pattern LETTER = Pattern.compile("\\p{L}");
    private static final Pattern WORDS = Pattern.compile("\\s+");

    private static final String TITLE_NEEDS_YEAR =
            "a film title needs its year in parentheses, e.g. 'The Ascent (1977)'";

    private final List<Line> lines;
    private final List<String> introParagraphs = new ArrayList<>();
    private final List<String> introParagraph = new ArrayList<>();
    private final List<ParsedEntry> entries = new ArrayList<>();
    private final List<ParseProblem> problems = new ArrayList<>();
    /** Normalised title and year of each kept film, to its title line: duplicates keep the first. */
    private final Map<String, Integer> keptFilms = new HashMap<>();

    private State state = State.INTRO;
    /** The document's own title: its first Markdown heading before any introduction text or film; null if none. */
    private String title;
    private Previous previous = Previous.BLANK;
    /** The open film, in ENTRY. */
    private EntryBuilder entry;
    /** Where a text line glued under a label goes; null once a blank line (or a title) ends the label. */
    private Consumer<Line> continuation;
    /** Labels (and their continuation) that belong to no film, reported as one problem. */
    private Run orphans;
    /** The title that could not be read, whose labels are the orphans; null if there was none. */
    private Integer rejectedTitle;
    /** Consecutive text lines that belong to nothing, reported as one problem. */
    private Run stray;

    DocumentReader(List<Line> lines) {
        this.lines = lines;
    }

    Result read() {
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            switch (line.kind()) {
                case BLANK -> blank();
                case LABEL -> label(line);
                case TITLE -> {
                    if (startsEntryHere(i)) {
                        title(line);
                    } else {
                        text(i);
                    }
                }
                case TEXT -> text(i);
            }
        }
        closeOpenBlocks();
        endIntroParagraph();
        problems.sort(Comparator.comparingInt(ParseProblem::line));
        return new Result(title, String.join("\n\n", introParagraphs), entries, problems);
    }

    // ---- one method per kind of line ------------------------------------------------------------------

    private void blank() {
        continuation = null;
        endStray();
        if (state == State.INTRO) {
            endIntroParagraph();
        }
        previous = Previous.BLANK;
    }

    private void title(Line line) {
        closeOpenBlocks();
        Heading heading = line.heading();
        if (heading.yearProblem() != null) {
            rejectTitle(line, heading.yearProblem() + ", so this film was not read.");
        } else {
            entry = new EntryBuilder(line);
            state = State.ENTRY;
            rejectedTitle = null;
        }
        continuation = null;
        previous = Previous.TITLE;
    }

    private void label(Line line) {
        endStray();
        if (state == State.ENTRY && !entry.has(line.field())) {
            FieldText field = entry.start(line);
            continuation = field::add;
        } else {
            // No open film, or one that already has this label: the title line of a film is missing.
            if (state != State.NO_ENTRY) {
                closeEntry();
                rejectedTitle = null;
                state = State.NO_ENTRY;
            }
            if (orphans == null) {
                orphans = new Run(line.number());
            }
            Run run = orphans;
            run.extendTo(line.number());
            continuation = l -> run.extendTo(l.number());
        }
        previous = Previous.PROSE;
    }

    private void text(int index) {
        Line line = lines.get(index);
        if (isTitleWithoutYear(index)) {
            closeOpenBlocks();
            rejectTitle(line, TITLE_NEEDS_YEAR + "; the Description and Fact under it belong to no film "
                    + "and were not read.");
            continuation = null;
            previous = Previous.TITLE;
            return;
        }
        if (continuation != null) {
            continuation.accept(line);
        } else if (state == State.INTRO) {
            java.util.regex.Matcher heading = MARKDOWN_HEADING.matcher(line.text());
            if (heading.matches() && title == null && introParagraphs.isEmpty() && introParagraph.isEmpty()
                    && !heading.group(1).isBlank()) {
                title = heading.group(1).replaceAll("^[*_]+|[*_]+$", "").strip();
                previous = Previous.BLANK;
                return;
            }
            introParagraph.add(line.text());
        } else {
            if (stray == null) {
                stray = new Run(line.number());
            }
            stray.extendTo(line.number());
        }
        previous = Previous.PROSE;
    }

    // ---- judgements that need the neighbours ----------------------------------------------------------

    /** See the class comment. */
    private boolean startsEntryHere(int index) {
        Line line = lines.get(index);
        boolean mayStandAlone = !line.heading().punctuated()
                && (previous != Previous.PROSE || line.decorated());
        if (mayStandAlone) {
            return true;
        }
        Line next = nextNonBlank(index);
        return next != null && next.kind() == Kind.LABEL;
    }

    /** See the class comment. */
    private boolean isTitleWithoutYear(int index) {
        if (!looksLikeHeading(lines.get(index).undecorated())) {
            return false;
        }
        Line next = nextNonBlank(index);
        if (next == null || next.kind() != Kind.LABEL) {
            return false;
        }
        return switch (previous) {
            case BLANK -> true;
            case TITLE -> false;    // a subtitle or a director under a good title: stray text, not a film
            case PROSE -> state == State.ENTRY && entry.has(next.field());
        };
    }

    private static boolean looksLikeHeading(String text) {
        if (text.isEmpty() || text.length() > MAX_HEADING_LENGTH || !LETTER.matcher(text).find()) {
            return false;
        }
        char last = text.charAt(text.length() - 1);
        return ".,;:".indexOf(last) < 0 && WORDS.split(text).length <= MAX_HEADING_WORDS;
    }

    private Line nextNonBlank(int index) {
        for (int i = index + 1; i < lines.size(); i++) {
            if (lines.get(i).kind() != Kind.BLANK) {
                return lines.get(i);
            }
        }
        return null;
    }

    // ---- closing blocks -------------------------------------------------------------------------------

    private void rejectTitle(Line line, String message) {
        problems.add(ParseProblem.error(line.number(), message));
        state = State.NO_ENTRY;
        rejectedTitle = line.number();
    }

    private void closeOpenBlocks() {
        closeEntry();
        endOrphans();
        endStray();
        if (state == State.INTRO) {
            endIntroParagraph();
        }
    }

    private void closeEntry() {
        if (entry == null) {
            return;
        }
        EntryBuilder closing = entry;
        entry = null;
        Heading heading = closing.title.heading();
        int line = closing.title.number();
        String key = heading.title().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ") + "|" + heading.year();
        Integer first = keptFilms.putIfAbsent(key, line);
        if (first != null) {
            problems.add(ParseProblem.warning(line, heading.label() + " is listed twice, on line " + first
                    + " and on line " + line + "; only the first one is kept."));
            return;
        }
        String description = closing.text(Field.DESCRIPTION);
        String fact = closing.text(Field.FACT);
        entries.add(new ParsedEntry(entries.size() + 1, line, heading.text(), heading.title(),
                heading.alternativeTitles(), heading.year(), heading.yearEnd(), description, fact,
                TruncatedText.looksTruncated(description), TruncatedText.looksTruncated(fact)));
    }

    private void endOrphans() {
        if (orphans == null) {
            return;
        }
        if (rejectedTitle != null) {
            problems.add(ParseProblem.warning(orphans.first, orphans.last, "this Description or Fact belongs to "
                    + "no film because the title on line " + rejectedTitle + " could not be read; it was skipped."));
        } else {
            problems.add(ParseProblem.error(orphans.first, orphans.last, "this Description or Fact belongs to "
                    + "no film: it needs a title line like 'The Ascent (1977)' above it; it was skipped."));
        }
        orphans = null;
    }

    private void endStray() {
        if (stray == null) {
            return;
        }
        problems.add(ParseProblem.warning(stray.first, stray.last,
                "this text is not part of a film's title, Description or Fact, so it was ignored."));
        stray = null;
    }

    private void endIntroParagraph() {
        if (!introParagraph.isEmpty()) {
            introParagraphs.add(String.join("\n", introParagraph));
            introParagraph.clear();
        }
    }

    // ---- small builders -------------------------------------------------------------------------------

    private final class EntryBuilder {
        final Line title;
        final Map<Field, FieldText> fields = new EnumMap<>(Field.class);

        EntryBuilder(Line title) {
            this.title = title;
        }

        boolean has(Field field) {
            return fields.containsKey(field);
        }

        FieldText start(Line label) {
            FieldText text = new FieldText(label);
            fields.put(label.field(), text);
            return text;
        }

        /** The field's text, or null with a warning on the title line when it is missing or empty. */
        String text(Field field) {
            FieldText text = fields.get(field);
            String film = title.heading().label();
            if (text == null) {
                problems.add(ParseProblem.warning(title.number(), film + " has no " + field.label + "."));
                return null;
            }
            if (text.parts.isEmpty()) {
                problems.add(ParseProblem.warning(title.number(), film + " has an empty " + field.label
                        + " (line " + text.label.number() + ")."));
                return null;
            }
            return String.join("\n", text.parts);
        }
    }

    /** The text of one label: what follows it on its line, then each continuation line, trimmed. */
    private static final class FieldText {
        final Line label;
        final List<String> parts = new ArrayList<>();

        FieldText(Line label) {
            this.label = label;
            if (!label.value().isEmpty()) {
                parts.add(label.value());
            }
        }

        void add(Line continuation) {
            parts.add(continuation.text());
        }
    }

    /** A range of lines reported together. */
    private static final class Run {
        final int first;
        int last;

        Run(int first) {
            this.first = first;
            this.last = first;
        }

        void extendTo(int line) {
            last = line;
        }
    }
}
