package org.kinopanorama.ingest.dataset;

/** A dataset record that cannot be imported: reported with its file and skipped, never half-written. */
public class BadRecordException extends Exception {

    private final String file;

    public BadRecordException(String file, String reason) {
        super(reason);
        this.file = file;
    }

    public String file() {
        return file;
    }
}
