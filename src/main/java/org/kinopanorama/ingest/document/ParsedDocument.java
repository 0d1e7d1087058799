package org.kinopanorama.ingest.document;

import java.util.List;
import java.util.Objects;

/**
 * What the parser read from one document.
 *
 * @param fileName     the name the document was uploaded under, as given
 * @param checksum     lowercase hex SHA-256 of the raw bytes (byte-order mark included)
 * @param introduction the text before the first entry, paragraphs joined with {@code "\n\n"},
 *                     trimmed; {@code ""} if there is none
 * @param entries      the films, in document order
 * @param problems     what could not be read as intended, ordered by line
 * @param title        the document's own title, its first Markdown heading ({@code # Love in Soviet cinema}) before
 *                     any introduction text; null when it has none
 */
public record ParsedDocument(String fileName, String checksum, String introduction,
        List<ParsedEntry> entries, List<ParseProblem> problems, String title) {

    public ParsedDocument(String fileName, String checksum, String introduction, List<ParsedEntry> entries,
                          List<ParseProblem> problems) {
        this(fileName, checksum, introduction, entries, problems, null);
    }

    public ParsedDocument {
        Objects.requireNonNull(checksum, "checksum");
        Objects.requireNonNull(introduction, "introduction");
        entries = List.copyOf(entries);
        problems = List.copyOf(problems);
    }

    /** True when part of the document was lost: at least one problem is an {@code ERROR}. */
    public boolean hasErrors() {
        return problems.stream().anyMatch(p -> p.severity() == ParseProblem.Severity.ERROR);
    }
}
