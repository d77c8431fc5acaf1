package io.daybrief.analysis;

import java.util.Locale;
import java.util.Map;

/** Values of numbers written in words: {@code six}, {@code twenty-five}, {@code a dozen}, {@code two-thirds}. */
final class NumberWords {

    static final Map<String, Integer> UNITS = Map.ofEntries(
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
            Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9),
            Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13),
            Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
            Map.entry("eighteen", 18), Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30),
            Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70),
            Map.entry("eighty", 80), Map.entry("ninety", 90), Map.entry("hundred", 100), Map.entry("dozen", 12));
    static final Map<String, Double> FRACTIONS = Map.of("half", 0.5, "third", 1.0 / 3, "thirds", 1.0 / 3,
            "quarter", 0.25, "quarters", 0.25, "fifth", 0.2, "fifths", 0.2, "tenth", 0.1, "tenths", 0.1);

    /** The regex alternation of every number word, longest first so that "sixteen" is not read as "six". */
    static final String ALTERNATION = "(?:seventeen|thirteen|fourteen|fifteen|eighteen|nineteen|sixteen|eleven|twelve|"
            + "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|three|seven|eight|dozen|four|five|nine|"
            + "one|two|six|ten)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?";

    private NumberWords() {
    }

    /** Whether a word is a number word ({@code two}, {@code hundred}, {@code twenty-five}), in any case. */
    static boolean isNumberWord(String word) {
        if (word.length() > LONGEST_NUMBER_WORD || word.indexOf(' ') >= 0) {
            return false; // a label of words, asked about often: no need to look further
        }
        String w = word.toLowerCase(Locale.ROOT);
        int from = 0;
        for (int dash = w.indexOf('-'); ; dash = w.indexOf('-', from)) {
            String part = w.substring(from, dash < 0 ? w.length() : dash);
            if (!UNITS.containsKey(part)) {
                return false;
            }
            if (dash < 0) {
                return true;
            }
            from = dash + 1;
        }
    }

    /** Longer than any number word with its parts ("seventy-seven" has 13 letters): longer words are not asked about. */
    private static final int LONGEST_NUMBER_WORD = 16;

    /** The value of a number word such as {@code twenty-five}, or {@code a dozen}. */
    static double value(String words) {
        String w = words.toLowerCase(Locale.ROOT).replace("a dozen", "dozen");
        double total = 0;
        for (String part : w.split("-")) {
            Integer v = UNITS.get(part);
            if (v != null) {
                total += v;
            }
        }
        return total;
    }

    /** The value of a fraction such as {@code two-thirds}, {@code a quarter} or {@code half}. */
    static double fraction(String words) {
        String[] parts = words.toLowerCase(Locale.ROOT).split("[-\\s]+");
        String denominator = parts[parts.length - 1];
        double share = FRACTIONS.getOrDefault(denominator, 0.0);
        if (denominator.equals("half")) {
            return 0.5;
        }
        if (parts.length > 1 && UNITS.containsKey(parts[0])) {
            return UNITS.get(parts[0]) * share;
        }
        return share;
    }
}
