package io.daybrief.analysis;

/** Where a quotation stands: {@code open} is the opening mark's offset, {@code close} the closing mark's. */
record QuoteSpan(int open, int close, boolean closedByMark) {

    int textStart() {
        return open + 1;
    }

    int textEnd() {
        return close;
    }

    /** Offset just past the closing mark, or the end of the text when the paragraph ended the quote. */
    int after() {
        return closedByMark ? close + 1 : close;
    }
}
