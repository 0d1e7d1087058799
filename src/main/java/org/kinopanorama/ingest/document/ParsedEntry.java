package org.kinopanorama.ingest.document;

import java.util.List;
import java.util.Objects;

/**
 * One film as the curator wrote it.
 *
 * @param position             1-based order among the entries of the document (skipped duplicates
 *                             and rejected titles take no position)
 * @param line                 1-based line of the title
 * @param heading              the title line as written, trimmed, without Markdown heading marks,
 *                             numbering, bullets, bold/italic markers or a ":" or "." after the year, e.g.
 *                             {@code The Cranes Are Flying (Letyat zhuravli) (1957)}
 * @param title                the main title, e.g. {@code The Cranes Are Flying}
 * @param alternativeTitles    titles in parentheses before the year and titles after " / ",
 *                             in the order written; empty if none
 * @param year                 the (first) year; never null
 * @param yearEnd              the last year of a range such as {@code (1973–1974)}, else null
 * @param description          the text after the {@code Description:} label, trimmed; continuation
 *                             lines are joined with {@code "\n"}; null if the entry has none
 * @param fact                 the same for {@code Fact:}
 * @param descriptionTruncated the description stops mid-sentence, see {@link TruncatedText}
 * @param factTruncated        the fact stops mid-sentence, see {@link TruncatedText}
 */
public record ParsedEntry(int position, int line, String heading, String title, List<String> alternativeTitles,
        Integer year, Integer yearEnd, String description, String fact,
        boolean descriptionTruncated, boolean factTruncated) {

    public ParsedEntry {
        Objects.requireNonNull(heading, "heading");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(year, "an entry always has a year");
        alternativeTitles = List.copyOf(alternativeTitles);
    }
}
