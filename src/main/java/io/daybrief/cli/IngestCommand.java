package io.daybrief.cli;

import io.daybrief.Daybrief;
import io.daybrief.ingest.IngestReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code daybrief ingest PATH...}: stores events from files and folders. */
@Command(name = "ingest", description = {"Stores events from files and folders.",
        "Reads .txt articles, .json (an event or an array), .ndjson/.jsonl (an event per line).",
        "Prints what went in, what was a duplicate and what was refused (file:line).",
        "Exits 1 only when nothing at all could be read."})
final class IngestCommand implements Callable<Integer> {

    @Mixin
    private ConfigOption config;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to read.")
    private List<Path> paths;

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        try (Daybrief daybrief = config.open()) {
            IngestReport report = daybrief.ingester().ingest(paths);
            print(report, spec.commandLine().getOut(), spec.commandLine().getErr());
            return report.readAnything() ? 0 : Failures.FAILED;
        }
    }

    static void print(IngestReport report, PrintWriter out, PrintWriter err) {
        for (IngestReport.Item item : report.added()) {
            out.printf("new        %s:%d  \"%s\" (event %d)%n", Console.printable(item.file()), item.line(),
                    Console.printable(item.title()), item.eventId());
        }
        for (IngestReport.Item item : report.duplicates()) {
            out.printf("duplicate  %s:%d  \"%s\" (%s)%n", Console.printable(item.file()), item.line(),
                    Console.printable(item.title()), item.note());
        }
        for (IngestReport.Refusal refusal : report.refused()) {
            err.printf("refused    %s%n", Console.printable(refusal.toString()));
        }
        for (String ignored : report.ignored()) {
            err.printf("ignored    %s (not .txt, .json, .ndjson or .jsonl)%n", Console.printable(ignored));
        }
        out.printf("%d new, %d duplicate, %d refused%n", report.added().size(), report.duplicates().size(),
                report.refused().size());
        out.flush();
        err.flush();
    }
}
