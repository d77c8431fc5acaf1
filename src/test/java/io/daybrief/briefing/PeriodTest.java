package io.daybrief.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class PeriodTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Test
    void coversTheCalendarDayFromLocalMidnightToLocalMidnight() {
        Period period = Period.day(LocalDate.of(2026, 3, 4), LONDON);

        assertThat(period.start()).isEqualTo(ZonedDateTime.of(2026, 3, 4, 0, 0, 0, 0, LONDON));
        assertThat(period.end()).isEqualTo(ZonedDateTime.of(2026, 3, 5, 0, 0, 0, 0, LONDON));
    }

    @Test
    void isTwentyThreeHoursOnTheSpringForwardDayAndTwentyFiveOnTheFallBackDay() {
        assertThat(Duration.between(Period.day(LocalDate.of(2026, 3, 29), LONDON).start(),
                Period.day(LocalDate.of(2026, 3, 29), LONDON).end())).hasHours(23);
        assertThat(Duration.between(Period.day(LocalDate.of(2026, 10, 25), LONDON).start(),
                Period.day(LocalDate.of(2026, 10, 25), LONDON).end())).hasHours(25);
    }

    @Test
    void aRunAtSixOnTheNextMorningMakesTheSameEditionAsRunForTheDate() {
        BriefingDefinition morning = new BriefingDefinition("morning", "Morning", ZoneId.of("America/New_York"),
                "0 0 6 * * ?", List.of(), BriefingDefinition.Limits.DEFAULT,
                "Daybrief", List.of(), io.daybrief.briefing.CatchUpPolicy.LATEST);
        ZonedDateTime sixAm = ZonedDateTime.of(2026, 3, 5, 6, 0, 0, 0, ZoneId.of("America/New_York"));

        assertThat(morning.periodForRunAt(sixAm)).isEqualTo(morning.periodOf(LocalDate.of(2026, 3, 4)));
        assertThat(morning.periodForRunAt(sixAm.withZoneSameInstant(ZoneId.of("UTC"))))
                .isEqualTo(morning.periodOf(LocalDate.of(2026, 3, 4)));
    }
}
