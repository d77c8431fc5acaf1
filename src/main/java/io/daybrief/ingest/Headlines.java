package io.daybrief.ingest;

/** Derives a short headline from an article's lead when the source gave none. */
final class Headlines {

    private static final int MAX_WORDS = 12;

    private Headlines() {
    }

    /** The lead's first sentence, cut at a clause boundary or after twelve words. */
    static String fromLead(String body) {
        String lead = body.strip();
        int paragraphEnd = lead.indexOf("\n\n");
        if (paragraphEnd > 0) {
            lead = lead.substring(0, paragraphEnd);
        }
        lead = lead.replaceAll("\\s+", " ");
        int sentenceEnd = lead.indexOf(". ");
        if (sentenceEnd > 0) {
            lead = lead.substring(0, sentenceEnd);
        }
        String[] words = lead.split(" ");
        if (words.length <= MAX_WORDS) {
            return lead.replaceAll("[.\\s]+$", "");
        }
        StringBuilder headline = new StringBuilder();
        for (int i = 0; i < MAX_WORDS; i++) {
            String word = words[i];
            if (i >= 6 && (word.endsWith(",") || word.endsWith(";"))) {
                headline.append(word, 0, word.length() - 1);
                return headline.toString();
            }
            headline.append(word).append(i < MAX_WORDS - 1 ? " " : "");
        }
        return headline.append('\u2026').toString();
    }
}
