package org.kinopanorama.diary;

import jakarta.enterprise.context.ApplicationScoped;
import org.kinopanorama.catalog.identity.FilmMergeParticipant;

import java.util.List;

import static org.kinopanorama.catalog.identity.FilmMergeParticipant.FilmColumn.filmIds;

/** Readers' ratings, "watched" marks and diary entries of a film on a merge (one of each per reader stays). */
@ApplicationScoped
class DiaryRowsOnMerge implements FilmMergeParticipant {

    @Override
    public List<FilmColumn> filmColumns() {
        return filmIds("other", "film_rating", "film_watched", "diary_entry");
    }
}
