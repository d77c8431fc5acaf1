package io.daybrief.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import io.daybrief.briefing.BriefingDefinition;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Exactly one run per local day, at the configured local time, across the days the clocks change. */
class DaylightSavingTest {

    @ParameterizedTest
    @CsvSource({
        "America/New_York, 2026-03-08, 06:00", "America/New_York, 2026-11-01, 06:00",
        "Europe/London, 2026-03-29, 06:00", "Europe/London, 2026-10-25, 06:00",
        "Europe/London, 2026-10-25, 01:30", "America/New_York, 2026-11-01, 01:30"})
    void runsOncePerLocalDayAtTheLocalTimeAcrossAClockChange(ZoneId zone, LocalDate changeDay, LocalTime at) {
        BriefingDefinition briefing = new BriefingDefinition("morning", "Morning", zone,
                "0 " + at.getMinute() + " " + at.getHour() + " * * ?", List.of(), BriefingDefinition.Limits.DEFAULT,
                "Desk", List.of(), io.daybrief.briefing.CatchUpPolicy.ALL);
        ZonedDateTime lastPeriodEnd = changeDay.minusDays(2).atStartOfDay(zone);
        ZonedDateTime until = changeDay.plusDays(3).atStartOfDay(zone);

        List<ZonedDateTime> runs = CatchUp.runsToMake(briefing, lastPeriodEnd, until);

        List<LocalDate> days = new ArrayList<>();
        for (ZonedDateTime run : runs) {
            assertThat(run.toLocalTime()).isEqualTo(at);
            days.add(run.toLocalDate());
        }
        assertThat(days).containsExactly(changeDay.minusDays(1), changeDay, changeDay.plusDays(1), changeDay.plusDays(2));
        assertThat(runs).extracting(run -> briefing.periodForRunAt(run).date()).doesNotHaveDuplicates();
    }

    @org.junit.jupiter.api.Test
    void refusesADailyTimeThatTheClocksSkipWhenTheyGoForward() {
        assertThat(BriefingScheduler.daylightSavingProblem("0 30 1 * * ?", ZoneId.of("Europe/London")))
                .contains("01:30 does not exist").contains("choose a time outside 01:00-02:00");
        assertThat(BriefingScheduler.daylightSavingProblem("0 30 2 * * ?", ZoneId.of("America/New_York")))
                .contains("02:30 does not exist");
        assertThat(BriefingScheduler.daylightSavingProblem("0 0 6 * * ?", ZoneId.of("Europe/London"))).isNull();
        assertThat(BriefingScheduler.daylightSavingProblem("0 30 1 * * ?", ZoneId.of("UTC"))).isNull();
    }
}
