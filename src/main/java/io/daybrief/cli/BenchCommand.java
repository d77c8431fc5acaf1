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

    @Option(names = "--quick", description = "A smaller run, in under a minute.")
    private boolean quick;

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        List<Timing.Measurement> results = Benchmarks.run(quick);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            ObjectNode root = mapper.createObjectNode();
            ArrayNode list = root.putArray("measurements");
            for (Timing.Measurement m : results) {
                list.addObject().put("name", m.name()).put("median_ms", round(m.medianMs())).put("p90_ms", round(m.p90Ms()))
                        .put("heap_peak_mb", round(m.heapPeakMb())).put("per_second", round(m.perSecond()));
            }
            out.println(mapper.writeValueAsString(root));
        } else {
            out.printf("%-22s %12s %12s %14s %14s%n", "measurement", "median ms", "p90 ms", "heap peak MB", "per second");
            for (Timing.Measurement m : results) {
                out.printf(Locale.ROOT, "%-22s %12.1f %12.1f %14.1f %14.1f%n", m.name(), m.medianMs(), m.p90Ms(),
                        m.heapPeakMb(), m.perSecond());
            }
        }
        out.flush();
        return 0;
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
