package org.kinopanorama.ingest;

import java.util.Locale;

/** How a refused document is answered over HTTP. */
final class DocumentRejections {

    private DocumentRejections() {
    }

    /** 413 too large, 415 not UTF-8 text, 422 readable but without films, 400 empty. */
    static int status(DocumentRejectedException e) {
        String m = e.getMessage().toLowerCase(Locale.ROOT);
        if (m.contains("larger than")) {
            return 413;
        }
        if (m.contains("not a text document") || m.contains("utf-8")) {
            return 415;
        }
        if (m.contains("empty")) {
            return 400;
        }
        return 422;
    }

    static String describe(DocumentRejectedException e) {
        return e.line() == null || e.getMessage().contains("line " + e.line()) ? e.getMessage()
                : e.getMessage() + " (line " + e.line() + ")";
    }
}
