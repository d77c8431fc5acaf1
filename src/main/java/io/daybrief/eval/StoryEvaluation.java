package io.daybrief.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.daybrief.analysis.StoryGrouping;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Scores the grouping of reports into stories against labelled events, over a JSON-lines file of {@code id},
 * {@code title}, {@code published}, {@code source}, {@code body} and {@code story}: BCubed precision, recall and
 * F1, and the F1 of same-story pairs. The labels are read for scoring only; the grouping sees titles and bodies.
 */
public final class StoryEvaluation {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The scores, and each report's id with its group for whoever wants to look. */
    public record Report(double precision, double recall, double f1, double pairwiseF1, List<String> ids,
                         int[] groups) {

        public String line() {
            return String.format(Locale.ROOT, "stories BCubed P=%.3f R=%.3f F1=%.3f | pairwise F1=%.3f", precision,
                    recall, f1, pairwiseF1);
        }

        /** One JSON line per report: {@code {"id": ..., "group": ...}}. */
        public String groupLines() {
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < ids.size(); i++) {
                out.append(JSON.createObjectNode().put("id", ids.get(i)).put("group", groups[i])).append('\n');
            }
            return out.toString();
        }
    }

    public Report evaluate(Path jsonl) {
        List<String> lines;
        try {
            lines = Files.readAllLines(jsonl, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(jsonl + ": cannot be read: " + e.getMessage(), e);
        }
        List<String> ids = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        List<StoryGrouping.Report> reports = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            JsonNode row;
            try {
                row = JSON.readTree(lines.get(i));
            } catch (IOException e) {
                throw new IllegalArgumentException(jsonl + ":" + (i + 1) + ": not valid JSON: " + e.getMessage()
                        + "; give one object a line", e);
            }
            if (!row.path("story").isTextual() && !row.path("story").isNumber()) {
                throw new IllegalArgumentException(jsonl + ":" + (i + 1) + ": field story is missing; each line needs"
                        + " the labelled event it reports, e.g. \"story\": \"harbour-fire\"");
            }
            ids.add(row.path("id").asText(String.valueOf(i + 1)));
            labels.add(row.path("story").asText());
            reports.add(new StoryGrouping.Report(row.path("title").asText(""), row.path("body").asText("")));
        }
        if (reports.isEmpty()) {
            throw new IllegalArgumentException(jsonl + ": no reports; give one JSON object a line");
        }
        int[] groups = StoryGrouping.group(reports);
        double[] b = bcubed(groups, labels);
        return new Report(b[0], b[1], b[2], pairwiseF1(groups, labels), ids, groups);
    }

    /** How many reports each group, each labelled event and each (group, event) pair holds. */
    private record Sizes(Map<Integer, Integer> groups, Map<String, Integer> labels, Map<String, Integer> both) {

        static Sizes of(int[] groups, List<String> labels) {
            Map<Integer, Integer> groupSize = new HashMap<>();
            Map<String, Integer> labelSize = new HashMap<>();
            Map<String, Integer> both = new HashMap<>();
            for (int i = 0; i < groups.length; i++) {
                groupSize.merge(groups[i], 1, Integer::sum);
                labelSize.merge(labels.get(i), 1, Integer::sum);
                both.merge(key(groups[i], labels.get(i)), 1, Integer::sum);
            }
            return new Sizes(groupSize, labelSize, both);
        }

        static String key(int group, String label) {
            return group + "\u0000" + label;
        }
    }

    /** BCubed precision, recall and F1: per report, how much of its group is its event and of its event its group. */
    static double[] bcubed(int[] groups, List<String> labels) {
        Sizes sizes = Sizes.of(groups, labels);
        int n = groups.length;
        double p = 0;
        double r = 0;
        for (int i = 0; i < n; i++) {
            int shared = sizes.both().get(Sizes.key(groups[i], labels.get(i)));
            p += (double) shared / sizes.groups().get(groups[i]);
            r += (double) shared / sizes.labels().get(labels.get(i));
        }
        p /= n;
        r /= n;
        return new double[] {p, r, p + r == 0 ? 0 : 2 * p * r / (p + r)};
    }

    /** The F1 of the pairs of reports put in one group against the pairs of one labelled event. */
    static double pairwiseF1(int[] groups, List<String> labels) {
        Sizes sizes = Sizes.of(groups, labels);
        double predicted = pairs(sizes.groups().values());
        double actual = pairs(sizes.labels().values());
        double right = pairs(sizes.both().values());
        double p = predicted == 0 ? 0 : right / predicted;
        double r = actual == 0 ? 0 : right / actual;
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private static double pairs(java.util.Collection<Integer> sizes) {
        return sizes.stream().mapToDouble(s -> s * (s - 1) / 2.0).sum();
    }
}
