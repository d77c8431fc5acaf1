package io.daybrief.cli;

import io.daybrief.Daybrief;
import io.daybrief.archive.Archive;
import io.daybrief.archive.Edition;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code daybrief archive list|get}: the archived editions, readable on any node that shares the database. */
@Command(name = "archive", description = {"Lists archived editions and fetches their PDFs, from this machine's"
        + " folder or, when another node made them, from the database."},
        subcommands = {ArchiveCommand.ListEditions.class, ArchiveCommand.GetEdition.class})
final class ArchiveCommand implements Callable<Integer> {

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2; // as picocli answers a command given wrongly
    }

    /** {@code archive list [--briefing B]}. */
    @Command(name = "list", description = "Lists the archived editions, newest first: date, briefing, stories, size,"
            + " when made.")
    static final class ListEditions implements Callable<Integer> {

        @Mixin
        private ConfigOption config;

        @Option(names = "--briefing", paramLabel = "NAME", description = "Only this briefing's editions.")
        private String briefing;

        @Option(names = "--limit", paramLabel = "N", defaultValue = "100", description = "At most N (default 100).")
        private int limit;

        @Spec
        private picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (Daybrief daybrief = config.open()) {
                if (briefing != null) {
                    daybrief.briefing(briefing);
                }
                for (Archive.Indexed indexed : daybrief.archive().page(briefing, null, null, 0, limit)) {
                    Edition e = indexed.edition();
                    out.printf("%s  %-16s %3d stories  %7d bytes  made %s%n", e.date(), e.briefing(), e.stories(),
                            e.sizeBytes(), e.madeAt());
                }
                out.flush();
                return 0;
            }
        }
    }

    /** {@code archive get BRIEFING DATE [--to FILE]}. */
    @Command(name = "get", description = "Writes an edition's PDF to --to FILE (or prints where it is in this"
            + " machine's archive folder, fetching it from the database when another node made it).")
    static final class GetEdition implements Callable<Integer> {

        @Mixin
        private ConfigOption config;

        @Parameters(index = "0", paramLabel = "BRIEFING")
        private String briefing;

        @Parameters(index = "1", paramLabel = "DATE", description = "YYYY-MM-DD")
        private LocalDate date;

        @Option(names = "--to", paramLabel = "FILE", description = "Where to write the PDF.")
        private Path to;

        @Spec
        private picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            try (Daybrief daybrief = config.open()) {
                daybrief.briefing(briefing);
                Edition edition = daybrief.archive().find(briefing, date).orElse(null);
                if (edition == null) {
                    spec.commandLine().getErr().printf("no %s edition of %s in the archive; make it with daybrief run"
                            + " --briefing %s --date %s%n", briefing, date, briefing, date);
                    spec.commandLine().getErr().flush();
                    return Failures.FAILED;
                }
                if (!daybrief.archive().isIntact(edition)) {
                    spec.commandLine().getErr().printf("the %s edition of %s is recorded, but its PDF is neither in"
                            + " %s nor in the database; make it again with daybrief run --briefing %s --date %s%n",
                            briefing, date, edition.pdf(), briefing, date);
                    spec.commandLine().getErr().flush();
                    return Failures.FAILED;
                }
                Path result = edition.pdf();
                if (to != null) {
                    Files.copy(edition.pdf(), to, StandardCopyOption.REPLACE_EXISTING);
                    result = to;
                }
                spec.commandLine().getOut().println(result);
                spec.commandLine().getOut().flush();
                return 0;
            }
        }
    }
}
