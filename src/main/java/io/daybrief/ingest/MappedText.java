package io.daybrief.ingest;

import java.util.Arrays;

/**
 * Text cleaned from a file (entities decoded, wrapped lines joined, marks removed) that still knows where each
 * of its characters stood in the file, so that what is found in it can be pointed at in the file as written.
 *
 * <p>Offsets are into the file's text with line ends normalised to {@code \n} and the byte-order mark left out.
 */
final class MappedText {

    private final String text;
    private final int[] offsets;

    private MappedText(String text, int[] offsets) {
        this.text = text;
        this.offsets = offsets;
    }

    /** The cleaned text. */
    String text() {
        return text;
    }

    /** Where the character at {@code index} of the cleaned text stood in the file; the end maps past the last. */
    int fileOffset(int index) {
        if (offsets.length == 0) {
            return 0;
        }
        if (index >= offsets.length) {
            return offsets[offsets.length - 1] + 1;
        }
        return offsets[Math.max(0, index)];
    }

    /** The span [start, end) of the cleaned text as a span of the file. */
    int[] fileSpan(int start, int end) {
        return new int[] {fileOffset(start), end > start ? fileOffset(end - 1) + 1 : fileOffset(start)};
    }

    /** Builds cleaned text a piece at a time, each piece with the file offset it came from. */
    static final class Builder {

        private final StringBuilder text = new StringBuilder();
        private int[] offsets = new int[64];

        /** Appends {@code source[from, to)}, which stands at {@code fileStart} in the file. */
        Builder copy(String source, int from, int to, int fileStart) {
            for (int i = from; i < to; i++) {
                put(source.charAt(i), fileStart + (i - from));
            }
            return this;
        }

        /** Appends text that replaces something at {@code fileOffset} (a decoded entity, a joined line end). */
        Builder put(CharSequence replacement, int fileOffset) {
            for (int i = 0; i < replacement.length(); i++) {
                put(replacement.charAt(i), fileOffset);
            }
            return this;
        }

        Builder put(char c, int fileOffset) {
            if (text.length() == offsets.length) {
                offsets = Arrays.copyOf(offsets, offsets.length * 2);
            }
            offsets[text.length()] = fileOffset;
            text.append(c);
            return this;
        }

        /** Appends another mapped text as it is. */
        Builder append(MappedText other) {
            for (int i = 0; i < other.text.length(); i++) {
                put(other.text.charAt(i), other.offsets[i]);
            }
            return this;
        }

        int length() {
            return text.length();
        }

        MappedText build() {
            return new MappedText(text.toString(), Arrays.copyOf(offsets, text.length()));
        }
    }

    /** A piece of the file taken as it is: each character at its own offset. */
    static MappedText of(String source, int fileStart) {
        return new Builder().copy(source, 0, source.length(), fileStart).build();
    }

    /** The part [start, end) of this text, keeping its offsets. */
    MappedText slice(int start, int end) {
        return new MappedText(text.substring(start, end), Arrays.copyOfRange(offsets, start, end));
    }

    /**
     * This text with each match of {@code pattern} replaced by its group {@code keep} (0 removes the match), the
     * kept characters keeping their offsets.
     */
    MappedText keepGroup(java.util.regex.Pattern pattern, int keep) {
        return rewrite(pattern, (out, m) -> {
            if (keep > 0 && m.group(keep) != null) {
                out.append(slice(m.start(keep), m.end(keep)));
            }
        });
    }

    /** This text with each match of {@code pattern} replaced by what {@code replacement} makes of it. */
    MappedText replace(java.util.regex.Pattern pattern, java.util.function.Function<String, String> replacement) {
        return rewrite(pattern, (out, m) -> out.put(replacement.apply(m.group()), offsets[m.start()]));
    }

    /** This text with each match of {@code pattern} written by {@code write} in its place; the rest as it is. */
    private MappedText rewrite(java.util.regex.Pattern pattern,
                               java.util.function.BiConsumer<Builder, java.util.regex.Matcher> write) {
        java.util.regex.Matcher m = pattern.matcher(text);
        if (!m.find()) {
            return this;
        }
        Builder out = new Builder();
        int at = 0;
        do {
            out.append(slice(at, m.start()));
            write.accept(out, m);
            at = m.end();
        } while (m.find());
        return out.append(slice(at, text.length())).build();
    }

    /** This text without white space at either end. */
    MappedText strip() {
        int start = 0;
        int end = text.length();
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        return slice(start, end);
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F' || c == '\uFEFF';
    }

    @Override
    public String toString() {
        return text;
    }
}
