package io.daybrief.event;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/** Fingerprints event text so that the same report, re-sent or re-scraped, is recognised as one event. */
public final class ContentHash {

    private ContentHash() {
    }

    /**
     * The SHA-256, in lower-case hex, of the text after Unicode NFKC normalisation, curly quotes made
     * straight, white space folded and case folded: trivial re-formatting does not make new content.
     */
    public static String of(String text) {
        String normal = Normalizer.normalize(text, Normalizer.Form.NFKC)
                .replaceAll("[\u2018\u2019\u201A\u201B]", "'")
                .replaceAll("[\u201C\u201D\u201E\u201F]", "\"")
                .replaceAll("\\s+", " ")
                .strip()
                .toLowerCase(Locale.ROOT);
        return sha256(normal.getBytes(StandardCharsets.UTF_8));
    }

    /** The SHA-256 of raw bytes, in lower-case hex. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
