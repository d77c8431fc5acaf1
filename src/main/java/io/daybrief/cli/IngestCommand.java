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

    @picocli.CommandLine.Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The date of text"
            + " articles that name none (else the file's modification time gives it).")
    private java.time.LocalDate date;

    @picocli.CommandLine.Option(names = "--source", paramLabel = "NAME", description = "The source (publisher or"
            + " agency) of the text articles read, instead of the one their text credits.")
    private String source;

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        try (Daybrief daybrief = config.open()) {
            IngestReport report = daybrief.ingester().ingest(paths, date, source);
            print(report, spec.commandLine().getOut(), spec.commandLine().getErr());
            return report.readAnything() ? 0 : Failures.FAILED;
        }
    }

    /** How an item was read, when that needs saying: "; read as Windows-1252; dated by the file's time: D". */
    private static String readAs(IngestReport.Item item) {
        return item.readAs().isEmpty() ? "" : "; " + String.join("; ", item.readAs());
    }

    static void print(IngestReport report, PrintWriter out, PrintWriter err) {
        for (IngestReport.Item item : report.added()) {
            out.printf("new        %s:%d  \"%s\" (event %d)%s%n", Console.printable(item.file()), item.line(),
                    Console.printable(item.title()), item.eventId(), readAs(item));
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
