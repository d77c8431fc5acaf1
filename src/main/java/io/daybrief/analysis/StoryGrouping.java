package io.daybrief.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * Groups reports into stories: rewrites of one wire report and different reports of the same event. Each report
 * is a TF-IDF vector of its words (headline counted twice, word endings folded, names weighed double); reports are
 * compared only when they share one of their most telling words (blocking, so the work grows with the reports,
 * not with their pairs); stories are then formed by average-link agglomeration: two groups join while the mean
 * similarity of all their pairs is at least {@link #THRESHOLD}. Deterministic: the same reports in the same order
 * give the same groups. A pure function of the texts; no model is downloaded.
 */
public final class StoryGrouping {

    /**
     * The mean similarity at which two groups are one story: in the middle of the range that groups both full
     * articles (0.08 to 0.15) and headlines alone (0.06 to 0.12) best on the development stories.
     */
    public static final double THRESHOLD = 0.10;
    /** The words of a report that may put it in a block with others: its most telling ones. */
    private static final int BLOCKING_TERMS = 12;
    /** A word more than this share of the reports carry is too common to block on. */
    private static final double COMMON_SHARE = 0.05;
    /** Pairs less alike than this are counted as not alike at all. */
    static final double PAIR_FLOOR = THRESHOLD / 2;
    /** Nor a word more than this many carry: a block's pairs grow with its square. */
    private static final int LARGEST_BLOCK = 400;
    private static final Set<String> STOP = Set.of("a", "an", "the", "of", "in", "on", "at", "to", "for", "from",
            "by", "with", "and", "or", "as", "its", "it", "their", "his", "her", "this", "that", "these", "those",
            "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "not", "but", "after",
            "over", "new", "says", "said", "say", "he", "she", "they", "we", "you", "i", "who", "which", "what",
            "there", "than", "more", "also", "up", "out", "into", "about", "can", "could", "may", "do", "does", "did",
            "if", "when", "so", "no", "all", "one", "two", "our", "your", "them", "him", "us", "my", "me");

    /** A report to group: its headline and body (the body may be empty: a feed entry's title alone). */
    public record Report(String title, String body) {
    }

    private StoryGrouping() {
    }

    /** The group of each report, in the reports' order: equal numbers are one story; numbered from 0. */
    public static int[] group(List<Report> reports) {
        int n = reports.size();
        Map<String, Integer> vocabulary = new HashMap<>();
        List<Map<Integer, Integer>> counts = new ArrayList<>(n);
        for (Report report : reports) {
            Map<Integer, Integer> tf = new HashMap<>();
            String text = report.title() + ". " + report.title() + ". " + report.body();
            tokens(text, word -> tf.merge(vocabulary.computeIfAbsent(word, w -> vocabulary.size()), 1, Integer::sum));
            counts.add(tf);
        }
        int[] df = new int[vocabulary.size()];
        counts.forEach(tf -> tf.keySet().forEach(t -> df[t]++));
        // A number alone ("10", "2024") is weak evidence of one event: it is compared, but never blocks.
        vocabulary.forEach((word, id) -> {
            if (word.chars().allMatch(Character::isDigit)) {
                df[id] = -df[id];
            }
        });
        Vector[] vectors = new Vector[n];
        for (int i = 0; i < n; i++) {
            vectors[i] = Vector.of(counts.get(i), df, n);
        }
        return cluster(vectors, candidatePairs(vectors, df, n));
    }

    /** A report as sorted term ids and their L2-normalised weights. */
    private record Vector(int[] terms, double[] weights) {

        static Vector of(Map<Integer, Integer> tf, int[] df, int n) {
            int[] terms = tf.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
            double[] weights = new double[terms.length];
            double norm = 0;
            for (int k = 0; k < terms.length; k++) {
                double w = (1 + Math.log(tf.get(terms[k]))) * Math.log((n + 1.0) / (Math.abs(df[terms[k]]) + 1.0));
                weights[k] = w;
                norm += w * w;
            }
            norm = Math.sqrt(norm);
            for (int k = 0; k < weights.length && norm > 0; k++) {
                weights[k] /= norm;
            }
            return new Vector(terms, weights);
        }

        double cosine(Vector other) {
            double sum = 0;
            int a = 0;
            int b = 0;
            while (a < terms.length && b < other.terms.length) {
                if (terms[a] == other.terms[b]) {
                    sum += weights[a++] * other.weights[b++];
                } else if (terms[a] < other.terms[b]) {
                    a++;
                } else {
                    b++;
                }
            }
            return sum;
        }

        /** The ids of its most telling terms, heaviest first. */
        int[] top(int k) {
            Integer[] order = new Integer[terms.length];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (x, y) -> weights[y] != weights[x] ? Double.compare(weights[y], weights[x])
                    : Integer.compare(terms[x], terms[y]));
            int[] top = new int[Math.min(k, order.length)];
            for (int i = 0; i < top.length; i++) {
                top[i] = terms[order[i]];
            }
            return top;
        }
    }

    /** The similar pairs among reports that share a telling word, as i < j with their cosine. */
    private static Map<Long, Double> candidatePairs(Vector[] vectors, int[] df, int n) {
        int common = Math.min(LARGEST_BLOCK, Math.max(50, (int) (n * COMMON_SHARE)));
        Map<Integer, List<Integer>> blocks = new HashMap<>();
        for (int i = 0; i < vectors.length; i++) {
            for (int term : vectors[i].top(BLOCKING_TERMS)) {
                if (df[term] > 1 && df[term] <= common) { // numbers have negative counts here
                    blocks.computeIfAbsent(term, t -> new ArrayList<>()).add(i);
                }
            }
        }
        Map<Long, Double> pairs = new HashMap<>();
        for (List<Integer> block : blocks.values()) {
            for (int x = 0; x < block.size(); x++) {
                for (int y = x + 1; y < block.size(); y++) {
                    int i = block.get(x);
                    int j = block.get(y);
                    long key = (long) Math.min(i, j) * n + Math.max(i, j);
                    if (!pairs.containsKey(key)) {
                        double s = vectors[i].cosine(vectors[j]);
                        // Pairs barely alike move no mean over the threshold; not keeping them saves the most work.
                        pairs.put(key, s >= PAIR_FLOOR ? s : 0.0);
                    }
                }
            }
        }
        return pairs;
    }

    /** A proposed merge of two groups at their mean pair similarity. */
    private record Merge(double similarity, int a, int b, int sizeA, int sizeB) {
    }

    /**
     * Average-link agglomeration over the known pairs (pairs never compared count as 0): the two groups with the
     * highest mean similarity join, again and again, while it is at least the threshold.
     */
    private static int[] cluster(Vector[] vectors, Map<Long, Double> pairs) {
        int n = vectors.length;
        int[] size = new int[n];
        Arrays.fill(size, 1);
        boolean[] alive = new boolean[n];
        Arrays.fill(alive, true);
        List<Map<Integer, Double>> sums = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            sums.add(new HashMap<>());
        }
        PriorityQueue<Merge> queue = new PriorityQueue<>((x, y) -> x.similarity() != y.similarity()
                ? Double.compare(y.similarity(), x.similarity()) : x.a() != y.a() ? Integer.compare(x.a(), y.a())
                : Integer.compare(x.b(), y.b()));
        // The queue's order is total (similarity, then ids), so the order pairs are added in does not matter.
        pairs.entrySet().forEach(e -> {
            int i = (int) (e.getKey() / n);
            int j = (int) (e.getKey() % n);
            if (e.getValue() > 0) {
                sums.get(i).put(j, e.getValue());
                sums.get(j).put(i, e.getValue());
                if (e.getValue() >= THRESHOLD) {
                    queue.add(new Merge(e.getValue(), i, j, 1, 1));
                }
            }
        });
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        while (!queue.isEmpty()) {
            Merge m = queue.poll();
            // A merge proposed before either group changed is stale.
            if (!alive[m.a()] || !alive[m.b()] || size[m.a()] != m.sizeA() || size[m.b()] != m.sizeB()) {
                continue;
            }
            // The group with fewer neighbours is folded into the other: the work is then the smaller map's.
            boolean swap = sums.get(m.b()).size() > sums.get(m.a()).size();
            int keep = swap ? m.b() : m.a();
            int gone = swap ? m.a() : m.b();
            alive[gone] = false;
            parent[gone] = keep;
            size[keep] += size[gone];
            Map<Integer, Double> merged = sums.get(keep);
            merged.remove(gone);
            for (Map.Entry<Integer, Double> e : sums.get(gone).entrySet()) {
                if (e.getKey() != keep) {
                    merged.merge(e.getKey(), e.getValue(), Double::sum);
                }
            }
            sums.set(gone, Map.of());
            for (Map.Entry<Integer, Double> e : merged.entrySet()) {
                int other = e.getKey();
                Map<Integer, Double> theirs = sums.get(other);
                theirs.remove(gone);
                theirs.put(keep, e.getValue());
                double mean = e.getValue() / ((double) size[keep] * size[other]);
                if (mean >= THRESHOLD) {
                    int a = Math.min(keep, other);
                    int b = Math.max(keep, other);
                    queue.add(new Merge(mean, a, b, size[a], size[b]));
                }
            }
        }
        int[] group = new int[n];
        Map<Integer, Integer> numbers = new HashMap<>();
        for (int i = 0; i < n; i++) {
            int root = i;
            while (parent[root] != root) {
                root = parent[root];
            }
            group[i] = numbers.computeIfAbsent(root, r -> numbers.size());
        }
        return group;
    }

    /** The words of a text, lower-cased, stop words out, endings folded; a capitalised word inside counts twice. */
    static void tokens(String text, java.util.function.Consumer<String> sink) {
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (!Character.isLetterOrDigit(c) && c != '$') {
                i++;
                continue;
            }
            int start = i;
            while (i < n && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '$')) {
                i++;
            }
            String word = text.substring(start, i);
            // A possessive's s is not a word of its own.
            if (word.length() == 1 && (word.equals("s") || word.equals("S")) && start > 0
                    && (text.charAt(start - 1) == '\'' || text.charAt(start - 1) == '\u2019')) {
                continue;
            }
            String lower = word.toLowerCase(Locale.ROOT);
            if (lower.length() < 2 || STOP.contains(lower)) {
                continue;
            }
            String stem = stem(lower);
            sink.accept(stem);
            if (Character.isUpperCase(word.charAt(0)) && start > 0) {
                sink.accept(stem); // a name says more about the event than a common word
            }
        }
    }

    private static String stem(String word) {
        for (String suffix : new String[] {"ing", "ed", "es", "s"}) {
            if (word.length() > 4 && word.endsWith(suffix)) {
                return word.substring(0, word.length() - suffix.length());
            }
        }
        return word;
    }
}
