package org.kinopanorama.catalog.identity;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

import static org.kinopanorama.catalog.identity.FilmMergeParticipant.FilmColumn.derived;
import static org.kinopanorama.catalog.identity.FilmMergeParticipant.FilmColumn.all;
import static org.kinopanorama.catalog.identity.FilmMergeParticipant.FilmColumn.filmIds;

/** The catalogue's own rows of a film on a merge: titles and their keys, themes, old addresses. */
@ApplicationScoped
class CatalogueRowsOnMerge implements FilmMergeParticipant {

    @Override
    public List<FilmColumn> filmColumns() {
        // match keys come from the titles (an undo rebuilds them); the film merged away's own old addresses follow it
        return all(filmIds("titles", "film_title"), filmIds("themes", "film_theme"), filmIds(null, "film_redirect"),
                List.of(derived("film_match_key", "film_id")));
    }
}
