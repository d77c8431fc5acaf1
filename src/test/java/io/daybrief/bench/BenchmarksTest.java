package io.daybrief.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every group measured on a small scale: the names the report promises, sane figures, nothing left behind. */
class BenchmarksTest {

    private static final Benchmarks.Sizes SMALL = new Benchmarks.Sizes(true, 30, 20, 2, 0, new int[] {5}, 2, 0, 2, 0, 2, 300);

    @Test
    void everyGroupReportsItsMeasurementsAndRemovesItsFolders() throws IOException {
        Set<Path> before = benchFolders();

        Benchmarks.Results results = Benchmarks.run(SMALL, Benchmarks.GROUPS);

        Map<String, Timing.Measurement> byName = results.measurements().stream()
                .collect(Collectors.toMap(Timing.Measurement::name, Function.identity()));
        assertThat(byName).containsKeys("ingest.30", "analysis.1core", "analysis.allcores", "edition.5",
                "edition.5.assemble", "edition.5.html", "edition.5.pdf", "edition.20.alongside", "pdfbox.raw.20",
                "openhtmltopdf.plain.20",
                "day.300");
        for (Timing.Measurement m : results.measurements()) {
            assertThat(m.medianMs()).as(m.name() + " median").isPositive();
            assertThat(m.p90Ms()).as(m.name() + " p90").isGreaterThanOrEqualTo(m.medianMs());
            assertThat(m.heapPeakMb()).as(m.name() + " heap peak").isPositive();
        }
        for (String rate : List.of("ingest.30", "analysis.1core", "analysis.allcores", "day.300", "edition.5.pdf")) {
            assertThat(byName.get(rate).perSecond()).as(rate + " per second").isPositive();
        }
        if (Files.isExecutable(Path.of("/usr/bin/chromium"))) {
            assertThat(byName).containsKeys("chromium.cold.20");
            assertThat(byName.containsKey("chromium.warm.20")
                    || results.notes().stream().anyMatch(n -> n.startsWith("chromium.warm.20: not measured"))).isTrue();
        } else {
            assertThat(results.notes()).anyMatch(n -> n.contains("chromium.cold.20, chromium.warm.20: not measured")
                    && n.contains("apt-get install -y chromium"));
        }
        // Tests run from classes, not from daybrief.jar: the cold start cannot be measured, and says so.
        assertThat(results.notes()).anyMatch(n -> n.startsWith("cold.run.20: not measured"));
        assertThat(benchFolders()).isEqualTo(before);
    }

    private static Set<Path> benchFolders() throws IOException {
        try (Stream<Path> all = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return all.filter(p -> p.getFileName().toString().startsWith("daybrief-bench-")).collect(Collectors.toSet());
        }
    }
}
