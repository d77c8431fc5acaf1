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
 * @param confidence  how sure the attribution is, 0 to 1: a cue beside the quotation is surest, a quotation that
 *                    carries on the previous one less so, one given its likeliest speaker by the speaker model
 *                    (no cue at all) as sure as the model's probability
 * @param decidedBy   which rule or model gave the speaker, for a person checking it (eval --errors)
 */
public record Quote(String text, String speaker, String speakerRole, String cue, int start, int end,
                    double confidence, String decidedBy) {

    /** Quotations shown to readers have at least this confidence; the others are left out rather than guessed. */
    public static final double SHOWN = 0.5;

    public Quote {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(speaker, "speaker");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence " + confidence + " is not between 0 and 1");
        }
    }

    /** The same quote with its offsets moved by {@code delta}, for text analysed as part of a larger file. */
    public Quote shifted(int delta) {
        return new Quote(text, speaker, speakerRole, cue, start + delta, end + delta, confidence, decidedBy);
    }

    /** The same quote ending at {@code newEnd} (where a span maps to a file whose text was cleaned). */
    public Quote withEnd(int newEnd) {
        return new Quote(text, speaker, speakerRole, cue, start, newEnd, confidence, decidedBy);
    }
}
