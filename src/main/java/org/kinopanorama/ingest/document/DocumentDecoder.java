package org.kinopanorama.ingest.document;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the uploaded bytes into text, or rejects them. Curators save documents from many editors, so
 * the checks run from cheapest and most certain to most specific, and each message says what to fix.
 */
final class DocumentDecoder {

    static final String EMPTY = "The document is empty.";

    /** Above this share of control characters a file is data, not text (one stray one is tolerated). */
    private static final double MAX_CONTROL_SHARE = 0.01;

    private final int maxBytes;

    DocumentDecoder(int maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** The text without the byte-order mark; line endings are left as they are. */
    String decode(byte[] content) {
        if (content.length == 0) {
            throw new DocumentRejectedException(DocumentRejectedException.Reason.EMPTY, EMPTY, null);
        }
        // Before decoding anything: a huge upload must cost no more than a length check.
        if (content.length > maxBytes) {
            throw new DocumentRejectedException(DocumentRejectedException.Reason.TOO_LARGE, "The document is larger than " + maxBytes + " bytes.", null);
        }
        rejectUtf16(content);
        rejectBinary(content);
        String text = decodeStrictUtf8(content);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (Lines.isBlank(text)) {
            throw new DocumentRejectedException(DocumentRejectedException.Reason.EMPTY, EMPTY, null);
        }
        return text;
    }

    /** Notepad's "Unicode" is UTF-16; it would otherwise be reported as binary, which would puzzle its author. */
    private static void rejectUtf16(byte[] b) {
        if (b.length >= 2 && ((b[0] == (byte) 0xFF && b[1] == (byte) 0xFE) || (b[0] == (byte) 0xFE && b[1] == (byte) 0xFF))) {
            throw new DocumentRejectedException(DocumentRejectedException.Reason.NOT_UTF8,
                    "The document is saved as UTF-16; it must be saved as UTF-8.", 1);
        }
    }

    /**
     * Text never holds NUL bytes; a few other control characters can slip into text (a pasted form feed,
     * a DOS end-of-file mark), so only a noticeable share of them marks the file as binary.
     */
    private static void rejectBinary(byte[] b) {
        int controls = 0;
        int firstControl = -1;
        for (int i = 0; i < b.length; i++) {
            if (b[i] == 0) {
                throw binary(b, i);
            }
            if (isNonTextControl(b[i])) {
                controls++;
                if (firstControl < 0) {
                    firstControl = i;
                }
            }
        }
        if (controls > 0 && controls > b.length * MAX_CONTROL_SHARE) {
            throw binary(b, firstControl);
        }
    }

    private static boolean isNonTextControl(byte x) {
        return (x >= 0x01 && x <= 0x08) || x == 0x0B || (x >= 0x0E && x <= 0x1F) || x == 0x7F;
    }

    private static DocumentRejectedException binary(byte[] b, int offset) {
        int line = lineAt(b, offset);
        return new DocumentRejectedException(DocumentRejectedException.Reason.NOT_TEXT, "This is not a text document (binary content on line " + line
                + ", at byte offset " + offset + ").", line);
    }

    /** A strict decoder: malformed bytes are reported, never replaced, so a Windows-1251 file cannot become garbage. */
    private static String decodeStrictUtf8(byte[] b) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(b);
        CharBuffer out = CharBuffer.allocate(b.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int offset = in.position();
            int line = lineAt(b, offset);
            throw new DocumentRejectedException(DocumentRejectedException.Reason.NOT_UTF8, "Line " + line + " is not valid UTF-8 (byte offset " + offset
                    + "); the document must be saved as UTF-8.", line);
        }
        if (result.isOverflow()) {
            // Cannot happen: UTF-8 never yields more chars than bytes. Fail loudly rather than lose text.
            throw new IllegalStateException("UTF-8 decoder overflow");
        }
        return out.flip().toString();
    }

    /** 1-based line of a byte offset, counting CRLF, LF and a lone CR each as one line break. */
    static int lineAt(byte[] b, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < b.length; i++) {
            if (b[i] == '\n' || (b[i] == '\r' && (i + 1 >= b.length || b[i + 1] != '\n'))) {
                line++;
            }
        }
        return line;
    }
}
