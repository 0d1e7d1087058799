package org.kinopanorama.ingest;

import jakarta.enterprise.context.ApplicationScoped;
import org.kinopanorama.catalog.identity.FilmMergeParticipant;

import java.util.List;

import static org.kinopanorama.catalog.identity.FilmMergeParticipant.FilmColumn.kept;

/** What curated lists say of a film, on a merge: their entries, the evidence of its themes, the years they claim. */
@ApplicationScoped
class IngestRowsOnMerge implements FilmMergeParticipant {

    @Override
    public List<FilmColumn> filmColumns() {
        return List.of(
                kept("list_entry", "film_id", "list_entries"),
                kept("film_theme_evidence", "film_id", "themes"),
                kept("film_year_claim", "film_id", "claims"));
    }
}
