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
        "Reads .txt and .md articles, .html pages, .json (an event or an array), .ndjson/.jsonl (an event per line)"
        + " and .csv (an event per row under a header row); with --fetch, also http(s) addresses of pages.",
        "Prints what went in, what was a duplicate and what was refused (file:line).",
        "Exits 1 only when nothing at all could be read."})
final class IngestCommand implements Callable<Integer> {

    @Mixin
    private ConfigOption config;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to read, or (with --fetch)"
            + " addresses of web pages.")
    private List<String> inputs;

    @picocli.CommandLine.Option(names = "--fetch", description = "Fetch the http(s) addresses given and read the"
            + " article on each page.")
    private boolean fetch;

    @picocli.CommandLine.Option(names = "--allow-private", description = "With --fetch: allow addresses on this"
            + " machine or a private network (refused by default).")
    private boolean allowPrivate;

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
        List<String> urls = inputs.stream().filter(i -> i.matches("(?i)https?://.*")).toList();
        if (!urls.isEmpty() && !fetch) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), urls.get(0) + " is a web address;"
                    + " give --fetch to fetch it (nothing is fetched unless asked)");
        }
        try (Daybrief daybrief = config.open()) {
            List<IngestReport> reports = new java.util.ArrayList<>();
            List<Path> paths = inputs.stream().filter(i -> !urls.contains(i)).map(Path::of).toList();
            if (!paths.isEmpty()) {
                reports.add(daybrief.ingester().ingest(paths, date, source));
            }
            for (String url : urls) {
                reports.add(daybrief.sources().ingestPage(java.net.URI.create(url.strip()), allowPrivate, date, source));
            }
            IngestReport report = IngestReport.merge(reports);
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
        for (IngestReport.Item item : report.updated()) {
            out.printf("updated    %s:%d  \"%s\" (%s)%s%n", Console.printable(item.file()), item.line(),
                    Console.printable(item.title()), item.note(), readAs(item));
        }
        for (IngestReport.Item item : report.duplicates()) {
            out.printf("duplicate  %s:%d  \"%s\" (%s)%n", Console.printable(item.file()), item.line(),
                    Console.printable(item.title()), item.note());
        }
        for (IngestReport.Refusal refusal : report.refused()) {
            err.printf("refused    %s%n", Console.printable(refusal.toString()));
        }
        for (String ignored : report.ignored()) {
            err.printf("ignored    %s (not .txt, .md, .html, .json, .ndjson, .jsonl or .csv)%n",
                    Console.printable(ignored));
        }
        out.printf("%d new, %d duplicate, %d refused%s%n", report.added().size(), report.duplicates().size(),
                report.refused().size(), report.updated().isEmpty() ? "" : ", " + report.updated().size() + " updated");
        out.flush();
        err.flush();
    }
}
