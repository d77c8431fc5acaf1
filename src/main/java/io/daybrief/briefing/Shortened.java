package io.daybrief.briefing;

/**
 * Text cut to what an edition shows: a summary sentence, a quote or a label longer than a reader would read on
 * a page (a report without full stops makes one sentence of its whole body) ends at a word with an ellipsis, so
 * that one long record can neither crowd a page nor hold up its layout.
 */
final class Shortened {

    /** The longest summary sentence or quote shown, in characters. */
    static final int PASSAGE = 600;
    /** The longest name, role, figure or label shown, in characters. */
    static final int LABEL = 160;

    private Shortened() {
    }

    /** {@code text} when it has at most {@code limit} characters, else its first words and an ellipsis. */
    static String to(String text, int limit) {
        if (text == null || text.length() <= limit) {
            return text;
        }
        int cut = text.lastIndexOf(' ', limit - 1);
        if (cut < limit / 2) {
            cut = limit - 1;
        }
        if (Character.isHighSurrogate(text.charAt(cut - 1))) {
            cut--;
        }
        return text.substring(0, cut).strip() + "\u2026";
    }
}
