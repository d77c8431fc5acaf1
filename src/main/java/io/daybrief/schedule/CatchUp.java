package io.daybrief.schedule;

import io.daybrief.briefing.BriefingDefinition;
import java.text.ParseException;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;
import org.quartz.CronExpression;

/**
 * Which scheduled runs of a briefing were missed while Daybrief was down, and which of them to make up for
 * under the briefing's policy: {@code all}, {@code latest} or {@code none}.
 */
final class CatchUp {

    /** Never look back further than this many runs, whatever the downtime. */
    private static final int MOST_RUNS = 366;

    private CatchUp() {
    }

    /**
     * The fire times after the run that made the last edition (whose period ended at {@code lastPeriodEnd}) up to
     * {@code now}, filtered by the policy; oldest first.
     */
    static List<ZonedDateTime> runsToMake(BriefingDefinition briefing, ZonedDateTime lastPeriodEnd, ZonedDateTime now) {
        if (briefing.catchUp() == io.daybrief.briefing.CatchUpPolicy.NONE) {
            return List.of();
        }
        CronExpression cron;
        try {
            cron = new CronExpression(briefing.cron());
        } catch (ParseException e) {
            throw new IllegalStateException("briefing " + briefing.name() + " has a cron that was checked at start", e);
        }
        cron.setTimeZone(TimeZone.getTimeZone(briefing.zone()));
        Date madeLast = cron.getNextValidTimeAfter(Date.from(lastPeriodEnd.toInstant().minusMillis(1)));
        List<ZonedDateTime> missed = new ArrayList<>();
        for (Date next = madeLast == null ? null : cron.getNextValidTimeAfter(madeLast);
             next != null && !next.toInstant().isAfter(now.toInstant()) && missed.size() < MOST_RUNS;
             next = cron.getNextValidTimeAfter(next)) {
            missed.add(next.toInstant().atZone(briefing.zone()));
        }
        if (briefing.catchUp() == io.daybrief.briefing.CatchUpPolicy.LATEST && missed.size() > 1) {
            return List.of(missed.get(missed.size() - 1));
        }
        return missed;
    }
}
