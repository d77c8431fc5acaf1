package io.daybrief.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.daybrief.analysis.Analyzer;
import io.daybrief.analysis.Sentence;
import io.daybrief.analysis.Sentences;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Scores the extractive summary against reference highlights with ROUGE, beside the first three sentences of
 * each article (the baseline to beat), over a JSON-lines file of {@code article} and {@code highlights}.
 */
public final class SummaryEvaluation {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int SENTENCES = 3;

    private final Analyzer analyzer;

    public SummaryEvaluation(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** Mean ROUGE-1, -2 and -L F1 of the summaries and of the first three sentences. */
    public record Report(int articles, double[] summary, double[] leadThree) {

        public String lines() {
            return String.format(Locale.ROOT, "summary  ROUGE-1=%.4f ROUGE-2=%.4f ROUGE-L=%.4f%n"
                    + "lead-3   ROUGE-1=%.4f ROUGE-2=%.4f ROUGE-L=%.4f%n(%d articles)", summary[0], summary[1],
                    summary[2], leadThree[0], leadThree[1], leadThree[2], articles);
        }
    }

    public Report evaluate(Path jsonl) {
        List<String> lines;
        try {
            lines = Files.readAllLines(jsonl).stream().filter(l -> !l.isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(jsonl + ": cannot be read: " + e.getMessage(), e);
        }
        double[] summary = new double[3];
        double[] lead = new double[3];
        for (int i = 0; i < lines.size(); i++) {
            JsonNode row;
            try {
                row = JSON.readTree(lines.get(i));
            } catch (IOException e) {
                throw new IllegalArgumentException(jsonl + ":" + (i + 1) + ": not valid JSON: " + e.getMessage(), e);
            }
            String article = row.path("article").asText();
            String highlights = row.path("highlights").asText();
            add(summary, Rouge.scores(String.join(" ", analyzer.analyze(article, SENTENCES).summary()), highlights));
            add(lead, Rouge.scores(leadThree(article), highlights));
        }
        int n = Math.max(lines.size(), 1);
        for (int k = 0; k < 3; k++) {
            summary[k] /= n;
            lead[k] /= n;
        }
        return new Report(lines.size(), summary, lead);
    }

    private static String leadThree(String article) {
        List<Sentence> sentences = Sentences.of(article);
        return String.join(" ", sentences.subList(0, Math.min(SENTENCES, sentences.size())).stream()
                .map(Sentence::text).toList());
    }

    private static void add(double[] total, double[] scores) {
        for (int k = 0; k < 3; k++) {
            total[k] += scores[k];
        }
    }
}
