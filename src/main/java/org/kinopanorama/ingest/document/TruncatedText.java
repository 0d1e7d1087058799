package org.kinopanorama.ingest.document;

/**
 * Tells whether a description or fact stops mid-sentence, like a seed fact that ends
 * "... a sequel, "The Sword and the Shield," released in".
 */
public final class TruncatedText {

    /** Closing quotes and brackets that may follow the final punctuation. */
    private static final String CLOSERS = "\"'”’»›)]}";
    /** Markdown emphasis that may close the text; it says nothing about the sentence. */
    private static final String EMPHASIS = "*_";
    /** Punctuation that finishes a sentence (Latin and CJK full-width forms). */
    private static final String SENTENCE_ENDS = ".!?。！？‽";

    private TruncatedText() {
    }

    /**
     * True when a non-empty text does not end like a finished sentence.
     * <ul>
     *   <li>Null, empty or blank text is not truncated: there is nothing to be cut off (a missing
     *       field is reported separately).</li>
     *   <li>Trailing white space is ignored.</li>
     *   <li>The text is finished when it ends with {@code . ! ?} (or {@code 。！？‽}), possibly
     *       followed by closing quotes, brackets or Markdown emphasis: {@code popular today.},
     *       {@code "The Era of Mercy".}, {@code he said "No!"}, {@code (see above.)}.</li>
     *   <li>A bare trailing ellipsis ({@code ...} or {@code …}) counts as truncated: a writer or a tool that
     *       cuts text off marks it that way, and a finished list entry does not end in one.</li>
     *   <li>An ellipsis inside a closing quote or bracket ({@code ...”}, {@code …)}) is a quotation that
     *       trails off on purpose, so it is finished.</li>
     *   <li>Anything else (a word, a digit, a comma, a colon, a dash, a closing bracket with no
     *       punctuation before it) is truncated: {@code released in}.</li>
     * </ul>
     */
    public static boolean looksTruncated(String text) {
        if (text == null) {
            return false;
        }
        String t = text.stripTrailing();
        if (t.isEmpty()) {
            return false;
        }
        int end = t.length();
        boolean closed = false;
        while (end > 0) {
            char c = t.charAt(end - 1);
            if (CLOSERS.indexOf(c) >= 0) {
                closed = true;
            } else if (EMPHASIS.indexOf(c) < 0) {
                break;
            }
            end--;
        }
        String body = t.substring(0, end).stripTrailing();
        if (body.isEmpty()) {
            return true;
        }
        if (body.endsWith("..") || body.endsWith("…")) {
            return !closed;
        }
        return SENTENCE_ENDS.indexOf(body.charAt(body.length() - 1)) < 0;
    }
}
