package io.daybrief.analysis;

/**
 * One sentence of a text.
 *
 * @param text  the sentence as written
 * @param start offset of its first character in the analysed text
 * @param end   offset just past its last character
 */
public record Sentence(String text, int start, int end) {

    public Sentence {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }
}
