package io.daybrief.cli;

import io.daybrief.Daybrief;
import io.daybrief.briefing.BriefingDefinition;
import java.time.LocalDate;
import picocli.CommandLine.Option;

/** The {@code --briefing} and {@code --date} options of the commands that make or show one edition. */
final class EditionOptions {

    @Option(names = "--briefing", paramLabel = "NAME", description = "Briefing name. Default: the first configured.")
    String briefing;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The day covered. Default: yesterday in the"
            + " briefing's zone.")
    LocalDate date;

    BriefingDefinition definition(Daybrief daybrief) {
        return daybrief.briefingOrFirst(briefing);
    }

    /** The day asked for, or yesterday in the briefing's zone. */
    LocalDate day(Daybrief daybrief, BriefingDefinition definition) {
        return date != null ? date : daybrief.editions().defaultDay(definition);
    }
}
