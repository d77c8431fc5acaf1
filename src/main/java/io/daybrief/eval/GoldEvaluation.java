package io.daybrief.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.daybrief.ingest.Extraction;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Runs the analysis over a folder of labelled articles ({@code NAME.txt} with {@code NAME.json}, in the format
 * of the evaluation set's README) and scores it.
 */
public final class GoldEvaluation {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Extraction extraction;

    public GoldEvaluation(Extraction extraction) {
        this.extraction = extraction;
    }

    /** Per-article rows, each article's errors, and the summary line over all articles. */
    public record Report(List<String> rows, List<List<String>> errors, String summaryLine, double quoteF1,
                         double attributedF1, double speakerAccuracy, double figureF1, double typedFigureF1,
                         String countsLine, double countsF1) {
    }

    public Report evaluate(Path folder) {
        List<Path> labelFiles;
        try (Stream<Path> files = Files.list(folder)) {
            labelFiles = files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(folder + ": cannot list the labelled articles: " + e.getMessage(), e);
        }
        if (labelFiles.isEmpty()) {
            throw new IllegalArgumentException(folder + ": no NAME.json label files; give the folder of labelled"
                    + " articles (NAME.txt beside NAME.json)");
        }
        Scorer.Tally total = new Scorer.Tally();
        List<String> rows = new ArrayList<>();
        List<List<String>> errors = new ArrayList<>();
        for (Path labelFile : labelFiles) {
            String base = labelFile.getFileName().toString().replaceFirst("\\.json$", "");
            Path article = labelFile.resolveSibling(base + ".txt");
            Extraction.Document document = extraction.extract(article, base + ".txt");
            Scorer.FileScore score = Scorer.score(base + ".txt", labels(labelFile), document.quotes(), document.figures());
            total.add(score.tally());
            rows.add(score.row());
            errors.add(score.errors());
        }
        Scorer.Summary summary = Scorer.Summary.of(total);
        // Without labelled figures there is nothing to hold a figure floor to.
        boolean figures = total.figureDocs > 0;
        return new Report(rows, errors, summary.line(), summary.quoteF1(), summary.attributedF1(),
                summary.speakerAccuracy(),
                figures ? summary.figureF1() : 1.0, figures ? summary.typedF1() : 1.0, summary.countsLine(),
                summary.countsN() > 0 ? summary.countsF1() : 1.0);
    }

    private static Labels labels(Path file) {
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": not readable JSON: " + e.getMessage(), e);
        }
        List<Labels.Label> quotes = new ArrayList<>();
        for (JsonNode q : root.path("quotes")) {
            JsonNode speaker = q.path("speaker");
            quotes.add(new Labels.Label(q.path("text").asText(), speaker.isNull() || speaker.isMissingNode() ? null
                    : speaker.asText(), null, null, q.path("optional").asBoolean(false)));
        }
        List<Labels.Label> figures = new ArrayList<>();
        for (JsonNode f : root.path("figures")) {
            JsonNode counts = f.path("counts");
            figures.add(new Labels.Label(f.path("text").asText(), null, f.path("value").asDouble(),
                    f.path("unit").asText(""), f.path("optional").asBoolean(false),
                    counts.isTextual() && !counts.asText().isEmpty() ? counts.asText() : null));
        }
        return new Labels(quotes, figures, root.has("figures"));
    }
}
