package io.daybrief.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.daybrief.Daybrief;
import io.daybrief.analysis.Figure;
import io.daybrief.analysis.Quote;
import io.daybrief.ingest.Extraction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;

/**
 * Our scorer must print what the evaluation set's reference scorer prints for the same predictions. Runs
 * where the evaluation set and python3 are present beside the project (as on the developers' and CI's machines).
 */
class ScorerAgreementTest {

    private static final Path EVAL = Path.of("../shared/eval");

    @TempDir
    Path folder;

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"dev", "polnear/dev"})
    void printsTheSameRowsSummaryAndCountsLinesAsTheReferenceScorer(String set) throws Exception {
        assumeTrue(Files.isDirectory(EVAL.resolve(set)) && Files.exists(EVAL.resolve("score.py")),
                "the evaluation set is not beside the project");
        Extraction extraction = Daybrief.extraction();
        StringBuilder json = new StringBuilder("{\"documents\": [");
        try (var files = Files.list(EVAL.resolve(set))) {
            List<Path> articles = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
            for (int i = 0; i < articles.size(); i++) {
                Extraction.Document d = extraction.extract(articles.get(i), articles.get(i).getFileName().toString());
                json.append(i == 0 ? "" : ",").append(toJson(d));
            }
        }
        Path predictions = folder.resolve("pred.json");
        Files.writeString(predictions, json.append("]}").toString(), StandardCharsets.UTF_8);

        Process python = new ProcessBuilder("python3", EVAL.resolve("score.py").toString(), EVAL.resolve(set).toString(),
                predictions.toString(), "--counts").redirectErrorStream(true).start();
        String reference = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assumeTrue(python.waitFor(60, TimeUnit.SECONDS) && python.exitValue() == 0, "python3 could not run score.py");

        GoldEvaluation.Report ours = new GoldEvaluation(extraction).evaluate(EVAL.resolve(set));
        assertThat(String.join("\n", ours.rows()) + "\n" + ours.summaryLine() + "\n" + ours.countsLine())
                .isEqualTo(reference);
    }

    private static String toJson(Extraction.Document d) {
        StringBuilder s = new StringBuilder("{\"file\": ").append(str(d.file())).append(", \"quotes\": [");
        for (int i = 0; i < d.quotes().size(); i++) {
            Quote q = d.quotes().get(i);
            s.append(i == 0 ? "" : ",").append("{\"text\": ").append(str(q.text())).append(", \"speaker\": ")
                    .append(str(q.speaker())).append("}");
        }
        s.append("], \"figures\": [");
        for (int i = 0; i < d.figures().size(); i++) {
            Figure f = d.figures().get(i);
            s.append(i == 0 ? "" : ",").append("{\"text\": ").append(str(f.text())).append(", \"value\": ")
                    .append(f.value()).append(", \"unit\": ").append(str(f.unit())).append(", \"counts\": ")
                    .append(f.counts() == null ? "null" : str(f.counts())).append("}");
        }
        return s.append("]}").toString();
    }

    private static String str(String value) {
        StringBuilder s = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            if (c == '"' || c == '\\') {
                s.append('\\').append(c);
            } else if (c < 0x20) {
                s.append(String.format("\\u%04x", (int) c));
            } else {
                s.append(c);
            }
        }
        return s.append('"').toString();
    }
}
