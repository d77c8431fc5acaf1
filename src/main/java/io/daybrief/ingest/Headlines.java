package io.daybrief.ingest;

/** Derives a short headline from an article's lead when the source gave none. */
final class Headlines {

    /** A clause that ends within this many words makes the headline whole. */
    private static final int CLAUSE_WORDS = 16;
    /** Without such a clause, the headline is cut after this many words. */
    private static final int CUT_WORDS = 12;
    private static final int SHORTEST_CLAUSE = 6;

    private Headlines() {
    }

    /** The lead's first clause when it is short, else its first twelve words and an ellipsis. */
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
        if (words.length <= CUT_WORDS) {
            return lead.replaceAll("[.\\s]+$", "");
        }
        for (int i = SHORTEST_CLAUSE - 1; i < Math.min(words.length, CLAUSE_WORDS); i++) {
            if (words[i].endsWith(",") || words[i].endsWith(";")) {
                return String.join(" ", java.util.Arrays.copyOfRange(words, 0, i + 1)).replaceAll("[,;]$", "");
            }
        }
        return String.join(" ", java.util.Arrays.copyOfRange(words, 0, CUT_WORDS)) + "\u2026";
    }
}
