package io.daybrief.cli;

import io.daybrief.Daybrief;
import io.daybrief.Digests;
import io.daybrief.briefing.DigestPeriod;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code daybrief digest}: merges a week's, a month's or a range's editions into one PDF. */
@Command(name = "digest", description = {"Merges a period's archived editions into one PDF digest.",
        "It opens with a cover listing the editions, naming the days without one, and the people and figures of the"
                + " period; prints the digest's path."})
final class DigestCommand implements Callable<Integer> {

    @Mixin
    private ConfigOption config;

    @Option(names = "--briefing", paramLabel = "NAME", description = "Briefing name. Default: the first configured.")
    private String briefing;

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Which which;

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    /** One way of naming the period. */
    static final class Which {
        @Option(names = "--week", paramLabel = "YYYY-Www", required = true, description = "An ISO week, e.g. 2026-W06.")
        String week;

        @Option(names = "--month", paramLabel = "YYYY-MM", required = true, description = "A month, e.g. 2026-02.")
        String month;

        @ArgGroup(exclusive = false)
        Range range;
    }

    /** A range of days, both included. */
    static final class Range {
        @Option(names = "--from", paramLabel = "YYYY-MM-DD", required = true, description = "First day.")
        LocalDate from;

        @Option(names = "--to", paramLabel = "YYYY-MM-DD", required = true, description = "Last day.")
        LocalDate to;
    }

    @Override
    public Integer call() {
        DigestPeriod period = which.week != null ? DigestPeriod.week(which.week)
                : which.month != null ? DigestPeriod.month(which.month)
                : DigestPeriod.range(which.range.from, which.range.to);
        try (Daybrief daybrief = config.open()) {
            Digests.Digest digest = daybrief.digests().make(daybrief.briefingOrFirst(briefing), period);
            digest.missing().forEach(day -> spec.commandLine().getErr().println("no edition for " + day
                    + " (named on the cover)"));
            spec.commandLine().getErr().printf("digest %s: %d days, %d editions%n", period.label(), digest.days().size(),
                    digest.days().size() - digest.missing().size());
            spec.commandLine().getErr().flush();
            spec.commandLine().getOut().println(digest.pdf());
            spec.commandLine().getOut().flush();
            return 0;
        }
    }
}
