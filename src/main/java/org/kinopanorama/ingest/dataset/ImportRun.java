package org.kinopanorama.ingest.dataset;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * What an importer sees of the import it is running: where to resume, how to commit a batch, where to report
 * a skipped record. The state lives in the database row of the import (see {@code DatasetImportJob}).
 */
public interface ImportRun {

    boolean everyFilm();

    /** Starts a phase of {@code total} items; returns how many of them a previous attempt already committed. */
    int beginPhase(String phase, int total);

    /**
     * Runs {@code work} in one transaction, together with the new cursor ({@code done} items of the phase) and
     * counts; throws {@link Cancelled} after committing when a curator asked to cancel.
     */
    void batch(String phase, int done, Work work);

    /** Ids of people and studios by dataset key, kept across batches (forgotten when a batch rolls back). */
    java.util.Map<String, Long> personIds();

    java.util.Map<String, Long> studioIds();

    void forgetIds();

    /** A record left out, with its file and why (written with the next batch). */
    void skipped(String file, String reason);

    void warning(String file, String message);

    /** Counts a batch adds, written with its cursor. */
    Counts counts();

    interface Work {
        void run(Connection c, FilmLinker linker) throws SQLException;
    }

    final class Counts {
        public int created;
        public int matched;
        public int unchanged;
        public int merged;
        public int notInCatalogue;
        public int signals;

        public void add(FilmLinker.Result r) {
            switch (r.outcome()) {
                case CREATED -> created++;
                case MATCHED, UPDATED -> matched++;
                case UNCHANGED -> unchanged++;
                case NOT_IN_CATALOGUE -> notInCatalogue++;
            }
            merged += r.merged();
        }
    }

    /** The import stopped between two batches because a curator cancelled it. */
    final class Cancelled extends RuntimeException {
        public Cancelled() {
            super("cancelled", null, false, false);
        }
    }
}
