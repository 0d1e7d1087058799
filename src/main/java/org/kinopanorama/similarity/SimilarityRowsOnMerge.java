package org.kinopanorama.similarity;

import jakarta.enterprise.context.ApplicationScoped;
import org.kinopanorama.catalog.identity.FilmMergeParticipant;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

import static org.kinopanorama.catalog.identity.FilmMergeParticipant.FilmColumn.kept;
import static org.kinopanorama.catalog.identity.FilmMergeParticipant.FilmColumn.own;

/**
 * Similarity's rows of a film on a merge: the stored neighbours of both films are dropped (the rebuild the merge owes
 * recomputes them); the suggestion weights move with the film until the next full rebuild refits them.
 */
@ApplicationScoped
class SimilarityRowsOnMerge implements FilmMergeParticipant {

    @Override
    public List<FilmColumn> filmColumns() {
        return List.of(
                own("film_neighbour", "film_id"),
                own("film_neighbour", "neighbour_id"),
                kept("film_suggestion_weight", "film_id", "other"),
                kept("film_suggestion_weight", "suggested_id", "other"));
    }

    @Override
    public void beforeMove(Connection c, long keep, long gone) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "DELETE FROM film_neighbour WHERE film_id IN (?, ?) OR neighbour_id IN (?, ?)")) {
            ps.setLong(1, keep);
            ps.setLong(2, gone);
            ps.setLong(3, keep);
            ps.setLong(4, gone);
            ps.executeUpdate();
        }
    }

    @Override
    public void beforeUndo(Connection c, long kept, long gone) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM film_neighbour WHERE film_id = ? OR neighbour_id = ?")) {
            ps.setLong(1, kept);
            ps.setLong(2, kept);
            ps.executeUpdate();
        }
    }
}
