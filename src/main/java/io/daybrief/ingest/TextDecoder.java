package io.daybrief.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads a text file's bytes as text, the way files arrive: UTF-8 with or without a byte-order mark, UTF-16 with
 * one, and otherwise Windows-1252 (which covers Latin-1), which older systems and many exports still write.
 * Bytes that no text holds (NUL in a file without a UTF-16 mark, many control bytes) make it not text.
 */
final class TextDecoder {

    /** Text read from bytes, and the encoding it was read in. */
    record Decoded(String text, String encoding) {

        /** Whether the bytes were not UTF-8 and were read as Windows-1252, which a report should say. */
        boolean isLegacy() {
            return encoding.equals(LEGACY.name());
        }
    }

    /** Thrown for bytes that are not text at all; the message says why. */
    static final class NotTextException extends Exception {
        private static final long serialVersionUID = 1L;

        NotTextException(String message) {
            super(message);
        }
    }

    static final Charset LEGACY = Charset.forName("windows-1252");

    private TextDecoder() {
    }

    static Decoded decode(byte[] bytes) throws NotTextException {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return utf8OrLegacy(bytes, 3);
        }
        if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
            Charset utf16 = bytes[0] == (byte) 0xFE ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE;
            return new Decoded(new String(bytes, 2, bytes.length - 2, utf16), utf16.name());
        }
        int controls = 0;
        for (byte b : bytes) {
            if (b == 0) {
                throw new NotTextException("not text: it holds NUL bytes (a binary file, or UTF-16 without its"
                        + " byte-order mark); give text articles, saved as UTF-8");
            }
            if (b > 0 && b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                controls++;
            }
        }
        if (controls > 8 && controls * 100L > bytes.length) {
            throw new NotTextException("not text: " + controls + " of its " + bytes.length + " bytes are control"
                    + " codes (a binary file?); give text articles, saved as UTF-8");
        }
        return utf8OrLegacy(bytes, 0);
    }

    private static Decoded utf8OrLegacy(byte[] bytes, int from) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, from, bytes.length - from)).toString();
            return new Decoded(text, StandardCharsets.UTF_8.name());
        } catch (CharacterCodingException e) {
            return new Decoded(new String(bytes, from, bytes.length - from, LEGACY), LEGACY.name());
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
