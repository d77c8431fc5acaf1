package io.daybrief.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.Random;
import java.util.function.IntFunction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Analysis must take any text without throwing: feeds carry broken markup, stray marks and other scripts. */
class RobustnessTest {

    private final Analyzer analyzer = new Analyzer();

    @Test
    void acceptsEmptyAndBlankText() {
        assertThatCode(() -> analyzer.analyze("")).doesNotThrowAnyException();
        assertThatCode(() -> analyzer.analyze("   \n\n  ")).doesNotThrowAnyException();
    }

    @Test
    void acceptsUnbalancedQuotesAndControlCharacters() {
        String text = "\"Open \u201C and \u2018 never closed, said X.\u0000\u0007 '\" \u201D\u201D ''' \n\n\"";
        assertThatCode(() -> analyzer.analyze(text)).doesNotThrowAnyException();
    }

    @Test
    void acceptsMixedScripts() {
        String text = "\u0627\u0644\u0633\u0644\u0627\u0645 \"\u4F60\u597D,\" said \u0417\u043E\u044F \u041F\u0435\u0442\u0440\u043E\u0432\u0430. 5% \u0E2A\u0E27\u0E31\u0E2A\u0E14\u0E35";
        assertThatCode(() -> analyzer.analyze(text)).doesNotThrowAnyException();
    }

    @Test
    void acceptsRandomText() {
        Random random = new Random(42);
        String alphabet = "ab CD,.;:\"'\u201C\u201D\u2018\u2019\n0123456789$\u00A3%-";
        for (int round = 0; round < 200; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < 400; i++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertThatCode(() -> analyzer.analyze(text.toString())).doesNotThrowAnyException();
        }
    }

    @Test
    void acceptsRandomSentencesOfTheWordsFigureLabelsAreReadFrom() {
        Random random = new Random(7);
        String[] words = {"put", "at", "on", "from", "to", "by", "in", "over", "the", "next", "six", "months", "later",
            "since", "number", "of", "has", "risen", "his", "her", "their", "took", "percent", "$5m", "40", "2,500",
            "Ana", "Ruiz", ",", ".", ";", "(", ")", "\"", "'", "\u2018", "...", "\n", "-wide", "up", "ticks", "died",
            "suing", "for", "hundreds", "out", "allocated", "raised", "In", "September", "2015", "this", "year", "who",
            "said", "a", "President", "four-year", "deal", "lasted", "and", "that", "would", "be", "cut", "increase"};
        for (int round = 0; round < 300; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < 60; i++) {
                text.append(words[random.nextInt(words.length)]).append(random.nextInt(4) == 0 ? "" : " ");
            }
            assertThatCode(() -> analyzer.analyze(text.toString())).as(text.toString()).doesNotThrowAnyException();
        }
    }

    /**
     * Growth, not speed: four times the text must take well under sixteen times as long (what a quadratic rule
     * would take), whatever the machine. Each shape is one that has made rule-based extractors slow down.
     */
    @ParameterizedTest
    @ValueSource(strings = {"no-full-stop", "unbalanced-quotes", "quotes-with-cues", "descriptions", "control-and-scripts"})
    void takesTimeInProportionToTheLengthOfTheText(String shape) {
        IntFunction<String> text = length -> repeat(SHAPES.get(shape), length);
        // 1 MB for the plain shape; the quote-dense ones are slower per byte, so they are measured at half a MB.
        int size = shape.equals("no-full-stop") ? 1024 * 1024 : 512 * 1024;
        analyzer.analyze(text.apply(size / 4)); // warm the JIT so that the first timing is not compile time

        double quarter = bestOfThree(text.apply(size / 4));
        double whole = bestOfThree(text.apply(size));

        assertThat(whole / quarter).as("%d KB took %.0f ms, a quarter of it %.0f ms", size / 1024, whole, quarter)
                .isLessThan(10.0);
    }

    private static final java.util.Map<String, String> SHAPES = java.util.Map.of(
            "no-full-stop", "Ana Ruiz met 12 officials and the Harbour Board about $3bn and nearly 40% of it ",
            "unbalanced-quotes", "\"He said \u201Cthat the \u2018panel ' would ",
            "quotes-with-cues", "\"the port opens,\" said Ana Ruiz, the mayor, and \u201Cit works\u201D she added and ",
            "descriptions", "\"we agree,\" the panel said and \"it holds,\" the email said and ",
            "control-and-scripts", "\u0000\u0007 \u4F60\u597D \u0417\u043E\u044F 5% \u0627\u0644 \"x\" ");

    private static String repeat(String unit, int length) {
        StringBuilder text = new StringBuilder(length + unit.length());
        while (text.length() < length) {
            text.append(unit);
        }
        return text.toString();
    }

    private double bestOfThree(String text) {
        double best = Double.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long start = System.nanoTime();
            analyzer.analyze(text);
            best = Math.min(best, (System.nanoTime() - start) / 1e6);
        }
        return best;
    }
}
