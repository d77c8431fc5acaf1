package io.daybrief.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Picks the sentences that best stand for a news text: early ones, ones that share the text's most frequent
 * content words, and ones of a readable length, returned in text order.
 */
final class Summarizer {

    private static final Set<String> FUNCTION_WORDS = Set.of("the", "a", "an", "and", "or", "but", "of", "to", "in",
            "on", "at", "for", "with", "by", "from", "as", "is", "was", "were", "are", "be", "been", "has", "have",
            "had", "that", "this", "it", "its", "he", "she", "they", "his", "her", "their", "said", "says", "will",
            "would", "not", "who", "which", "after", "before", "than", "more", "also", "we", "i", "you", "our");

    private Summarizer() {
    }

    static List<String> summarise(List<Sentence> sentences, int count) {
        List<Sentence> candidates = sentences.stream().filter(Summarizer::isCandidate).toList();
        if (candidates.isEmpty()) {
            candidates = sentences;
        }
        Map<String, Integer> frequency = new HashMap<>();
        for (Sentence sentence : candidates) {
            for (String word : contentWords(sentence.text())) {
                frequency.merge(word, 1, Integer::sum);
            }
        }
        List<Scored> scored = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            scored.add(new Scored(i, candidates.get(i), score(candidates.get(i), i, frequency)));
        }
        return scored.stream()
                .sorted(Comparator.comparingDouble(Scored::score).reversed().thenComparingInt(Scored::index))
                .limit(count)
                .sorted(Comparator.comparingInt(Scored::index))
                .map(s -> s.sentence().text().replaceAll("\\s+", " "))
                .toList();
    }

    private record Scored(int index, Sentence sentence, double score) {
    }

    private static boolean isCandidate(Sentence sentence) {
        int words = QuoteAttributor.wordCount(sentence.text());
        String text = sentence.text();
        // A sentence that opens with a quotation reads as a fragment out of its paragraph.
        boolean opensWithQuote = "\"'\u201C\u2018".indexOf(text.charAt(0)) >= 0;
        return words >= 6 && words <= 60 && !opensWithQuote && !text.endsWith("?") && !text.endsWith(":");
    }

    private static double score(Sentence sentence, int index, Map<String, Integer> frequency) {
        List<String> words = contentWords(sentence.text());
        double centrality = words.stream().distinct().mapToDouble(w -> Math.log1p(frequency.get(w) - 1)).sum()
                / Math.sqrt(Math.max(words.size(), 1));
        double position = 1.0 / Math.sqrt(index + 1);
        return 2.0 * position + centrality;
    }

    private static List<String> contentWords(String text) {
        List<String> words = new ArrayList<>();
        for (String raw : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (raw.length() > 2 && !FUNCTION_WORDS.contains(raw)) {
                words.add(raw);
            }
        }
        return words;
    }
}
