package io.daybrief.schedule;

import io.daybrief.config.BriefingConfig;
import io.daybrief.config.ConfigException;
import io.daybrief.config.DaybriefConfig;
import io.daybrief.config.SourceConfig;
import java.util.List;

/**
 * The checks of a configuration's cron expressions that need Quartz's own reading of them (the configuration
 * reader checks their shape): every briefing's and source's cron is valid, and a daily time exists in the
 * briefing's zone on the day the clocks go forward.
 */
public final class CronChecks {

    private CronChecks() {
    }

    /** Fails with the first cron the scheduler could not keep, naming its key, the problem and the fix. */
    public static void check(DaybriefConfig config) {
        List<BriefingConfig> briefings = config.briefings();
        for (int i = 0; i < briefings.size(); i++) {
            BriefingConfig b = briefings.get(i);
            String problem = BriefingScheduler.cronProblem(b.cron());
            if (problem != null) {
                throw new ConfigException("briefings[" + i + "].cron: '" + b.cron() + "' is not a Quartz cron"
                        + " expression (" + problem + "); e.g. \"0 0 6 * * ?\" is 06:00 every day");
            }
            String gap = BriefingScheduler.daylightSavingProblem(b.cron(), b.zone());
            if (gap != null) {
                throw new ConfigException("briefings[" + i + "].cron: '" + b.cron() + "': " + gap);
            }
        }
        List<SourceConfig> sources = config.sources();
        for (int i = 0; i < sources.size(); i++) {
            String problem = BriefingScheduler.cronProblem(sources.get(i).cron());
            if (problem != null) {
                throw new ConfigException("sources[" + i + "].cron: '" + sources.get(i).cron() + "' is not a Quartz"
                        + " cron expression (" + problem + "); e.g. \"0 */15 * * * ?\" is every 15 minutes");
            }
        }
    }
}
