package io.daybrief.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import io.daybrief.briefing.BriefingDefinition;
import io.daybrief.briefing.DigestPeriod;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DigestScheduleTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Test
    void schedulesWeeklyAndMonthlyDigestsAfterTheMorningEditionInTheBriefingsZone() {
        BriefingDefinition morning = new BriefingDefinition("morning", "Morning", LONDON, "0 0 6 * * ?", List.of(),
                BriefingDefinition.Limits.DEFAULT, "Desk", List.of("weekly", "monthly"), "latest");
        try (BriefingScheduler scheduler = new BriefingScheduler(List.of(morning), (b, t) -> null, (b, k, t) -> null, () -> { },
                name -> java.util.Optional.empty(), java.time.Clock.systemUTC())) {
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
