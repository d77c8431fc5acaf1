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
    /**
     * Reports the rarity of a word is judged against beyond the window's own, each carrying none of its words: a
     * small window (a quiet morning, four reports) otherwise finds every shared word common.
     */
    static final double PRIOR_REPORTS = 5;
    /**
     * The characters of a report's body that are read: its lead, where a report says which event it is about (and
     * what keeps a day of a hundred thousand reports in a small heap).
     */
    static final int LEAD = 600;
    /** The words of a report that may put it in a block with others: its most telling ones. */
    private static final int BLOCKING_TERMS = 12;
    /** The most similar others each report keeps for the agglomeration. */
    static final int NEIGHBOURS = 16;
    /** Pairs less alike than this are counted as not alike at all. */
    static final double PAIR_FLOOR = THRESHOLD / 2;
    /** A word more than this many reports carry is too common to block on: a block's pairs grow with its square. */
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
        Builder builder = new Builder();
        reports.forEach(r -> builder.add(r.title(), r.body()));
        return builder.group();
    }

    /**
     * Reports added one at a time, each kept only as its words' ids and counts (not its text), so that a day of a
     * hundred thousand reports can be grouped in a small heap.
     */
    public static final class Builder {
        private final Map<String, Integer> vocabulary = new HashMap<>();
        /** Each report's word ids with their counts, one int each: id in the high bits, count (to 255) in the low 8. */
        private final List<int[]> words = new ArrayList<>();
        private int[] df = new int[1024];
        private final Map<Integer, Integer> scratch = new HashMap<>();

        /** Adds a report: its headline and its body, of which the lead is read. */
        public void add(String title, String body) {
            scratch.clear();
            String lead = body.length() <= LEAD ? body : body.substring(0, LEAD);
            tokens(title + ". " + title + ". " + lead, word -> {
                Integer id = vocabulary.get(word);
                if (id == null) {
                    id = vocabulary.size();
                    vocabulary.put(word, id);
                    if (id >= df.length) {
                        df = Arrays.copyOf(df, df.length * 2);
                    }
                    // A number alone ("10", "2024") is weak evidence of one event: compared, but never blocking.
                    if (word.chars().allMatch(Character::isDigit)) {
                        df[id] = Integer.MIN_VALUE / 2;
                    }
                }
                scratch.merge(id, 1, Integer::sum);
            });
            int[] packed = scratch.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
            for (int k = 0; k < packed.length; k++) {
                int id = packed[k];
                df[id]++;
                packed[k] = id << 8 | Math.min(255, scratch.get(id));
            }
            words.add(packed);
        }

        /** How many reports were added. */
        public int size() {
            return words.size();
        }

        /** The group of each report, in the order they were added. */
        public int[] group() {
            return groups().group();
        }

        /** The group of each report and how central it is in its group, in the order they were added. */
        public Groups groups() {
            int n = words.size();
            int[] documentFrequency = new int[vocabulary.size()];
            boolean[] number = new boolean[vocabulary.size()];
            for (int t = 0; t < documentFrequency.length; t++) {
                number[t] = df[t] < 0;
                documentFrequency[t] = number[t] ? df[t] - Integer.MIN_VALUE / 2 : df[t];
            }
            Vector[] vectors = new Vector[n];
            for (int i = 0; i < n; i++) {
                vectors[i] = Vector.of(words.get(i), documentFrequency, n);
                words.set(i, null);
            }
            int[] groups = joinLargeGroups(vectors, cluster(vectors, candidatePairs(vectors, documentFrequency, number,
                    n)));
            // Numbered from 0 in the order each group first appears.
            Map<Integer, Integer> numbers = new HashMap<>();
            for (int i = 0; i < groups.length; i++) {
                groups[i] = numbers.computeIfAbsent(groups[i], g -> numbers.size());
            }
            return new Groups(groups, centrality(vectors, groups, numbers.size()));
        }
    }

    /**
     * Reports grouped into stories.
     *
     * @param group      the group of each report, numbered from 0: equal numbers are one story
     * @param centrality each report's mean similarity to the other reports of its story (0 for a story of one):
     *                   the most central report tells the story as most of its reports do
     */
    public record Groups(int[] group, double[] centrality) {
    }

    /**
     * Each report's mean similarity to the others of its group, exact from the group's summed vector; one group's
     * sum is held at a time, so a day of a hundred thousand reports stays in a small heap.
     */
    private static double[] centrality(Vector[] vectors, int[] groups, int count) {
        List<List<Integer>> members = new ArrayList<>(count);
        for (int g = 0; g < count; g++) {
            members.add(new ArrayList<>(1));
        }
        for (int i = 0; i < groups.length; i++) {
            members.get(groups[i]).add(i);
        }
        double[] centrality = new double[groups.length];
        Map<Integer, Double> sum = new HashMap<>();
        for (List<Integer> group : members) {
            if (group.size() < 2) {
                continue;
            }
            sum.clear();
            group.forEach(i -> vectors[i].addTo(sum));
            for (int i : group) {
                // Less its similarity to itself, over the others.
                centrality[i] = (vectors[i].dot(sum) - vectors[i].cosine(vectors[i])) / (group.size() - 1);
            }
        }
        return centrality;
    }

    /** A report as sorted term ids and their L2-normalised weights. */
    private record Vector(int[] terms, float[] weights) {

        static Vector of(int[] packed, int[] df, int n) {
            int[] terms = new int[packed.length];
            float[] weights = new float[terms.length];
            double norm = 0;
            double[] w = new double[terms.length];
            for (int k = 0; k < terms.length; k++) {
                terms[k] = packed[k] >>> 8;
                w[k] = (1 + Math.log(packed[k] & 0xFF)) * Math.log((n + PRIOR_REPORTS) / (df[terms[k]] + 1.0));
                norm += w[k] * w[k];
            }
            norm = Math.sqrt(norm);
            for (int k = 0; k < weights.length; k++) {
                weights[k] = (float) (norm > 0 ? w[k] / norm : 0);
            }
            return new Vector(terms, weights);
        }

        /** Adds its weights into a summed vector (term id to weight). */
        void addTo(Map<Integer, Double> sum) {
            for (int k = 0; k < terms.length; k++) {
                sum.merge(terms[k], (double) weights[k], Double::sum);
            }
        }

        /** Its dot product with a summed vector that holds every one of its terms. */
        double dot(Map<Integer, Double> sum) {
            double dot = 0;
            for (int k = 0; k < terms.length; k++) {
                dot += weights[k] * sum.get(terms[k]);
            }
            return dot;
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
            Arrays.sort(order, (x, y) -> weights[y] != weights[x] ? Float.compare(weights[y], weights[x])
                    : Integer.compare(terms[x], terms[y]));
            int[] top = new int[Math.min(k, order.length)];
            for (int i = 0; i < top.length; i++) {
                top[i] = terms[order[i]];
            }
            return top;
        }
    }

    /**
     * Each report's most similar others among those that share a telling word with it (at most
     * {@link #NEIGHBOURS}, each at least the floor), in primitive arrays: a day of near-identical reports would
     * otherwise hold millions of pairs. Pairs met again through another shared word are not counted twice.
     */
    private static final class Neighbours {
        final int[][] ids;
        final float[][] similarities;
        final int[] counts;

        Neighbours(int n) {
            ids = new int[n][];
            similarities = new float[n][];
            counts = new int[n];
        }

        boolean has(int i, int j) {
            for (int k = 0; k < counts[i]; k++) {
                if (ids[i][k] == j) {
                    return true;
                }
            }
            return false;
        }

        /** Keeps j among i's neighbours if it is among the most similar; ties go to the lower id. */
        void offer(int i, int j, float s) {
            if (ids[i] == null) {
                ids[i] = new int[NEIGHBOURS];
                similarities[i] = new float[NEIGHBOURS];
            }
            if (counts[i] < NEIGHBOURS) {
                ids[i][counts[i]] = j;
                similarities[i][counts[i]++] = s;
                return;
            }
            int weakest = 0;
            for (int k = 1; k < NEIGHBOURS; k++) {
                if (worse(similarities[i][k], ids[i][k], similarities[i][weakest], ids[i][weakest])) {
                    weakest = k;
                }
            }
            if (worse(similarities[i][weakest], ids[i][weakest], s, j)) {
                ids[i][weakest] = j;
                similarities[i][weakest] = s;
            }
        }

        private static boolean worse(float s, int id, float than, int thanId) {
            return s < than || s == than && id > thanId;
        }
    }

    private static Neighbours candidatePairs(Vector[] vectors, int[] df, boolean[] number, int n) {
        Map<Integer, List<Integer>> blocks = new HashMap<>();
        int[][] telling = new int[vectors.length][];
        for (int i = 0; i < vectors.length; i++) {
            telling[i] = vectors[i].top(BLOCKING_TERMS);
            for (int term : telling[i]) {
                if (!number[term] && df[term] > 1 && df[term] <= LARGEST_BLOCK) {
                    blocks.computeIfAbsent(term, t -> new ArrayList<>()).add(i);
                }
            }
        }
        Neighbours neighbours = new Neighbours(n);
        // Blocks in term order, so that which neighbours are kept never depends on a hash map's order.
        List<Integer> terms = new ArrayList<>(blocks.keySet());
        terms.sort(null);
        for (int term : terms) {
            List<Integer> block = blocks.get(term);
            for (int x = 0; x < block.size(); x++) {
                for (int y = x + 1; y < block.size(); y++) {
                    int i = block.get(x);
                    int j = block.get(y);
                    if (neighbours.has(i, j) || neighbours.has(j, i)) {
                        continue;
                    }
                    float s = (float) vectors[i].cosine(vectors[j]);
                    // Pairs barely alike move no mean over the threshold; nor do two reports whose telling words
                    // share one name alone (a strike and a runway closure in the same port town).
                    if (s >= PAIR_FLOOR && (s >= SURE || !full(vectors[i]) || !full(vectors[j])
                            || shared(telling[i], telling[j], number) >= SHARED_TELLING)) {
                        neighbours.offer(i, j, s);
                        neighbours.offer(j, i, s);
                    }
                }
            }
        }
        return neighbours;
    }

    /** The fewest telling words, other than numbers, two reports of one story share. */
    private static final int SHARED_TELLING = 2;
    /**
     * Full reports at least this alike are one story's without sharing two telling words: one and a half times
     * the threshold, the least of 0.15, 0.2 and 0.3 that kept the development stories' recall.
     */
    private static final double SURE = 0.15;

    /** Whether a report has a body to read, not a headline alone (whose one shared name may be all it has). */
    private static boolean full(Vector vector) {
        return vector.terms().length > FULL_TERMS;
    }

    /** The fewest different words of a report with a body: a headline alone has a dozen or so. */
    private static final int FULL_TERMS = 40;

    private static int shared(int[] a, int[] b, boolean[] number) {
        int count = 0;
        for (int x : a) {
            for (int y : b) {
                if (x == y && !number[x]) {
                    count++;
                }
            }
        }
        return count;
    }

    /** A proposed merge of two groups at their mean pair similarity. */
    private record Merge(double similarity, int a, int b, int sizeA, int sizeB) {
    }

    /**
     * Average-link agglomeration over the known pairs (pairs never compared count as 0): the two groups with the
     * highest mean similarity join, again and again, while it is at least the threshold.
     */
    private static int[] cluster(Vector[] vectors, Neighbours pairs) {
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
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < pairs.counts[i]; k++) {
                int j = pairs.ids[i][k];
                double s = pairs.similarities[i][k];
                if (sums.get(i).put(j, s) == null) {
                    sums.get(j).put(i, s);
                    if (s >= THRESHOLD) {
                        queue.add(new Merge(s, Math.min(i, j), Math.max(i, j), 1, 1));
                    }
                }
            }
        }
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

    /** Groups at least this large are joined again by their exact mean similarity (see joinLargeGroups). */
    private static final int LARGE_GROUP = 4;

    /**
     * Joins groups of one story that the kept neighbours left apart: with normalised vectors the mean similarity of
     * all pairs between two groups is the dot product of their sums divided by the product of their sizes, so it
     * is exact without the pairs. Groups of {@link #LARGE_GROUP} or more that share a telling word of their sums
     * are joined, best first, while that mean is at least the threshold, round after round.
     */
    private static int[] joinLargeGroups(Vector[] vectors, int[] group) {
        Map<Integer, Integer> sizes = new HashMap<>();
        for (int g : group) {
            sizes.merge(g, 1, Integer::sum);
        }
        // Each large group's sum, made once: a join adds one sum to the other, so a day with a story of thousands
        // of reports is not summed again round after round.
        Map<Integer, Map<Integer, Double>> sums = new HashMap<>();
        for (int i = 0; i < group.length; i++) {
            if (sizes.get(group[i]) >= LARGE_GROUP) {
                vectors[i].addTo(sums.computeIfAbsent(group[i], g -> new HashMap<>()));
            }
        }
        Map<Integer, Packed> packed = new HashMap<>();
        Map<Integer, Integer> into = new HashMap<>();
        for (int round = 0; round < 10 && sums.size() >= 2; round++) {
            List<double[]> joins = joinsOf(sums, sizes, packed);
            if (joins.isEmpty()) {
                break;
            }
            // One join per group a round: the sums of a joined group are new.
            java.util.Set<Integer> joined = new java.util.HashSet<>();
            for (double[] join : joins) {
                int a = (int) join[1];
                int b = (int) join[2];
                if (!joined.contains(a) && !joined.contains(b)) {
                    joined.add(a);
                    joined.add(b);
                    into.put(b, a);
                    sums.get(b).forEach((term, weight) -> sums.get(a).merge(term, weight, Double::sum));
                    sums.remove(b);
                    sizes.merge(a, sizes.remove(b), Integer::sum);
                    packed.remove(a);
                    packed.remove(b);
                }
            }
        }
        for (int i = 0; i < group.length; i++) {
            Integer target = into.get(group[i]);
            while (target != null) {
                group[i] = target;
                target = into.get(target);
            }
        }
        return group;
    }

    /** A large group's sum as sorted term ids and weights, with its heaviest terms: made again when it changes. */
    private record Packed(int[] terms, double[] weights, List<Integer> heaviest) {

        static Packed of(Map<Integer, Double> sum) {
            int[] terms = sum.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
            double[] weights = new double[terms.length];
            for (int k = 0; k < terms.length; k++) {
                weights[k] = sum.get(terms[k]);
            }
            List<Integer> heaviest = sum.entrySet().stream()
                    .sorted((x, y) -> !x.getValue().equals(y.getValue()) ? Double.compare(y.getValue(), x.getValue())
                            : Integer.compare(x.getKey(), y.getKey()))
                    .limit(BLOCKING_TERMS).map(Map.Entry::getKey).toList();
            return new Packed(terms, weights, heaviest);
        }

        double dot(Packed other) {
            double dot = 0;
            int a = 0;
            int b = 0;
            while (a < terms.length && b < other.terms.length) {
                if (terms[a] == other.terms[b]) {
                    dot += weights[a++] * other.weights[b++];
                } else if (terms[a] < other.terms[b]) {
                    a++;
                } else {
                    b++;
                }
            }
            return dot;
        }
    }

    /**
     * The joins of large groups whose mean similarity is at least the threshold, best first: groups blocked on the
     * heaviest words of their sums (kept packed until a group changes), pairs within blocks.
     */
    private static List<double[]> joinsOf(Map<Integer, Map<Integer, Double>> sums, Map<Integer, Integer> sizes,
                                          Map<Integer, Packed> packed) {
        Map<Integer, List<Integer>> blocks = new HashMap<>();
        List<Integer> large = new ArrayList<>(sums.keySet());
        large.sort(null);
        for (int g : large) {
            packed.computeIfAbsent(g, k -> Packed.of(sums.get(k))).heaviest()
                    .forEach(t -> blocks.computeIfAbsent(t, x -> new ArrayList<>()).add(g));
        }
        List<double[]> joins = new ArrayList<>();
        java.util.Set<Long> seen = new java.util.HashSet<>();
        for (List<Integer> block : blocks.values()) {
            if (block.size() > LARGEST_BLOCK) {
                continue;
            }
            for (int x = 0; x < block.size(); x++) {
                for (int y = x + 1; y < block.size(); y++) {
                    int a = Math.min(block.get(x), block.get(y));
                    int b = Math.max(block.get(x), block.get(y));
                    if (!seen.add((long) a << 32 | b)) {
                        continue;
                    }
                    double mean = packed.get(a).dot(packed.get(b)) / ((double) sizes.get(a) * sizes.get(b));
                    if (mean >= THRESHOLD) {
                        joins.add(new double[] {mean, a, b});
                    }
                }
            }
        }
        joins.sort((x, y) -> x[0] != y[0] ? Double.compare(y[0], x[0]) : x[1] != y[1] ? Double.compare(x[1], y[1])
                : Double.compare(x[2], y[2]));
        return joins;
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
