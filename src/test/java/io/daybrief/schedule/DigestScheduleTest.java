package io.daybrief.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import io.daybrief.Daybrief;
import io.daybrief.TestDaybrief;
import io.daybrief.config.BriefingConfig;
import io.daybrief.briefing.DigestPeriod;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DigestScheduleTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @TempDir
    Path folder;

    @Test
    void schedulesWeeklyAndMonthlyDigestsAfterTheMorningEditionInTheBriefingsZone() {
        BriefingConfig morning = new BriefingConfig("morning", "Morning", LONDON, "0 0 6 * * ?", "previous-day",
                List.of(), 20, 3, 5, "Desk", List.of("weekly", "monthly"), "", "none");
        try (Daybrief daybrief = Daybrief.open(TestDaybrief.config(folder, morning), Clock.systemUTC());
             BriefingScheduler scheduler = daybrief.scheduler()) {
            scheduler.start();
            Map<String, Date> next = scheduler.nextDigestTimes();

            ZonedDateTime weekly = next.get("morning.weekly").toInstant().atZone(LONDON);
            ZonedDateTime monthly = next.get("morning.monthly").toInstant().atZone(LONDON);
            assertThat(weekly.getDayOfWeek()).isEqualTo(java.time.DayOfWeek.MONDAY);
            assertThat(weekly.getHour()).isEqualTo(7);
            assertThat(monthly.getDayOfMonth()).isEqualTo(1);
            assertThat(monthly.getHour()).isEqualTo(7);
        }
    }

    @Test
    void keepsTheScheduleInTheDatabaseAndFollowsTheConfigurationAfterARestart() {
        BriefingConfig morning = new BriefingConfig("morning", "Morning", LONDON, "0 0 6 * * ?", "previous-day",
                List.of(), 20, 3, 5, "Desk", List.of("weekly"), "", "none");
        try (Daybrief daybrief = Daybrief.open(TestDaybrief.config(folder, morning), Clock.systemUTC());
             BriefingScheduler scheduler = daybrief.scheduler()) {
            scheduler.start();
        }
        BriefingConfig changed = new BriefingConfig("morning", "Morning", LONDON, "0 30 7 * * ?", "previous-day",
                List.of(), 20, 3, 5, "Desk", List.of(), "", "none");
        try (Daybrief daybrief = Daybrief.open(TestDaybrief.config(folder, changed), Clock.systemUTC());
             BriefingScheduler scheduler = daybrief.scheduler()) {
            scheduler.start();

            ZonedDateTime next = scheduler.nextFireTimes().get("morning").toInstant().atZone(LONDON);
            assertThat(next.getHour()).isEqualTo(7);
            assertThat(next.getMinute()).isEqualTo(30);
            assertThat(scheduler.nextDigestTimes()).isEmpty();
        }
    }

    @Test
    void aMondayRunDigestsTheWeekBeforeAndAFirstOfMonthRunTheMonthBefore() {
        assertThat(DigestPeriod.weekBefore(LocalDate.of(2026, 2, 9))).satisfies(p -> {
            assertThat(p.label()).isEqualTo("2026-W06");
            assertThat(p.first()).isEqualTo(LocalDate.of(2026, 2, 2));
            assertThat(p.last()).isEqualTo(LocalDate.of(2026, 2, 8));
        });
        assertThat(DigestPeriod.monthBefore(LocalDate.of(2026, 3, 1))).satisfies(p -> {
            assertThat(p.label()).isEqualTo("2026-02");
            assertThat(p.days()).hasSize(28);
        });
        assertThat(DigestPeriod.week("2026-W01").first()).isEqualTo(LocalDate.of(2025, 12, 29));
    }
}
