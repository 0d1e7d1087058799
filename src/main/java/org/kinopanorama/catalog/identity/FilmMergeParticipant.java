package org.kinopanorama.catalog.identity;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * A feature's part in merging two films that are one ({@link FilmMerger}): the columns of its own tables that hold a
 * film's id, and its own rules for their rows. Each feature registers one as a CDI bean; every foreign key to
 * {@code film} belongs to exactly one participant (FilmMergeParticipantsTest reads the schema to check it). The
 * hooks run on the merging transaction's connection.
 */
public interface FilmMergeParticipant {

    /** What a merge does with a column's rows. */
    enum Handling {
        /** Moved onto the film kept (a row the kept film already has under a unique index is dropped), snapshotted, put back by an undo. */
        KEPT,
        /** Moved like {@link #KEPT}, but derived from other rows: neither snapshotted nor put back (the feature recomputes it). */
        DERIVED,
        /** Left to the participant's own hooks (e.g. dropped and recomputed by a rebuild). */
        OWN
    }

    /**
     * A column holding a film's id. {@code kind} is how a curator reads a count of its rows in a merge's preview
     * ("titles", "watchlist_entries", "other"), null when they are not counted.
     */
    record FilmColumn(String table, String column, Handling handling, String kind) {

        public static FilmColumn kept(String table, String column, String kind) {
            return new FilmColumn(table, column, Handling.KEPT, kind);
        }

        public static FilmColumn derived(String table, String column) {
            return new FilmColumn(table, column, Handling.DERIVED, null);
        }

        public static FilmColumn own(String table, String column) {
            return new FilmColumn(table, column, Handling.OWN, null);
        }

        String key() {
            return table + "." + column;
        }

        /** The {@code film_id} column of each of {@code tables}, handled as {@link Handling#KEPT} and counted as {@code kind}. */
        public static List<FilmColumn> filmIds(String kind, String... tables) {
            return Arrays.stream(tables).map(t -> kept(t, "film_id", kind)).toList();
        }

        /** Several groups of columns as one list. */
        @SafeVarargs
        public static List<FilmColumn> all(List<FilmColumn>... groups) {
            return Stream.of(groups).flatMap(List::stream).toList();
        }
    }

    /** The columns of this feature's tables that refer to a film. */
    List<FilmColumn> filmColumns();

    /** In a preview: how many rows of both films this feature will join into one (shown to the curator). */
    default int joinedOnMerge(Connection c, long keep, long gone) throws SQLException {
        return 0;
    }

    /** Before the rows move: this feature's own rule for rows of both films (after the snapshot was taken). */
    default void beforeMove(Connection c, long keep, long gone) throws SQLException {
    }

    /** Before an undo puts anything back. */
    default void beforeUndo(Connection c, long kept, long gone) throws SQLException {
    }

    /**
     * After the undo took the film merged away's rows off the kept film, before it puts them back: this feature's rows
     * of the kept film as they were before the merge, from the merge's snapshot ({@code film_merge.snapshot}, keyed
     * {@code kept}/{@code gone} then {@code table.column}).
     */
    default void restoreKept(Connection c, long mergeId) throws SQLException {
    }
}
