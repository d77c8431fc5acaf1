package io.daybrief.briefing;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * When two texts of a story say the same thing: a quote carried by several reports, a figure's label from one
 * edition to the next, a sentence another report adds to a story's summary.
 */
final class Sameness {

    private static final Pattern NON_WORDS = Pattern.compile("[^\\p{L}\\p{N}]+");
    /**
     * The least part of a sentence's words the summary must not have yet for it to tell something new, and the
     * least part it must have already for it to be about the same event (a report grouped with the story by
     * mistake adds nothing to its summary).
     */
    private static final double NEW_WORDS = 1.0 / 3;
    private static final double SHARED_WORDS = 1.0 / 3;

    /**
     * Words by which labels count the same harm, however a report words it: a toll told as "people killed" one day
     * is "death toll" or "dead" the next.
     */
    private static final Set<String> DEATHS = Set.of("killed", "dead", "died", "deaths", "death", "toll",
            "fatalities");
    private static final Set<String> INJURIES = Set.of("injured", "wounded", "hurt", "injuries");

    private Sameness() {
    }

    /**
     * What a figure's label measures, for following it from one edition to the next: a count of deaths or of
     * injuries whatever its words, else the label's words.
     */
    static String measure(String label) {
        String words = WHEN.matcher(normalised(label)).replaceFirst("");
        List<String> each = List.of(words.split(" "));
        if (each.stream().anyMatch(DEATHS::contains)) {
            return "deaths";
        }
        return each.stream().anyMatch(INJURIES::contains) ? "injuries" : words;
    }

    /** When a measure was taken, at the end of its label: "jobs added in september", "unemployment rate this year". */
    private static final java.util.regex.Pattern WHEN = java.util.regex.Pattern.compile(" (?:(?:in|during) (?:"
            + "(?:january|february|march|april|may|june|july|august|september|october|november|december)(?: \\d{4})?"
            + "|\\d{4}(?: \\d{2,4})?|the (?:first|second|third|fourth|last) quarter(?: of \\d{4})?)"
            + "|(?:so far )?(?:this|last|next) (?:year|month|quarter))$");

    /** A text as compared for sameness: lower case, words only. */
    static String normalised(String text) {
        return NON_WORDS.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /** Each text as compared for sameness. */
    static Set<String> normalised(List<String> texts) {
        Set<String> words = new HashSet<>();
        texts.forEach(t -> words.add(normalised(t)));
        return words;
    }

    /**
     * Whether a sentence tells something new about what the sentences tell: a third of its words are in none of
     * them (a rewrite of the lead, its sentences merged, has almost none), and a third are (a later toll of the
     * same sinking shares the ferry, the place and the coastguard; a runway closure in the same town does not).
     */
    static boolean tellsSomethingNew(String sentence, List<String> sentences) {
        Set<String> words = contentWords(sentence);
        Set<String> told = new HashSet<>();
        sentences.forEach(s -> told.addAll(contentWords(s)));
        long fresh = words.stream().filter(w -> !told.contains(w)).count();
        return !words.isEmpty() && fresh >= NEW_WORDS * words.size()
                && words.size() - fresh >= SHARED_WORDS * words.size();
    }

    /** The words of a sentence that carry its content: numbers and words of four letters or more. */
    private static Set<String> contentWords(String sentence) {
        Set<String> words = new HashSet<>();
        for (String word : normalised(sentence).split(" ")) {
            if (word.length() >= 4 || !word.isEmpty() && Character.isDigit(word.charAt(0))) {
                words.add(word);
            }
        }
        return words;
    }
}
