package io.daybrief.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * ROUGE-1, ROUGE-2 and ROUGE-L F1 of a candidate text against a reference, on lower-cased alphanumeric tokens
 * without stemming.
 */
final class Rouge {

    private Rouge() {
    }

    /** F1 scores: [ROUGE-1, ROUGE-2, ROUGE-L]. */
    static double[] scores(String candidate, String reference) {
        List<String> c = tokens(candidate);
        List<String> r = tokens(reference);
        return new double[] {ngramF1(c, r, 1), ngramF1(c, r, 2), lcsF1(c, r)};
    }

    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        for (String t : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!t.isEmpty()) {
                tokens.add(t);
            }
        }
        return tokens;
    }

    private static double ngramF1(List<String> candidate, List<String> reference, int n) {
        Map<String, Integer> ref = ngrams(reference, n);
        Map<String, Integer> cand = ngrams(candidate, n);
        int overlap = 0;
        for (Map.Entry<String, Integer> e : cand.entrySet()) {
            overlap += Math.min(e.getValue(), ref.getOrDefault(e.getKey(), 0));
        }
        int candTotal = Math.max(candidate.size() - n + 1, 0);
        int refTotal = Math.max(reference.size() - n + 1, 0);
        return f1(overlap, candTotal, refTotal);
    }

    private static Map<String, Integer> ngrams(List<String> tokens, int n) {
        Map<String, Integer> grams = new HashMap<>();
        for (int i = 0; i + n <= tokens.size(); i++) {
            grams.merge(String.join(" ", tokens.subList(i, i + n)), 1, Integer::sum);
        }
        return grams;
    }

    private static double lcsF1(List<String> candidate, List<String> reference) {
        int[] previous = new int[reference.size() + 1];
        for (String token : candidate) {
            int[] current = new int[reference.size() + 1];
            for (int j = 1; j <= reference.size(); j++) {
                current[j] = token.equals(reference.get(j - 1)) ? previous[j - 1] + 1
                        : Math.max(previous[j], current[j - 1]);
            }
            previous = current;
        }
        return f1(previous[reference.size()], candidate.size(), reference.size());
    }

    private static double f1(int overlap, int candidateTotal, int referenceTotal) {
        if (overlap == 0 || candidateTotal == 0 || referenceTotal == 0) {
            return 0;
        }
        double p = (double) overlap / candidateTotal;
        double r = (double) overlap / referenceTotal;
        return 2 * p * r / (p + r);
    }
}
