package org.kinopanorama.ingest.document;

/** How a refused document is answered over HTTP. */
public final class DocumentRejections {

    private DocumentRejections() {
    }

    /** 413 too large, 415 not UTF-8 text, 422 readable but without films, 400 empty. */
    public static int status(DocumentRejectedException e) {
        return switch (e.reason()) {
            case EMPTY -> 400;
            case TOO_LARGE -> 413;
            case NOT_TEXT, NOT_UTF8 -> 415;
            case NO_FILMS -> 422;
        };
    }

    public static String describe(DocumentRejectedException e) {
        return e.line() == null || e.getMessage().contains("line " + e.line()) ? e.getMessage()
                : e.getMessage() + " (line " + e.line() + ")";
    }
}
