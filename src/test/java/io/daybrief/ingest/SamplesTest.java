package io.daybrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.daybrief.Daybrief;
import io.daybrief.TestDaybrief;
import io.daybrief.event.Event;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SamplesTest {

    @TempDir
    Path folder;

    @Test
    void indexListsEverySampleFile() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/samples"))) {
            Set<String> onDisk = files.map(p -> p.getFileName().toString()).filter(n -> !n.equals("index.txt"))
                    .collect(Collectors.toSet());
            assertThat(Samples.all()).extracting(Samples.Sample::name).containsExactlyInAnyOrderElementsOf(onDisk);
        }
    }

    @Test
    void allSamplesGoInWithoutRefusalAndSpanAtLeastThreeDays() {
        try (Daybrief daybrief = TestDaybrief.open(folder)) {
            IngestReport report = Samples.ingestAll(daybrief.ingester());

            assertThat(report.refused()).isEmpty();
            assertThat(report.added()).hasSizeGreaterThanOrEqualTo(15);
            List<LocalDate> dates = report.added().stream()
                    .map(item -> daybrief.events().find(item.eventId()).map(Event::published).orElseThrow().date())
                    .distinct().toList();
            assertThat(dates).hasSizeGreaterThanOrEqualTo(3);
        }
    }
}
