package io.daybrief.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Picks the sentences that best stand for a news text: early ones, and ones that share the words most of
 * the text's sentences use, among sentences of readable length that do not open with a quotation; returned
 * in text order.
 */
final class Summarizer {

    private static final Set<String> FUNCTION_WORDS = Set.of("the", "a", "an", "and", "or", "but", "of", "to", "in",
            "on", "at", "for", "with", "by", "from", "as", "is", "was", "were", "are", "be", "been", "has", "have",
            "had", "that", "this", "it", "its", "he", "she", "they", "his", "her", "their", "said", "says", "will",
            "would", "not", "who", "which", "after", "before", "than", "more", "also", "we", "i", "you", "our");
    /** How much being early counts against sharing the text's words: news puts what matters first. */
    private static final double POSITION_WEIGHT = 2.0;
    private static final int MIN_WORDS = 6;
    private static final int MAX_WORDS = 60;

    private Summarizer() {
    }

    static List<String> summarise(List<Sentence> sentences, int count) {
        List<Sentence> candidates = new ArrayList<>();
        for (Sentence sentence : sentences) {
            if (isCandidate(sentence)) {
                candidates.add(sentence);
            }
        }
        if (candidates.isEmpty()) {
            candidates = sentences;
        }
        // For each content word: in how many sentences it stands, and the last sentence that counted it (so that a
        // word said twice in one sentence counts once there, without a set made for every sentence).
        List<List<String>> words = new ArrayList<>(candidates.size());
        Map<String, int[]> frequency = new HashMap<>();
        for (int i = 0; i < candidates.size(); i++) {
            List<String> content = contentWords(candidates.get(i).text());
            words.add(content);
            for (String word : content) {
                int[] seen = frequency.computeIfAbsent(word, w -> new int[] {0, -1});
                if (seen[1] != i) {
                    seen[0]++;
                    seen[1] = i;
                }
            }
        }
        List<Scored> scored = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            scored.add(new Scored(i, candidates.get(i), score(words.get(i), i, frequency)));
        }
        scored.sort(Comparator.comparingDouble(Scored::score).reversed().thenComparingInt(Scored::index));
        List<Scored> chosen = choose(scored, candidates, sentences, count);
        chosen.sort(Comparator.comparingInt(Scored::index));
        List<String> summary = new ArrayList<>();
        for (Scored s : chosen) {
            summary.add(String.join(" ", Words.split(s.sentence().text())));
        }
        return summary;
    }

    private record Scored(int index, Sentence sentence, double score) {
    }

    /**
     * The best sentences, save that one which leans on the sentence before it ("They also come ...", "But the
     * council ...") is taken only with that sentence, when both fit, or not at all.
     */
    private static List<Scored> choose(List<Scored> scored, List<Sentence> candidates, List<Sentence> sentences,
                                       int count) {
        List<Scored> chosen = new ArrayList<>();
        Set<Integer> taken = new HashSet<>();
        Map<Integer, Scored> byIndex = new HashMap<>();
        scored.forEach(s -> byIndex.put(s.index(), s));
        for (Scored s : scored) {
            if (chosen.size() >= count) {
                break;
            }
            if (taken.contains(s.index())) {
                continue;
            }
            int at = sentences.indexOf(s.sentence());
            // A lead may open with a pronoun ("She has slammed NATO ... and now she is on track to win"): its
            // antecedent is the headline, not a sentence the summary could leave out.
            if (at == 0 || !leansBack(s.sentence().text())) {
                chosen.add(s);
                taken.add(s.index());
                continue;
            }
            // Its antecedent is the sentence just before it in the text, which must be a candidate too.
            Sentence before = at > 0 ? sentences.get(at - 1) : null;
            int beforeIndex = before == null ? -1 : candidates.indexOf(before);
            if (beforeIndex >= 0 && taken.contains(beforeIndex)) {
                chosen.add(s);
                taken.add(s.index());
            } else if (beforeIndex >= 0 && !leansBack(before.text()) && chosen.size() + 2 <= count) {
                chosen.add(byIndex.get(beforeIndex));
                chosen.add(s);
                taken.add(beforeIndex);
                taken.add(s.index());
            }
        }
        return chosen;
    }

    /** Words that open a sentence which cannot stand without the one before it: "He added ...", "But ...". */
    private static final Set<String> LEANING_OPENERS = Set.of("he", "she", "they", "his", "her", "their", "its",
            "him", "them", "that", "these", "those", "but", "however", "also", "and", "yet", "still", "instead",
            "meanwhile", "moreover", "furthermore", "besides", "then", "thus", "therefore", "so", "such",
            "nevertheless", "nonetheless", "otherwise", "both", "neither", "either", "another", "others");
    /** Openers that lean back only before a word that continues ("It also ...", "This was ..."), not in a lead. */
    private static final Set<String> SOMETIMES_LEANING = Set.of("it", "this", "there");
    private static final java.util.regex.Pattern CONTINUING = java.util.regex.Pattern.compile(
            "^(?:also|too|then|later|added|said|says|comes|came|follows|followed|means|meant)\\b.*");

    /** Whether a sentence opens with a pronoun or connective that needs the sentence before it. */
    static boolean leansBack(String text) {
        int i = 0;
        while (i < text.length() && !Character.isLetter(text.charAt(i))) {
            i++;
        }
        int end = i;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        String first = text.substring(i, end).toLowerCase(java.util.Locale.ROOT);
        return LEANING_OPENERS.contains(first) || SOMETIMES_LEANING.contains(first)
                && CONTINUING.matcher(text.substring(end).strip().toLowerCase(java.util.Locale.ROOT)).matches();
    }

    private static boolean isCandidate(Sentence sentence) {
        String text = sentence.text();
        int words = Words.count(text);
        // A sentence that opens with a quotation reads as a fragment out of its paragraph.
        boolean opensWithQuote = "\"'\u201C\u2018".indexOf(text.charAt(0)) >= 0;
        return words >= MIN_WORDS && words <= MAX_WORDS && !opensWithQuote && !text.endsWith("?") && !text.endsWith(":")
                && endsLikeASentence(text);
    }

    /**
     * Whether the text ends as a sentence does (a full stop or mark, perhaps inside a closing quote): a subhead or a
     * caption without one is not a sentence to summarise with.
     */
    private static boolean endsLikeASentence(String text) {
        int end = text.length();
        while (end > 0 && "\"'\u201D\u2019)]".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return end > 0 && ".!?\u2026".indexOf(text.charAt(end - 1)) >= 0;
    }

    /** A harmonic position prior (1, 1/2, 1/3, ...) plus how central the sentence's words are to the text. */
    private static double score(List<String> words, int index, Map<String, int[]> frequency) {
        double centrality = 0;
        int mark = -2 - index; // set on a word once this sentence has counted it
        for (String word : words) {
            int[] seen = frequency.get(word);
            if (seen[1] != mark) {
                centrality += Math.log1p(seen[0] - 1);
                seen[1] = mark;
            }
        }
        centrality /= Math.sqrt(Math.max(words.size(), 1));
        return POSITION_WEIGHT / (index + 1) + centrality;
    }

    private static List<String> contentWords(String written) {
        List<String> words = new ArrayList<>();
        String text = written.toLowerCase(java.util.Locale.ROOT); // once for the sentence, not once a word
        int i = 0;
        int n = text.length();
        while (i < n) {
            while (i < n && !Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            if (i - start > 2) {
                String word = text.substring(start, i);
                if (!FUNCTION_WORDS.contains(word)) {
                    words.add(word);
                }
            }
        }
        return words;
    }
}
