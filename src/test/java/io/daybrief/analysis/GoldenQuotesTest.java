package io.daybrief.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The golden set of invented sentences in {@code quotes/golden.tsv}: for each, the quotation and the speaker it
 * must be given, or that no one may be given it ({@code -}). {@code \n} in a text is a line break.
 */
class GoldenQuotesTest {

    record Row(String text, String quote, String speaker) {
        @Override
        public String toString() {
            return text;
        }
    }

    static Stream<Row> rows() throws IOException {
        return Files.readAllLines(Path.of("src/test/resources/quotes/golden.tsv")).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(line -> line.split("\t"))
                .map(cells -> new Row(cells[0].replace("\\n", "\n"), cells[1], cells[2]));
    }

    @ParameterizedTest
    @MethodSource("rows")
    void givesEachQuotationToItsSpeaker(Row row) {
        List<Quote> quotes = new Analyzer().analyze(row.text()).quotes();
        List<Quote> shown = quotes.stream().filter(q -> q.confidence() >= Quote.SHOWN).toList();

        if (row.speaker().equals("-")) {
            assertThat(shown).as("shown quotes").noneMatch(q -> q.text().equals(row.quote()));
        } else {
            assertThat(shown).anySatisfy(q -> {
                assertThat(q.text()).isEqualTo(row.quote());
                assertThat(q.speaker()).isEqualTo(row.speaker());
            });
        }
    }
}
