package org.kinopanorama.ingest;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.util.List;
import java.util.Set;

/**
 * What ingesting a document did (or, for a preview, would do): the list, each entry's film and themes,
 * and every warning with its line.
 */
public record IngestReport(
        String sourceName,
        String checksum,
        Outcome outcome,
        boolean preview,
        Long runId,
        String listSlug,
        String listTitle,
        String centralTheme,
        String centralThemeWords,
        int filmsAdded,
        int filmsMerged,
        int entriesAdded,
        int entriesRemoved,
        int entriesReworded,
        List<EntryOutcome> entries,
        List<String> warnings,
        @JsonIgnore Set<Long> touchedFilms) {

    public enum Outcome { CREATED, UPDATED, UNCHANGED }

    /** One entry of the document and the film it became. */
    public record EntryOutcome(
            int position,
            int line,
            String heading,
            String years,
            long filmId,
            String filmTitle,
            boolean newFilm,
            String matchedOn,
            List<String> themes,
            String yearConflict,
            boolean descriptionTruncated,
            boolean factTruncated) {
    }

    public boolean changed() {
        return outcome != Outcome.UNCHANGED;
    }
}
