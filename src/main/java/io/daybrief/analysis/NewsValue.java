package io.daybrief.analysis;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * How much a story matters to a reader who acts on the news, as an editor weighs it: harm to people, conflict and
 * security, decisions of governments and courts, money at stake, how many independent sources carry it, how fresh
 * it is and how much it has to say; sport, entertainment and features below hard news unless the briefing favours
 * them. Each part is between 0 and 1; the score is their sum under the briefing's weights, plus what the briefing
 * favours and minus what it avoids. The parts are kept with the score, so that a reader can see why a story leads.
 */
public final class NewsValue {

    /** The topics a story can be about, hard news first; the words of each are in {@code news-topics.txt}. */
    public static final List<String> TOPICS = List.of("harm", "conflict", "government", "money", "sport",
            "entertainment", "feature");
    /** The parts a score is made of, in the order they are shown. */
    public static final List<String> PARTS = List.of("harm", "conflict", "government", "money", "sources",
            "freshness", "substance", "soft");
    private static final Set<String> SOFT = Set.of("sport", "entertainment", "feature");
    /** Where each part stands in {@link #PARTS} and in a pending score's parts. */
    private static final int HARM = PARTS.indexOf("harm");
    private static final int CONFLICT = PARTS.indexOf("conflict");
    private static final int GOVERNMENT = PARTS.indexOf("government");
    private static final int MONEY = PARTS.indexOf("money");
    private static final int SOURCES = PARTS.indexOf("sources");
    private static final int FRESHNESS = PARTS.indexOf("freshness");
    private static final int SUBSTANCE = PARTS.indexOf("substance");
    private static final int SOFT_PART = PARTS.indexOf("soft");
    private static final Map<String, Set<String>> WORDS = topicWords();
    /** The same lists turned round: each word with the topics it belongs to, looked up once a word. */
    private static final Map<String, int[]> TOPICS_OF = topicsOf(WORDS);
    private static final int[] NO_TOPICS = {};
    /** Words in what a figure counts that make it a toll of harm to people. */
    public static final Set<String> TOLL_WORDS = Set.copyOf(Lexicon.words("/io/daybrief/analysis/toll-words.txt"));
    private static final int LEAD_SENTENCES = 3;

    /**
     * How a briefing ranks: the weight of each part, and the topics or sources (written {@code source:NAME}) it
     * favours or avoids.
     */
    public record Ranking(Map<String, Double> weights, List<String> favour, List<String> avoid) {

        /** Hard news first: harm, then conflict, then government, then money; soft news well below. */
        public static final Map<String, Double> DEFAULT_WEIGHTS = defaultWeights();
        public static final Ranking DEFAULT = new Ranking(DEFAULT_WEIGHTS, List.of(), List.of());
        /** What favouring or avoiding a topic (at full strength) or a source adds or takes away: more than any one part. */
        static final double PREFERENCE = 6.0;

        public Ranking {
            Map<String, Double> merged = new LinkedHashMap<>(DEFAULT_WEIGHTS == null ? Map.of() : DEFAULT_WEIGHTS);
            weights.forEach((part, weight) -> {
                if (!PARTS.contains(part)) {
                    throw new IllegalArgumentException("no ranking part '" + part + "'; the parts are "
                            + String.join(", ", PARTS));
                }
                merged.put(part, Objects.requireNonNull(weight, part));
            });
            weights = Map.copyOf(merged);
            favour = List.copyOf(favour);
            avoid = List.copyOf(avoid);
            for (String preference : concat(favour, avoid)) {
                if (!preference.startsWith("source:") && !TOPICS.contains(preference)) {
                    throw new IllegalArgumentException("'" + preference + "' is neither a topic ("
                            + String.join(", ", TOPICS) + ") nor a source written source:NAME");
                }
            }
        }

        private static Map<String, Double> defaultWeights() {
            Map<String, Double> w = new LinkedHashMap<>();
            w.put("harm", 3.0);
            w.put("conflict", 2.5);
            w.put("government", 2.0);
            w.put("money", 1.5);
            w.put("sources", 1.0);
            w.put("freshness", 0.5);
            w.put("substance", 0.5);
            w.put("soft", -3.0);
            return w;
        }

        private static List<String> concat(List<String> a, List<String> b) {
            List<String> all = new ArrayList<>(a);
            all.addAll(b);
            return all;
        }
    }

    /** A story's score, its parts (each 0 to 1) and the topics it was found to be about, strongest first. */
    public record Score(double total, Map<String, Double> parts, List<String> topics) {

