package io.daybrief.analysis;

import java.util.Objects;

/**
 * A direct quotation and who said it.
 *
 * @param text        what stands between the quotation marks
 * @param speaker     the speaker's fullest name in the text, or an organisation or description
 * @param speakerRole the speaker's role as the text states it, or {@code null}
 * @param cue         the words that attribute it, such as {@code said} or {@code told reporters}
 * @param start       offset of the first quoted character in the analysed text
 * @param end         offset just past the last quoted character
 */
public record Quote(String text, String speaker, String speakerRole, String cue, int start, int end) {

    public Quote {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(speaker, "speaker");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }

    /** The same quote with its offsets moved by {@code delta}, for text analysed as part of a larger file. */
    public Quote shifted(int delta) {
        return new Quote(text, speaker, speakerRole, cue, start + delta, end + delta);
    }

    /** The same quote ending at {@code newEnd} (where a span maps to a file whose text was cleaned). */
    public Quote withEnd(int newEnd) {
        return new Quote(text, speaker, speakerRole, cue, start, newEnd);
    }
}
