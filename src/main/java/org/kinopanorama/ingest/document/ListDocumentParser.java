package org.kinopanorama.ingest.document;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * Reads a curator's film-list document: an introduction, then entries such as
 * <pre>
 * The Ascent (1977)
 * Description: A harrowing tale of two partisans ...
 * Fact: Larisa Shepitko, the director, ...
 * </pre>
 * It is lenient about layout (byte-order mark, CRLF/LF/CR, blank lines, Markdown headings, numbering,
 * bold labels) and strict about content: an entry is only created from a title line with a valid year,
 * and whatever could not be read is reported as a {@link ParseProblem} with its line.
 *
 * <p>Plain Java, thread-safe, no I/O: the caller supplies the bytes.
 */
public final class ListDocumentParser {

    public static final int DEFAULT_MAX_BYTES = 1_000_000;

    static final String NO_FILMS = "No films found: each film needs a line like 'The Ascent (1977)' "
            + "followed by 'Description:' and 'Fact:' lines.";

    private final int maxBytes;

    public ListDocumentParser() {
        this(DEFAULT_MAX_BYTES);
    }

    public ListDocumentParser(int maxBytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        }
        this.maxBytes = maxBytes;
    }

    /**
     * Parses one document.
     *
     * @param fileName the name it was uploaded under; only carried into the result
     * @param content  the raw bytes, which must be UTF-8 (with or without a byte-order mark)
     * @throws DocumentRejectedException when nothing usable can be read: the document is empty, larger than
     *                                   the maximum, binary, not UTF-8, or holds no film at all
     */
    public ParsedDocument parse(String fileName, byte[] content) {
        Objects.requireNonNull(content, "content");
        String text = new DocumentDecoder(maxBytes).decode(content);
        List<String> rawLines = Lines.split(text);
        List<LineClassifier.Line> lines = IntStream.range(0, rawLines.size())
                .mapToObj(i -> LineClassifier.classify(i + 1, rawLines.get(i)))
                .toList();
        DocumentReader.Result read = new DocumentReader(lines).read();
        if (read.entries().isEmpty()) {
            throw noFilms(read.problems());
        }
        return new ParsedDocument(fileName, sha256(content), read.introduction(), read.entries(), read.problems(),
                read.title());
    }

    /** The first error usually says why nothing was found (e.g. every title lacks its year). */
    private static DocumentRejectedException noFilms(List<ParseProblem> problems) {
        return problems.stream()
                .filter(p -> p.severity() == ParseProblem.Severity.ERROR)
                .findFirst()
                .map(p -> new DocumentRejectedException(DocumentRejectedException.Reason.NO_FILMS, NO_FILMS + " First problem: " + p.message(), p.line()))
                .orElseGet(() -> new DocumentRejectedException(DocumentRejectedException.Reason.NO_FILMS, NO_FILMS, null));
    }

    /** Same contract as {@link TruncatedText#looksTruncated(String)}. */
    public static boolean looksTruncated(String text) {
        return TruncatedText.looksTruncated(text);
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
