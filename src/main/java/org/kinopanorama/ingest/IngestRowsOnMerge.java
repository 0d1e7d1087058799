package org.kinopanorama.ingest;

import jakarta.enterprise.context.ApplicationScoped;
import org.kinopanorama.catalog.identity.FilmMergeParticipant;

import java.util.List;

import static org.kinopanorama.catalog.identity.FilmMergeParticipant.FilmColumn.all;
import static org.kinopanorama.catalog.identity.FilmMergeParticipant.FilmColumn.filmIds;

/** What curated lists say of a film, on a merge: their entries, the evidence of its themes, the years they claim. */
@ApplicationScoped
class IngestRowsOnMerge implements FilmMergeParticipant {

    @Override
    public List<FilmColumn> filmColumns() {
        return all(filmIds("list_entries", "list_entry"), filmIds("themes", "film_theme_evidence"),
                filmIds("claims", "film_year_claim"));
    }
}
