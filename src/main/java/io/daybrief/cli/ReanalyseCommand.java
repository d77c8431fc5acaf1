package io.daybrief.cli;

import io.daybrief.Daybrief;
import io.daybrief.briefing.StoredAnalyses;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code daybrief reanalyse}: analyses the stored events whose stored analysis is not this version's. */
@Command(name = "reanalyse", description = "Analyses every stored event that has no analysis of this version of"
        + " Daybrief's analyser (after an upgrade, say) and stores it, so that editions only read. Editions analyse"
        + " what is missing themselves; this does it ahead of time.")
final class ReanalyseCommand implements Callable<Integer> {

    @Mixin
    private ConfigOption config;

    @Option(names = "--all", description = "Analyse every event again, also those whose analysis is current.")
    private boolean all;

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        try (Daybrief daybrief = config.open()) {
            StoredAnalyses.Reanalysed done = daybrief.analyses().reanalyse(all);
            spec.commandLine().getOut().printf("analysed %,d events with analyser version %d; %,d were current%n",
                    done.analysed(), daybrief.analyses().version(), done.current());
            spec.commandLine().getOut().flush();
            return 0;
        }
    }
}
