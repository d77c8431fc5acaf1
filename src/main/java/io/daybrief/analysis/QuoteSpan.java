package io.daybrief.analysis;

/**
 * Where a quotation stands: {@code open} is the opening mark's offset, {@code close} the closing mark's, and
 * {@code markWidth} how many characters each mark takes (2 for the two apostrophes some papers write as {@code ''}).
 */
record QuoteSpan(int open, int close, boolean closedByMark, int markWidth) {

    QuoteSpan(int open, int close, boolean closedByMark) {
        this(open, close, closedByMark, 1);
    }

    int textStart() {
        return open + markWidth;
    }

    int textEnd() {
        return close;
    }

    /** Offset just past the closing mark, or the end of the text when the paragraph ended the quote. */
    int after() {
        return closedByMark ? close + markWidth : close;
    }
}
