package io.daybrief.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.daybrief.analysis.SpeakerTraining;
import io.daybrief.ingest.Extraction;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Fits the speaker model on labelled articles ({@code NAME.txt} beside {@code NAME.json}): for each quotation no
 * cue attributes, a candidate is a positive example when it is the labelled speaker (by the scoring rule), and a
 * negative one otherwise; a quotation that matches no labelled quote gives only negatives, and one whose label
 * names no speaker gives none.
 */
public final class SpeakerFitting {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** What was fitted and on how much. */
    public record Fitted(Map<String, Double> weights, int articles, int quotations, int examples, int positives,
                         int unsure, int kept) {
    }

    private final Extraction extraction;

    public SpeakerFitting(Extraction extraction) {
        this.extraction = extraction;
    }

    public Fitted fit(Path folder) {
        List<List<String>> examples = new ArrayList<>();
        List<Boolean> labels = new ArrayList<>();
        int quotations = 0;
        List<Path> labelFiles;
        try (Stream<Path> files = Files.list(folder)) {
            labelFiles = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(folder + ": cannot list the labelled articles: " + e.getMessage(), e);
        }
        // Each article and its labels are read once, for both models.
        List<Labelled> articles = new ArrayList<>();
        for (Path labelFile : labelFiles) {
            Path article = labelFile.resolveSibling(labelFile.getFileName().toString().replaceFirst("\\.json$", ".txt"));
            articles.add(new Labelled(extraction.storyOf(article), goldQuotes(labelFile)));
        }
        for (Labelled article : articles) {
            for (SpeakerTraining.Uncued uncued : SpeakerTraining.uncued(article.story())) {
                JsonNode label = best(article.gold(), uncued.text());
                if (label != null && label.path("speaker").isNull()) {
                    continue;
                }
                quotations++;
                for (SpeakerTraining.Candidate candidate : uncued.candidates()) {
                    examples.add(candidate.features());
                    labels.add(label != null && TextMatch.speakerMatches(candidate.name(), label.path("speaker").asText()));
                }
            }
        }
        int positives = (int) labels.stream().filter(b -> b).count();
        Map<String, Double> weights = new TreeMap<>(SpeakerTraining.fit(examples, labels));
        // Then the keep model, on what the speaker model just fitted is unsure of: keeping a quotation is right when
        // it is a labelled quote whose label names nobody, or names the speaker the model likes best.
        List<List<String>> keepExamples = new ArrayList<>();
        List<Boolean> keepLabels = new ArrayList<>();
        for (Labelled article : articles) {
            for (SpeakerTraining.Uncued unsure : SpeakerTraining.unsure(article.story(), weights)) {
                JsonNode label = best(article.gold(), unsure.text());
                if (label != null && label.path("optional").asBoolean(false)) {
                    continue;
                }
                SpeakerTraining.Candidate likeliest = unsure.candidates().get(0);
                keepExamples.add(likeliest.features());
                keepLabels.add(label != null && (label.path("speaker").isNull()
                        || TextMatch.speakerMatches(likeliest.name(), label.path("speaker").asText())));
            }
        }
        weights.putAll(SpeakerTraining.fit(keepExamples, keepLabels));
        return new Fitted(weights, labelFiles.size(), quotations, examples.size(), positives, keepExamples.size(),
                (int) keepLabels.stream().filter(b -> b).count());
    }

    /** An article's story as the reader reads it, and its labelled quotes. */
    private record Labelled(String story, List<JsonNode> gold) {
    }

    /** The labelled quote a quotation matches best by the scoring rule (word F1 at least 0.8), or null. */
    private static JsonNode best(List<JsonNode> gold, String text) {
        JsonNode best = null;
        double bestF1 = 0.8;
        for (JsonNode q : gold) {
            double f = TextMatch.overlapF1(q.path("text").asText(), text);
            if (f >= bestF1) {
                best = q;
                bestF1 = f;
            }
        }
        return best;
    }

    private static List<JsonNode> goldQuotes(Path labelFile) {
        try {
            List<JsonNode> quotes = new ArrayList<>();
            JSON.readTree(labelFile.toFile()).path("quotes").forEach(quotes::add);
            return quotes;
        } catch (IOException e) {
            throw new UncheckedIOException(labelFile + ": not readable JSON: " + e.getMessage(), e);
        }
    }
}
