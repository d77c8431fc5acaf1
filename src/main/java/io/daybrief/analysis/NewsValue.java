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
    private static final Map<String, Set<String>> WORDS = topicWords();
    /** The same lists turned round: each word with the topics it belongs to, looked up once a word. */
    private static final Map<String, List<String>> TOPICS_OF = topicsOf(WORDS);
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
     * The score of a report: its headline, its analysis, its source, when it was published (or null when only
     * its day is known) against the end of the period it is briefed in (null outside an edition), and how many
     * independent sources carry it.
     */
    public static Score score(String headline, String body, Analysis analysis, String source, Instant published,
                              Instant periodEnd, int sources, Ranking ranking) {
        Map<String, Double> strength = topicStrength(headline, body, analysis.sentences());
        Map<String, Double> parts = new LinkedHashMap<>();
        parts.put("harm", Math.min(1, strength.get("harm") + tollOf(analysis.figures())));
        parts.put("conflict", strength.get("conflict"));
        parts.put("government", strength.get("government"));
        parts.put("money", Math.min(1, 0.5 * strength.get("money") + moneyAtStake(analysis.figures())));
        parts.put("sources", Math.min(1, Math.log(Math.max(1, sources)) / Math.log(8)));
        parts.put("freshness", published == null || periodEnd == null ? 0.5 : Math.max(0, Math.min(1,
                1 - Duration.between(published, periodEnd).toMinutes() / (24.0 * 60))));
        parts.put("substance", Math.min(1, analysis.sentences().size() / 30.0));
        double hard = Math.max(Math.max(parts.get("harm"), parts.get("conflict")), Math.max(parts.get("government"),
                parts.get("money")));
        double soft = 0;
        for (String topic : SOFT) {
            if (!ranking.favour().contains(topic)) {
                soft = Math.max(soft, strength.get(topic));
            }
        }
        // A match report is sport however many officials it names; a war report with a football word is still war.
        parts.put("soft", Math.max(0, soft - hard / 2));
        double total = 0;
        for (Map.Entry<String, Double> part : parts.entrySet()) {
            total += ranking.weights().getOrDefault(part.getKey(), 0.0) * part.getValue();
        }
        for (String preference : ranking.favour()) {
            total += Ranking.PREFERENCE * preferenceStrength(preference, strength, source);
        }
        for (String preference : ranking.avoid()) {
            total -= Ranking.PREFERENCE * preferenceStrength(preference, strength, source);
        }
        List<String> topics = TOPICS.stream().filter(t -> strength.get(t) >= 0.25)
                .sorted((a, b) -> Double.compare(strength.get(b), strength.get(a))).toList();
        Map<String, Double> rounded = new LinkedHashMap<>();
        parts.forEach((k, v) -> rounded.put(k, Math.round(v * 1000) / 1000.0));
        return new Score(Math.round(total * 1000) / 1000.0, rounded, topics);
    }

    private static double preferenceStrength(String preference, Map<String, Double> strength, String source) {
        if (preference.startsWith("source:")) {
            return source != null && source.equalsIgnoreCase(preference.substring("source:".length()).strip()) ? 1 : 0;
        }
        return strength.getOrDefault(preference, 0.0);
    }

    /**
     * How strongly a report is about each topic, 0 to 1: its words in the headline count most, then in the lead
     * (the first sentences), then a little in the rest.
     */
    private static Map<String, Double> topicStrength(String headline, String body, List<Sentence> sentences) {
        int leadEnd = sentences.size() > LEAD_SENTENCES ? sentences.get(LEAD_SENTENCES).start() : body.length();
        Map<String, Double> hits = new HashMap<>();
        count(headline, 2.0, hits);
        count(body.substring(0, Math.min(leadEnd, body.length())), 1.0, hits);
        Map<String, Double> rest = new HashMap<>();
        count(body.substring(Math.min(leadEnd, body.length())), 0.2, rest);
        rest.forEach((topic, h) -> hits.merge(topic, Math.min(h, 1.5), Double::sum));
        Map<String, Double> strength = new LinkedHashMap<>();
        for (String topic : TOPICS) {
            strength.put(topic, Math.min(1, hits.getOrDefault(topic, 0.0) / 4));
        }
        return strength;
    }

    private static Map<String, List<String>> topicsOf(Map<String, Set<String>> words) {
        Map<String, List<String>> topics = new java.util.HashMap<>();
        words.forEach((topic, set) -> set.forEach(w -> topics.computeIfAbsent(w, k -> new java.util.ArrayList<>())
                .add(topic)));
        return topics;
    }

    private static void count(String text, double weight, Map<String, Double> hits) {
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
                for (String topic : TOPICS_OF.getOrDefault(word, List.of())) {
                    hits.merge(topic, weight, Double::sum);
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
