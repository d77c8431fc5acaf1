package io.daybrief.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.daybrief.bench.Benchmarks;
import io.daybrief.bench.Timing;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code daybrief bench}: measures speed and memory on generated data. */
@Command(name = "bench", description = {"Measures speed and memory on generated fictional data.",
        "Each figure is the median and p90 of repeated runs after warm-up, with the heap peak."})
final class BenchCommand implements Callable<Integer> {

    @Option(names = "--json", description = "Print {\"measurements\": [...]} as JSON.")
    private boolean json;

    @Option(names = "--quick", description = "A smaller run, in about a minute.")
    private boolean quick;

    @Option(names = "--only", split = ",", paramLabel = "GROUP", description = "Only these groups of measurements:"
            + " ingest, analysis, edition, alternatives (PDFBox floor, Chromium), cold, day. Default: all.")
    private List<String> only = Benchmarks.GROUPS;

    @Option(names = "--output", paramLabel = "DIR", description = "Where the raw output goes, under bench/."
            + " Default: output.")
    private java.nio.file.Path output = java.nio.file.Path.of("output");

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Benchmarks.Results measured;
        try {
            measured = Benchmarks.run(quick, only);
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("daybrief bench: " + e.getMessage() + " (--only)");
            return 2;
        }
        List<Timing.Measurement> results = measured.measurements();
        PrintWriter out = spec.commandLine().getOut();
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("date", java.time.Instant.now().toString());
        root.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        root.put("cores", Runtime.getRuntime().availableProcessors());
        root.put("quick", quick);
        ArrayNode list = root.putArray("measurements");
        for (Timing.Measurement m : results) {
            list.addObject().put("name", m.name()).put("median_ms", round(m.medianMs())).put("p90_ms", round(m.p90Ms()))
                    .put("heap_peak_mb", round(m.heapPeakMb())).put("per_second", round(m.perSecond()));
        }
        ArrayNode ratios = root.putArray("ratios");
        for (Ratio r : ratios(results)) {
            ratios.addObject().put("name", r.numerator() + " / " + r.denominator()).put("value", round(r.value()))
                    .put("reading", r.reading());
        }
        ArrayNode notes = root.putArray("notes");
        measured.notes().forEach(notes::add);
        // The raw output is kept with the archive, so runs on this machine can be compared later.
        java.nio.file.Path raw = output.resolve("bench").resolve("bench-" + java.time.LocalDate.now() + (quick ? "-quick" : "")
                + (only.containsAll(Benchmarks.GROUPS) ? "" : "-" + String.join("-", only)) + ".json");
        java.nio.file.Files.createDirectories(raw.getParent());
        java.nio.file.Files.writeString(raw, mapper.writeValueAsString(root));
        if (json) {
            out.println(mapper.writeValueAsString(root));
        } else {
            out.printf("%-22s %12s %12s %14s %14s%n", "measurement", "median ms", "p90 ms", "heap peak MB", "per second");
            for (Timing.Measurement m : results) {
                out.printf(Locale.ROOT, "%-22s %12.1f %12.1f %14.1f %14.1f%n", m.name(), m.medianMs(), m.p90Ms(),
                        m.heapPeakMb(), m.perSecond());
            }
            measured.notes().forEach(note -> out.println("note: " + note));
            ratios(results).forEach(r -> out.printf(Locale.ROOT, "ratio: %s / %s = %.2f (%s)%n", r.numerator(),
                    r.denominator(), r.value(), r.reading()));
            out.println("raw output: " + raw);
        }
        out.flush();
        return 0;
    }

    /** One comparison: {@code numerator / denominator} of two medians, and what it is held to. */
    private record Ratio(String numerator, String denominator, double value, String reading) {
    }

    /**
     * The comparisons the targets are stated in, from medians of this same run; the edition is the one measured
     * in turn with the alternatives where there is one.
     */
    private static List<Ratio> ratios(List<Timing.Measurement> results) {
        java.util.Map<String, Double> median = new java.util.HashMap<>();
        results.forEach(m -> median.put(m.name(), m.medianMs()));
        String edition = median.containsKey("edition.20.alongside") ? "edition.20.alongside" : "edition.20";
        return java.util.stream.Stream.of(
                        ratio(median, "chromium.warm.20", edition, "target: at least 2"),
                        ratio(median, "chromium.cold.20", edition, "above 1: Daybrief faster"),
                        ratio(median, edition, "pdfbox.raw.20", "target: within 4"),
                        ratio(median, "openhtmltopdf.plain.20", "pdfbox.raw.20", "the layout engine alone, untagged"),
                        ratio(median, edition, "openhtmltopdf.plain.20",
                                "what tagging, PDF/A, assembly and archiving add"))
                .flatMap(java.util.Optional::stream).toList();
    }

    /** The ratio of two medians, when both were measured. */
    private static java.util.Optional<Ratio> ratio(java.util.Map<String, Double> median, String numerator,
                                                   String denominator, String reading) {
        if (!median.containsKey(numerator) || !median.containsKey(denominator)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Ratio(numerator, denominator,
                median.get(numerator) / median.get(denominator), reading));
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
