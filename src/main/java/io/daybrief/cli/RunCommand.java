package io.daybrief.cli;

import io.daybrief.Daybrief;
import io.daybrief.archive.Edition;
import io.daybrief.briefing.BriefingDefinition;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code daybrief run --briefing NAME --date YYYY-MM-DD}: makes or re-makes one edition and prints its PDF's path. */
@Command(name = "run", description = {"Makes or re-makes one edition and prints its PDF's path.",
        "The edition of date D covers the calendar day D in the briefing's zone."})
final class RunCommand implements Callable<Integer> {

    @Mixin
    private ConfigOption config;

    @Mixin
    private EditionOptions edition;

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        try (Daybrief daybrief = config.open()) {
            BriefingDefinition definition = edition.definition(daybrief);
            report(daybrief.editions().make(definition, edition.day(daybrief, definition)), spec);
            return 0;
        }
    }

    /** Prints the PDF's path on standard output and what was done on standard error. */
    static void report(Edition edition, picocli.CommandLine.Model.CommandSpec spec) {
        edition.warnings().forEach(w -> spec.commandLine().getErr().println("warning: " + w));
        spec.commandLine().getErr().printf("%s edition %s %s: %d stories, %,d bytes%n",
                edition.replaced() ? "re-made (replaced the earlier file)" : "made", edition.briefing(),
                edition.date(), edition.stories(), edition.sizeBytes());
        spec.commandLine().getErr().flush();
        spec.commandLine().getOut().println(edition.pdf());
        spec.commandLine().getOut().flush();
    }
}
