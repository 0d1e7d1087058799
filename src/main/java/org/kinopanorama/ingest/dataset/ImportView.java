package org.kinopanorama.ingest.dataset;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

/** An import as the curator's page and the API show it. */
public record ImportView(long id, String dataset, String location, boolean everyFilm, String status, boolean cancelRequested,
                         String phase, int total, int done, int filmsCreated, int filmsMatched, int filmsUnchanged,
                         int filmsMerged, int notInCatalogue, int skipped, int signals, String cursor, String error,
                         String actor, OffsetDateTime createdAt, OffsetDateTime heartbeatAt, long elapsedMillis,
                         List<LogLine> log) {

    public record LogLine(String level, String file, String message) {
    }

    /** Queued or running (or interrupted, which the next runner resumes). */
    public boolean active() {
        return status.equals("queued") || status.equals("running");
    }

    /** Running, but no batch has been committed for two minutes: its instance stopped. */
    public boolean interrupted() {
        return status.equals("running") && heartbeatAt != null
                && heartbeatAt.isBefore(OffsetDateTime.now().minusMinutes(2));
    }

    public boolean resumable() {
        return status.equals("cancelled") || status.equals("failed");
    }

    public int percent() {
        return total == 0 ? 0 : (int) Math.min(100, Math.round(100.0 * done / total));
    }

    /** "2 min 05 s". */
    public String elapsed() {
        Duration d = Duration.ofMillis(elapsedMillis);
        return d.toMinutes() > 0 ? d.toMinutes() + " min " + String.format("%02d", d.toSecondsPart()) + " s"
                : d.toSecondsPart() + "." + (d.toMillisPart() / 100) + " s";
    }

    public String datasetName() {
        return dataset.equals(DatasetImportJob.SOVIET_CINEMA) ? "Soviet Bloc Cinema Data" : "MovieLens";
    }
}
