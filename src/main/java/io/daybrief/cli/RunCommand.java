package io.daybrief.cli;

import io.daybrief.Daybrief;
import io.daybrief.archive.Edition;
import io.daybrief.briefing.BriefingDefinition;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code daybrief run --briefing NAME --date YYYY-MM-DD}: makes or re-makes one edition and prints its PDF's path. */
@Command(name = "run", description = {"Makes or re-makes one edition and prints its PDF's path.",
        "The edition of date D covers the calendar day D in the briefing's zone."})
final class RunCommand implements Callable<Integer> {

    @Mixin
    private ConfigOption config;

    @Mixin
    private EditionOptions edition;

    @Option(names = "--email", paramLabel = "ADDRESS", description = "Also send the edition to this address (once"
            + " ever, through the outbox). Repeatable. Without it, a run sends no email.")
    private java.util.List<String> emails = new java.util.ArrayList<>();

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        emails.forEach(address -> io.daybrief.config.ConfigLoader.checkAddress(address, "--email"));
        try (Daybrief daybrief = config.open()) {
            BriefingDefinition definition = edition.definition(daybrief);
            Edition made = daybrief.editions().make(definition, edition.day(daybrief, definition));
            report(made, spec);
            if (emails.isEmpty()) {
                return 0;
            }
            if (!io.daybrief.Editions.isSent(definition, made)) {
                spec.commandLine().getErr().println("not emailed: the edition has no stories (the briefing's send_empty"
                        + " is false; set it to true to email empty editions)");
                spec.commandLine().getErr().flush();
                return 0;
            }
            boolean allSent = true;
            for (var delivery : daybrief.editions().deliver(definition, made.date(), emails)) {
                if (emails.contains(delivery.recipient())) {
                    spec.commandLine().getErr().printf("email to %s: %s%s%n", delivery.recipient(), delivery.status().word(),
                            delivery.lastError() == null ? "" : " (" + delivery.lastError() + ")");
                    allSent &= delivery.status() == io.daybrief.delivery.DeliveryStatus.SENT;
                }
            }
            spec.commandLine().getErr().flush();
            return allSent ? 0 : Failures.FAILED;
        }
    }

    /** Prints the PDF's path on standard output and what was done on standard error. */
    static void report(Edition edition, picocli.CommandLine.Model.CommandSpec spec) {
        edition.warnings().forEach(w -> spec.commandLine().getErr().println("warning: " + w));
        spec.commandLine().getErr().printf("%s edition %s %s: %d stories, %,d bytes%n",
                edition.replaced() ? "re-made (replaced the earlier file)" : "made", edition.briefing(),
                edition.date(), edition.stories(), edition.sizeBytes());
        if (edition.provisional()) {
            spec.commandLine().getErr().printf("note: the day %s is not over yet (it ends at %s): this edition is"
                    + " provisional, and the scheduled run makes it again if events arrive meanwhile%n", edition.date(),
                    edition.periodEnd());
        }
        spec.commandLine().getErr().flush();
        spec.commandLine().getOut().println(edition.pdf());
        spec.commandLine().getOut().flush();
    }
}
