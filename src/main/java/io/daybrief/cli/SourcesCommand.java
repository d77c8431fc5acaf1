package io.daybrief.cli;

import io.daybrief.Daybrief;
import io.daybrief.event.SourceLog;
import io.daybrief.ingest.Sources;
import io.daybrief.schedule.BriefingScheduler;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code daybrief sources}: lists the feeds and inboxes collected from, and what each last did. */
@Command(name = "sources", description = {"Lists each source (feeds and inbox folders of sources: in the"
        + " configuration) with its last success, last error, events collected and next run.",
        "--now collects one round from each first (or from the one named)."})
final class SourcesCommand implements Callable<Integer> {

    @Mixin
    private ConfigOption config;

    @Option(names = "--now", arity = "0..1", paramLabel = "NAME", fallbackValue = "", description = "Collect one"
            + " round now from every source, or from the one named, before listing.")
    private String now;

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Daybrief daybrief = config.open()) {
            Sources sources = daybrief.sources();
            if (sources.all().isEmpty()) {
                out.println("no sources configured; add sources: to the configuration (see README.md, Sources)");
                out.flush();
                return 0;
            }
            boolean failed = false;
            if (now != null) {
                for (Sources.Source source : sources.all()) {
                    if (now.isEmpty() || now.equals(source.name())) {
                        Sources.Round round = sources.collect(source.name());
                        out.println(Console.printable(round.line()));
                        failed |= round.error() != null;
                    }
                }
            }
            Map<String, SourceLog.Status> statuses = sources.statuses();
            Instant clock = daybrief.clock().instant();
            for (Sources.Source source : sources.all()) {
                SourceLog.Status status = statuses.get(source.name());
                out.printf("%-16s %-6s %s%n", source.name(), source.inbox() ? "inbox" : "feed",
                        Console.printable(source.location()));
                out.printf("    last success %s, events collected %d, next run %s%n", when(status.lastSuccess()),
                        status.eventsCollected(), when(BriefingScheduler.nextRun(source.cron(), clock)));
                if (status.lastErrorAt() != null) {
                    out.printf("    last error %s: %s%n", when(status.lastErrorAt()),
                            Console.printable(status.lastError()));
                }
            }
            out.flush();
            return failed ? Failures.FAILED : 0;
        }
    }

    private static String when(Instant instant) {
        return instant == null ? "never" : instant.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
    }
}
