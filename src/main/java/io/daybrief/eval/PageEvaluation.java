package io.daybrief.eval;

import io.daybrief.ingest.WebPage;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Scores the text read from web pages against their true bodies, as the article-extraction benchmark does: word
 * 4-grams matched as multisets on each page, precision and recall averaged over pages, F1 of the two means.
 *
 * <p>The folder holds {@code NAME.html} and {@code NAME.txt}, the true body of that page.
 */
public final class PageEvaluation {

    /** Words as the benchmark counts them: runs of letters, digits and underscores. */
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}_]+");
    private static final int SHINGLE = 4;

    /** One page's score. */
    public record Page(String name, double precision, double recall) {

        public String line() {
            return String.format(Locale.ROOT, "%s: P=%.3f R=%.3f", name, precision, recall);
        }
    }

    /** All pages' scores and the means. */
    public record Report(List<Page> pages, double precision, double recall) {

        public double f1() {
            return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        }

        public String summaryLine() {
            return String.format(Locale.ROOT, "pages P=%.3f R=%.3f F1=%.3f over %d pages", precision, recall, f1(),
                    pages.size());
        }
    }

    /** Reads every page in {@code folder}, writing what was read to {@code written} as NAME.txt when not null. */
    public Report evaluate(Path folder, Path written) {
        List<Page> pages = new ArrayList<>();
        double precision = 0;
        double recall = 0;
        int precisionPages = 0;
        int recallPages = 0;
        for (Path html : htmlFiles(folder)) {
            String name = html.getFileName().toString().replaceFirst("\\.html?$", "");
            Path gold = folder.resolve(name + ".txt");
            if (!Files.exists(gold)) {
                continue;
            }
            String read = WebPage.read(bytes(html), null, null).body();
            if (written != null) {
                write(written.resolve(name + ".txt"), read);
            }
            double[] counts = counts(read(gold), read);
            double p = counts[1] == 0 && counts[2] == 0 ? 1 : counts[0] / (counts[0] + counts[1]);
            double r = counts[1] == 0 && counts[2] == 0 ? 1 : counts[0] / (counts[0] + counts[2]);
            if (counts[0] + counts[1] > 0) {
                precision += p;
                precisionPages++;
            }
            if (counts[0] + counts[2] > 0) {
                recall += r;
                recallPages++;
            }
            pages.add(new Page(name, counts[0] + counts[1] > 0 ? p : 0, r));
        }
        return new Report(pages, precisionPages == 0 ? 0 : precision / precisionPages,
                recallPages == 0 ? 0 : recall / recallPages);
    }

    /** True positives, false positives and false negatives of the page's shingles, as shares of their sum. */
    static double[] counts(String gold, String read) {
        Map<List<String>, Integer> expected = shingles(gold);
        Map<List<String>, Integer> got = shingles(read);
        int tp = 0;
        int fp = 0;
        for (Map.Entry<List<String>, Integer> entry : got.entrySet()) {
            int wanted = expected.getOrDefault(entry.getKey(), 0);
            tp += Math.min(wanted, entry.getValue());
            fp += Math.max(0, entry.getValue() - wanted);
        }
        int fn = expected.values().stream().mapToInt(Integer::intValue).sum() - tp;
        double sum = tp + fp + fn;
        return sum == 0 ? new double[3] : new double[] {tp / sum, fp / sum, fn / sum};
    }

    private static Map<List<String>, Integer> shingles(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            tokens.add(m.group());
        }
        Map<List<String>, Integer> shingles = new HashMap<>();
        if (tokens.isEmpty()) {
            return shingles;
        }
        if (tokens.size() < SHINGLE) {
            shingles.put(tokens, 1);
            return shingles;
        }
        for (int i = 0; i + SHINGLE <= tokens.size(); i++) {
            shingles.merge(List.copyOf(tokens.subList(i, i + SHINGLE)), 1, Integer::sum);
        }
        return shingles;
    }

    private static List<Path> htmlFiles(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().matches(".*\\.html?")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(folder + ": cannot be listed: " + e.getMessage(), e);
        }
    }

    private static String read(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot be read: " + e.getMessage(), e);
        }
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot be read: " + e.getMessage(), e);
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot be written: " + e.getMessage(), e);
        }
    }
}
