package io.daybrief.cli;

import io.daybrief.Daybrief;
import io.daybrief.event.Database;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code daybrief maintenance}: compacts the embedded database file. */
@Command(name = "maintenance", description = {"Compacts the embedded database file, giving back the space that",
        "earlier writes left unused. Stop serve first; other commands wait while it runs."})
final class MaintenanceCommand implements Callable<Integer> {

    @Mixin
    private ConfigOption config;

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        try (Daybrief daybrief = config.open()) {
            Database.Compacted compacted = daybrief.compactDatabase();
            spec.commandLine().getOut().printf("compacted %s: %,d bytes before, %,d after%n", compacted.database(),
                    compacted.before(), compacted.after());
            spec.commandLine().getOut().flush();
            return 0;
        }
    }
}
