package org.kinopanorama.catalog.identity;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

import static org.kinopanorama.catalog.identity.FilmMergeParticipant.FilmColumn.derived;
import static org.kinopanorama.catalog.identity.FilmMergeParticipant.FilmColumn.kept;

/** The catalogue's own rows of a film on a merge: titles and their keys, themes, old addresses. */
@ApplicationScoped
class CatalogueRowsOnMerge implements FilmMergeParticipant {

    @Override
    public List<FilmColumn> filmColumns() {
        return List.of(
                kept("film_title", "film_id", "titles"),
                derived("film_match_key", "film_id"), // from the titles: an undo rebuilds them
                kept("film_theme", "film_id", "themes"),
                kept("film_redirect", "film_id", null)); // the film merged away's own old addresses follow it
    }
}
