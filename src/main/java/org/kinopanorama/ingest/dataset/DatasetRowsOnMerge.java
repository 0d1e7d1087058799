package org.kinopanorama.ingest.dataset;

import jakarta.enterprise.context.ApplicationScoped;
import org.kinopanorama.catalog.identity.FilmMergeParticipant;

import java.util.List;

import static org.kinopanorama.catalog.identity.FilmMergeParticipant.FilmColumn.all;
import static org.kinopanorama.catalog.identity.FilmMergeParticipant.FilmColumn.filmIds;

/**
 * What the datasets say of a film, on a merge: the records and ids that link it to each source, their claims,
 * credits, genres, tags and topics, their ratings and readers' signals.
 */
@ApplicationScoped
class DatasetRowsOnMerge implements FilmMergeParticipant {

    @Override
    public List<FilmColumn> filmColumns() {
        return all(filmIds("ids", "film_external_id", "dataset_record"), filmIds("claims", "film_claim"),
                filmIds("people", "film_person", "film_studio"), filmIds("genres", "film_genre", "film_tag", "film_topic"),
                filmIds("ratings", "behaviour_signal"), filmIds("other", "film_literary_source", "dataset_rating"));
    }
}
