package io.daybrief.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The examples the speaker model is fitted on: each quotation no cue attributes, with the people and
 * organisations around it as candidates, each described by named features (where it stands, whether it is a
 * subject or speaks elsewhere, whether it spoke the quote before) and by the quotation's own shape.
 */
public final class SpeakerTraining {

    /** A possible speaker and the features that hold for it. */
    public record Candidate(String name, String role, List<String> features) {

        public Candidate {
            features = List.copyOf(features);
        }
    }

    /** A quotation with no cue, and its candidates. */
    public record Uncued(String text, List<Candidate> candidates) {

        public Uncued {
            candidates = List.copyOf(candidates);
        }
    }

    private static final Set<String> NAMING_WORDS = Set.of("called", "dubbed", "named", "titled", "so-called",
            "term", "word", "phrase", "slogan", "the", "a", "an", "as");
    private static final Set<String> FIRST_PERSON = Set.of("i", "we", "me", "us", "my", "our");

    private static final Logistic GUESSES_NOTHING = new Logistic(java.util.Map.of("bias", -1e9));

    private SpeakerTraining() {
    }

    /** Every quotation in {@code text} that no cue attributes, with its candidates. */
    public static List<Uncued> uncued(String text) {
        List<Uncued> uncued = new ArrayList<>();
        // Collected as the cue rules leave them, with no speaker guessed, so that the examples do not depend on the
        // weights that happen to be shipped.
        attribute(text, GUESSES_NOTHING, new QuoteAttributor.Collected(uncued, null));
        return uncued;
    }

    /**
     * Every quotation in {@code text} that the speaker model with {@code speakerWeights} is not sure of, with its
     * likeliest speaker as the one candidate, described by the keep model's features.
     */
    public static List<Uncued> unsure(String text, java.util.Map<String, Double> speakerWeights) {
        List<Uncued> unsure = new ArrayList<>();
        attribute(text, new Logistic(speakerWeights), new QuoteAttributor.Collected(new ArrayList<>(), unsure));
        return unsure;
    }

    /** Attributes the quotations of a text as the analyser does, with these weights, collecting what is asked. */
    private static void attribute(String text, Logistic speakers, QuoteAttributor.Collected collected) {
        List<Sentence> sentences = Sentences.of(text);
        List<QuoteSpan> spans = QuoteMarks.find(text);
        String masked = Names.joinAbbreviatedTitles(QuoteMarks.mask(text, spans));
        QuoteAttributor.attribute(text, sentences, spans, masked, QuoteAttributor.mentions(masked), speakers, collected);
    }

    /** What the quotation itself looks like: long or short, a name or a title, said in the first person. */
    static List<String> spanFeatures(String text, QuoteSpan span, boolean opensParagraph) {
        List<String> features = new ArrayList<>();
        features.add("bias");
        List<String> words = Words.split(text.substring(span.textStart(), span.textEnd()));
        int n = words.size();
        features.add(n <= 3 ? "words:1-3" : n <= 7 ? "words:4-7" : n <= 20 ? "words:8-20" : "words:21+");
        features.add(span.closedByMark() ? "closed" : "unclosed");
        if (opensParagraph) {
            features.add("opens-paragraph");
        }
        for (String word : words) {
            if (FIRST_PERSON.contains(word.toLowerCase(Locale.ROOT))) {
                features.add("first-person");
                break;
            }
        }
        int end = span.open();
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0 && (Character.isLetter(text.charAt(start - 1)) || text.charAt(start - 1) == '-')) {
            start--;
        }
        String before = text.substring(start, end).toLowerCase(Locale.ROOT);
        if (NAMING_WORDS.contains(before)) {
            features.add("naming-word-before");
        }
        if (end > 0 && text.charAt(end - 1) == ':') {
            features.add("colon-before");
        }
        return features;
    }

    /** Fits the speaker model: each candidate is an example, right when it is the labelled speaker. */
    public static java.util.Map<String, Double> fit(List<List<String>> examples, List<Boolean> labels) {
        return Logistic.fit(examples, labels);
    }

    /** The model's probability for features, to measure weights before they are kept. */
    public static double probability(java.util.Map<String, Double> weights, List<String> features) {
        return new Logistic(weights).probability(features);
    }
}
