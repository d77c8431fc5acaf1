package io.daybrief.analysis;

import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.Random;
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
}
