package io.daybrief.cli;

import io.daybrief.Daybrief;
import io.daybrief.briefing.BriefingDefinition;
import io.daybrief.ingest.IngestReport;
import io.daybrief.ingest.Samples;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code daybrief demo}: stores the bundled sample events and makes the edition of their latest day. */
@Command(name = "demo", description = {"Stores the bundled samples and makes their latest day's edition.",
        "The samples are fictional wire articles packed into the jar; prints the PDF's path."})
final class DemoCommand implements Callable<Integer> {

    @Mixin
    private ConfigOption config;

    @Option(names = "--briefing", paramLabel = "NAME", description = "Briefing name. Default: the first configured.")
    private String briefing;

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        try (Daybrief daybrief = config.open()) {
            IngestReport report = Samples.ingestAll(daybrief.ingester());
            spec.commandLine().getErr().printf("samples: %d new, %d already stored, %d refused%n",
                    report.added().size(), report.duplicates().size(), report.refused().size());
            LocalDate latest = Stream.concat(report.added().stream(), report.duplicates().stream())
                    .map(item -> daybrief.events().find(item.eventId()).orElseThrow().published().date())
                    .max(Comparator.naturalOrder())
                    .orElseThrow(() -> new IllegalStateException("no sample could be stored; see the refusals above"));
            BriefingDefinition definition = daybrief.briefingOrFirst(briefing);
            RunCommand.report(daybrief.editions().make(definition, latest), spec);
            return 0;
        }
    }
}
