package io.daybrief.eval;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The text normalisation and token overlap the labels are scored with. */
final class TextMatch {

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}_']+");
    private static final String EDGE = " \"'.,;:!?-\u2014\u2013";

    private TextMatch() {
    }

    /** NFKC, curly quotes straight, white space folded, lower case, edge punctuation stripped. */
    static String norm(String text) {
        String s = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC)
                .replace('\u201C', '"').replace('\u201D', '"').replace('\u2018', '\'').replace('\u2019', '\'');
        s = s.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
        int start = 0;
        int end = s.length();
        while (start < end && EDGE.indexOf(s.charAt(start)) >= 0) {
            start++;
        }
        while (end > start && EDGE.indexOf(s.charAt(end - 1)) >= 0) {
            end--;
        }
        return s.substring(start, end);
    }

    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(norm(text));
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }

    /** Words that say nothing of what a figure counts, as the reference scorer drops them. */
    private static final java.util.Set<String> STOP = java.util.Set.of(("a an the of in on at to for from by with and or"
            + " as its it their his her this that these those per over under into than was were is are be been being"
            + " which who whom").split(" "));

    /** The content words of a label: tokens without stop words, a plural s stripped (not from "ss"). */
    static java.util.Set<String> contentWords(String text) {
        java.util.Set<String> words = new java.util.HashSet<>();
        for (String t : tokens(text)) {
            if (!STOP.contains(t)) {
                words.add(t.length() > 3 && t.endsWith("s") && !t.endsWith("ss") ? t.substring(0, t.length() - 1) : t);
            }
        }
        return words;
    }

    /** Word F1 of the content words of what a figure counts, against its label's. */
    static double countsF1(String gold, String predicted) {
        java.util.Set<String> g = contentWords(gold);
        java.util.Set<String> p = contentWords(predicted);
        long common = g.stream().filter(p::contains).count();
        return common == 0 ? 0 : 2.0 * common / (g.size() + p.size());
    }

    /** Word-token F1 of two texts. */
    static double overlapF1(String a, String b) {
        List<String> ta = tokens(a);
        List<String> tb = tokens(b);
        if (ta.isEmpty() || tb.isEmpty()) {
            return 0;
        }
        Map<String, Integer> counts = new HashMap<>();
        ta.forEach(t -> counts.merge(t, 1, Integer::sum));
        int common = 0;
        for (String t : tb) {
            Integer left = counts.get(t);
            if (left != null && left > 0) {
                common++;
                counts.put(t, left - 1);
            }
        }
        if (common == 0) {
            return 0;
        }
        double p = (double) common / ta.size();
        double r = (double) common / tb.size();
        return 2 * p * r / (p + r);
    }

    /** Whether a predicted speaker names the labelled one: its last word is among the prediction's, or one contains the other. */
    static boolean speakerMatches(String predicted, String gold) {
        List<String> p = tokens(predicted).stream().map(t -> t.replaceFirst("'s$", "")).toList();
        List<String> g = tokens(gold).stream().map(t -> t.replaceFirst("'s$", "")).toList();
        if (p.isEmpty() || g.isEmpty()) {
            return false;
        }
        if (p.contains(g.get(g.size() - 1))) {
            return true;
        }
        String jp = String.join(" ", p);
        String jg = String.join(" ", g);
        return jg.contains(jp) || jp.contains(jg);
    }
}
