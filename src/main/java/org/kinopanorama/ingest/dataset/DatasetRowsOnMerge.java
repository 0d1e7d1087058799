package org.kinopanorama.ingest.dataset;

import jakarta.enterprise.context.ApplicationScoped;
import org.kinopanorama.catalog.identity.FilmMergeParticipant;

import java.util.List;

import static org.kinopanorama.catalog.identity.FilmMergeParticipant.FilmColumn.kept;

/**
 * What the datasets say of a film, on a merge: the records and ids that link it to each source, their claims,
 * credits, genres, tags and topics, their ratings and readers' signals.
 */
@ApplicationScoped
class DatasetRowsOnMerge implements FilmMergeParticipant {

    @Override
    public List<FilmColumn> filmColumns() {
        return List.of(
                kept("film_external_id", "film_id", "ids"),
                kept("dataset_record", "film_id", "ids"),
                kept("film_claim", "film_id", "claims"),
                kept("film_person", "film_id", "people"),
                kept("film_studio", "film_id", "people"),
                kept("film_genre", "film_id", "genres"),
                kept("film_tag", "film_id", "genres"),
                kept("film_topic", "film_id", "genres"),
                kept("film_literary_source", "film_id", "other"),
                kept("behaviour_signal", "film_id", "ratings"),
                kept("dataset_rating", "film_id", "other"));
    }
}
