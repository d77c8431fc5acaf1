package io.daybrief.ingest;

import io.daybrief.analysis.Sentences;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Derives a headline from a story's lead when the file gives none: the lead's first sentence when it is short,
 * else its longest opening that ends where a clause or phrase ends and fits a headline's length; never cut
 * mid-word, never ending on a word that needs another (an article, a preposition), never with an ellipsis.
 */
final class Headlines {

    /** About as long as a headline runs. */
    static final int LONGEST = 90;
    /** A phrase shorter than this many words says too little to stand as a headline. */
    private static final int FEWEST_WORDS = 5;
    /** Words that open a new clause: a headline may end before them. */
    private static final Set<String> CLAUSE_WORDS = Set.of("after", "before", "as", "when", "while", "because",
            "amid", "despite", "following", "which", "who", "but", "and", "since", "until", "although", "though",
            "where", "if", "unless", "according", "so");
    /** Prepositions that open an adjunct phrase: a weaker place to end, used when no clause ends in time. */
    private static final Set<String> PHRASE_WORDS = Set.of("during", "over", "in", "on", "at", "for", "from", "with",
            "by", "near", "into", "than", "under", "against", "about", "without", "across", "to");
    /** A shorter opening than this says too little, however well it ends. */
    private static final int SHORTEST = 35;
    /** Words a headline cannot end on. */
    private static final Set<String> DANGLING = Set.of("a", "an", "the", "of", "to", "and", "or", "but", "in", "on",
            "at", "for", "from", "with", "by", "as", "that", "this", "his", "her", "its", "their", "our", "my", "is",
            "was", "are", "were", "be", "has", "have", "had", "will", "would", "could", "should", "it", "who", "which",
            "than", "into", "about", "after", "before", "while", "when", "more", "most", "some", "any", "no", "not");

    private Headlines() {
    }

    /** A headline from the story's lead; "Untitled report" for a story with no words. */
    static String fromLead(String body) {
        String lead = firstSentence(body);
        if (lead.isEmpty()) {
            return "Untitled report";
        }
        lead = lead.replaceAll("[.!]+[\"'\u201D\u2019]?$", "").strip();
        if (lead.length() <= LONGEST) {
            return lead;
        }
        String[] words = lead.split(" ");
        // The longest opening that ends at punctuation; else before a new clause; else before a phrase.
        int[] best = {-1, -1, -1};
        int length = -1;
        for (int i = 0; i + 1 < words.length; i++) {
            length += words[i].length() + 1;
            if (length > LONGEST) {
                break;
            }
            if (i + 1 < FEWEST_WORDS || length < SHORTEST || DANGLING.contains(bare(words[i]))) {
                continue;
            }
            String next = bare(words[i + 1]);
            if (words[i].matches(".*[,;:]$") || words[i + 1].matches("[\u2014\u2013-]{1,2}")) {
                best[0] = i;
            } else if (CLAUSE_WORDS.contains(next)) {
                best[1] = i;
            } else if (PHRASE_WORDS.contains(next)) {
                best[2] = i;
            }
        }
        int end = best[0] >= 0 ? best[0] : best[1] >= 0 ? best[1] : best[2] >= 0 ? best[2] : lastWhole(words);
        return String.join(" ", List.of(words).subList(0, end + 1)).replaceAll("[,;:\u2014\u2013-]+$", "").strip();
    }

    /** The last word that fits the length and does not dangle. */
    private static int lastWhole(String[] words) {
        int length = -1;
        int last = 0;
        for (int i = 0; i < words.length; i++) {
            length += words[i].length() + 1;
            if (length > LONGEST) {
                break;
            }
            if (!DANGLING.contains(bare(words[i]))) {
                last = i;
            }
        }
        return last;
    }

    private static String bare(String word) {
        return word.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "").toLowerCase(Locale.ROOT);
    }

    private static String firstSentence(String body) {
        String lead = body.strip();
        int paragraphEnd = lead.indexOf("\n\n");
        if (paragraphEnd > 0) {
            lead = lead.substring(0, paragraphEnd);
        }
        lead = lead.replaceAll("\\s+", " ");
        List<io.daybrief.analysis.Sentence> sentences = Sentences.of(lead);
        return sentences.isEmpty() ? lead.strip() : sentences.get(0).text().strip();
    }
}