        public Score {
            parts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parts));
            topics = List.copyOf(topics);
        }
    }

    private NewsValue() {
    }

    /**
     * What a report's body says towards its news value, whatever its headline and wherever it is briefed: the topic
     * words of its lead and of the rest, the toll of harm and the money at stake among its figures, its sentences.
     * Kept with the report's stored analysis ({@link #write()}), so that ranking a day of many reports reads neither
     * their bodies nor their analyses.
     */
    public record BodyValue(double[] leadHits, double[] restHits, double toll, double money, int sentences) {

        private static final String FORMAT = "1";

        /** The body value of {@code body} as {@code analysis} found it. */
        public static BodyValue of(String body, Analysis analysis) {
            List<Sentence> sentences = analysis.sentences();
            int leadEnd = Math.min(body.length(), sentences.size() > LEAD_SENTENCES
                    ? sentences.get(LEAD_SENTENCES).start() : body.length());
            double[] lead = new double[TOPICS.size()];
            double[] rest = new double[TOPICS.size()];
            count(body.substring(0, leadEnd), 1.0, lead);
            count(body.substring(leadEnd), 0.2, rest);
            return new BodyValue(lead, rest, tollOf(analysis.figures()), moneyAtStake(analysis.figures()),
                    sentences.size());
        }

        /** As stored: a format mark, the lead's and the rest's topic hits, toll, money and sentences. */
        public String write() {
            StringBuilder out = new StringBuilder(FORMAT);
            for (double[] hits : new double[][] {leadHits, restHits}) {
                out.append('|');
                for (int i = 0; i < hits.length; i++) {
                    out.append(i == 0 ? "" : ",").append(hits[i]);
                }
            }
            return out.append('|').append(toll).append('|').append(money).append('|').append(sentences).toString();
        }

        /** A stored body value, or null when it is not one this build wrote (then the report is analysed again). */
        public static BodyValue read(String stored) {
            if (stored == null) {
                return null;
            }
            String[] fields = stored.split("\\|", -1);
            try {
                if (fields.length != 6 || !fields[0].equals(FORMAT)) {
                    return null;
                }
                double[] lead = hits(fields[1]);
                double[] rest = hits(fields[2]);
                return lead == null || rest == null ? null : new BodyValue(lead, rest, Double.parseDouble(fields[3]),
                        Double.parseDouble(fields[4]), Integer.parseInt(fields[5]));
            } catch (NumberFormatException e) {
                return null;
            }
        }

        private static double[] hits(String field) {
            String[] values = field.split(",", -1);
            if (values.length != TOPICS.size()) {
                return null;
            }
            double[] hits = new double[values.length];
            for (int i = 0; i < values.length; i++) {
                hits[i] = Double.parseDouble(values[i]);
            }
            return hits;
        }
    }

    /**
     * A report's score but for the number of independent sources that carry it, which is known once the window's
     * reports are grouped into stories: small enough to hold for every report of a large day.
     */
    public static final class Pending {
        private static final double[] NO_PREFERENCES = {};
        private final double[] parts;
        private final List<String> topics;
        private final double[] preferences;
        private final Map<String, Double> weights;

        private Pending(double[] parts, List<String> topics, double[] preferences, Map<String, Double> weights) {
            this.parts = parts;
            this.topics = topics;
            this.preferences = preferences.length == 0 ? NO_PREFERENCES : preferences;
            this.weights = weights;
        }

        /** The score of the report when {@code sources} independent sources carry its story. */
        public Score complete(int sources) {
            double[] all = withSources(sources);
            Map<String, Double> rounded = new LinkedHashMap<>();
            for (int i = 0; i < all.length; i++) {
                rounded.put(PARTS.get(i), Math.round(all[i] * 1000) / 1000.0);
            }
            return new Score(total(all), rounded, topics);
        }

        /** The total of {@link #complete(int)} alone, for ranking many reports. */
        public double total(int sources) {
            return total(withSources(sources));
        }

        private double[] withSources(int sources) {
            double[] all = parts.clone();
            all[SOURCES] = Math.min(1, Math.log(Math.max(1, sources)) / Math.log(8));
            return all;
        }

        private double total(double[] all) {
            double total = 0;
            for (int i = 0; i < all.length; i++) {
                total += weights.getOrDefault(PARTS.get(i), 0.0) * all[i];
            }
            for (double preference : preferences) {
                total += preference;
            }
            return Math.round(total * 1000) / 1000.0;
        }
    }

    /**
     * The score of a report: its headline, its analysis, its source, when it was published (or null when only
     * its day is known) against the end of the period it is briefed in (null outside an edition), and how many
     * independent sources carry it.
     */
    public static Score score(String headline, String body, Analysis analysis, String source, Instant published,
                              Instant periodEnd, int sources, Ranking ranking) {
        return pending(headline, BodyValue.of(body, analysis), source, published, periodEnd, ranking).complete(sources);
    }

    /** As {@link #score}, from the report's body value, with the number of sources to come. */
    public static Pending pending(String headline, BodyValue body, String source, Instant published,
                                  Instant periodEnd, Ranking ranking) {
        double[] hits = new double[TOPICS.size()];
        count(headline, 2.0, hits);
        double[] strength = new double[TOPICS.size()];
        for (int i = 0; i < strength.length; i++) {
            // The headline's and the lead's hits are whole numbers; the rest adds a little, up to a limit.
            strength[i] = Math.min(1, (hits[i] + body.leadHits()[i] + Math.min(body.restHits()[i], 1.5)) / 4);
        }
        double[] parts = new double[PARTS.size()];
        parts[HARM] = Math.min(1, strength[TOPICS.indexOf("harm")] + body.toll());
        parts[CONFLICT] = strength[TOPICS.indexOf("conflict")];
        parts[GOVERNMENT] = strength[TOPICS.indexOf("government")];
        parts[MONEY] = Math.min(1, 0.5 * strength[TOPICS.indexOf("money")] + body.money());
        parts[FRESHNESS] = published == null || periodEnd == null ? 0.5 : Math.max(0, Math.min(1,
                1 - Duration.between(published, periodEnd).toMinutes() / (24.0 * 60)));
        parts[SUBSTANCE] = Math.min(1, body.sentences() / 30.0);
        double hard = Math.max(Math.max(parts[HARM], parts[CONFLICT]), Math.max(parts[GOVERNMENT], parts[MONEY]));
        double soft = 0;
        for (String topic : SOFT) {
            if (!ranking.favour().contains(topic)) {
                soft = Math.max(soft, strength[TOPICS.indexOf(topic)]);
            }
        }
        // A match report is sport however many officials it names; a war report with a football word is still war.
        parts[SOFT_PART] = Math.max(0, soft - hard / 2);
        double[] preferences = new double[ranking.favour().size() + ranking.avoid().size()];
        int p = 0;
        for (String preference : ranking.favour()) {
            preferences[p++] = Ranking.PREFERENCE * preferenceStrength(preference, strength, source);
        }
        for (String preference : ranking.avoid()) {
            preferences[p++] = -Ranking.PREFERENCE * preferenceStrength(preference, strength, source);
        }
        List<String> topics = new ArrayList<>();
        for (int i = 0; i < TOPICS.size(); i++) {
            if (strength[i] >= 0.25) {
                topics.add(TOPICS.get(i));
            }
        }
        topics.sort((a, b) -> Double.compare(strength[TOPICS.indexOf(b)], strength[TOPICS.indexOf(a)]));
        return new Pending(parts, topics.isEmpty() ? List.of() : List.copyOf(topics), preferences, ranking.weights());
    }

    private static double preferenceStrength(String preference, double[] strength, String source) {
        if (preference.startsWith("source:")) {
            return source != null && source.equalsIgnoreCase(preference.substring("source:".length()).strip()) ? 1 : 0;
        }
        return strength[TOPICS.indexOf(preference)];
    }

    private static Map<String, int[]> topicsOf(Map<String, Set<String>> words) {
        Map<String, List<Integer>> topics = new HashMap<>();
        words.forEach((topic, set) -> set.forEach(w -> topics.computeIfAbsent(w, k -> new ArrayList<>())
                .add(TOPICS.indexOf(topic))));
        Map<String, int[]> indexes = new HashMap<>();
        topics.forEach((word, list) -> indexes.put(word, list.stream().mapToInt(Integer::intValue).toArray()));
        return indexes;
    }

    /** Adds {@code weight} to the hits of each topic for each of its words in {@code text}. */
    private static void count(String text, double weight, double[] hits) {
        int i = 0;
        int n = text.length();
        while (i < n) {
            while (i < n && !Character.isLetter(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '-')) {
                i++;
            }
            if (i > start) {
                String word = text.substring(start, i).toLowerCase(Locale.ROOT);
                for (int topic : TOPICS_OF.getOrDefault(word, NO_TOPICS)) {
                    hits[topic] += weight;
                }
            }
        }
    }

    /** A toll of people harmed: 1 for a thousand or more, 0.33 for nine. */
    private static double tollOf(List<Figure> figures) {
        double most = 0;
        for (Figure figure : figures) {
            if (figure.unit().equals("count") && figure.counts() != null && figure.value() >= 1) {
                for (String word : figure.counts().toLowerCase(Locale.ROOT).split("\\s+")) {
                    if (TOLL_WORDS.contains(word)) {
                        most = Math.max(most, figure.value());
                    }
                }
            }
        }
        return most == 0 ? 0 : Math.min(1, Math.log10(most + 1) / 3);
    }

    /** The largest sum of money in the report: 0 up to a hundred thousand, 1 at ten billion. */
    private static double moneyAtStake(List<Figure> figures) {
        double most = 0;
        for (Figure figure : figures) {
            if (figure.isMoney()) {
                most = Math.max(most, figure.value());
            }
        }
        return most <= 1e5 ? 0 : Math.min(1, (Math.log10(most) - 5) / 5);
    }

    private static Map<String, Set<String>> topicWords() {
        Map<String, Set<String>> words = new LinkedHashMap<>();
        for (String line : Lexicon.words("/io/daybrief/analysis/news-topics.txt")) {
            int colon = line.indexOf(':');
            String topic = line.substring(0, colon).strip();
            if (!TOPICS.contains(topic)) {
                throw new IllegalStateException("news-topics.txt names an unknown topic: " + topic);
            }
            words.put(topic, Set.copyOf(java.util.Arrays.asList(line.substring(colon + 1).strip().split("\\s+"))));
        }
        return words;
    }
}
