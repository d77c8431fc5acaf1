package io.daybrief.ingest;

/** Counts words, for the length rules of headlines. */
final class QuoteWords {

    private QuoteWords() {
    }

    static int count(String text) {
        String trimmed = text.strip();
        return trimmed.isEmpty() ? 0 : trimmed.split("\\s+").length;
    }
}
