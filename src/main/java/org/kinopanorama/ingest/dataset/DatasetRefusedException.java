package org.kinopanorama.ingest.dataset;

import java.io.IOException;

/** A dataset that cannot be imported as given; the message names it as the curator did, never a server path. */
public class DatasetRefusedException extends IOException {

    public DatasetRefusedException(String message) {
        super(message);
    }
}
