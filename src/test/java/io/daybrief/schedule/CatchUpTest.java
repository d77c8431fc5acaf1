package io.daybrief.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import io.daybrief.Daybrief;
import io.daybrief.TestDaybrief;
import io.daybrief.archive.Edition;
import io.daybrief.config.BriefingConfig;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CatchUpTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @TempDir
    Path folder;

    /**
     * The edition of 4 May was made on the morning of 5 May; Daybrief was then down until 07:00 on 12 May, a
     * week in which seven 06:00 runs were missed (the editions of 5 to 11 May).
     */
    @ParameterizedTest
    @CsvSource({"all, 2026-05-05, 7", "latest, 2026-05-11, 1", "none, , 0"})
    void makesUpForAWeekOfDowntimeAsThePolicySaysEachEditionOnce(String policy, LocalDate first, int made) {
        BriefingConfig briefing = new BriefingConfig("morning", "Morning", LONDON, "0 0 6 * * ?", "previous-day",
                List.of(), 20, 3, 5, "Desk", List.of(), "", policy);
        ZonedDateTime fifthOfMay = ZonedDateTime.of(2026, 5, 5, 6, 0, 0, 0, LONDON);
        try (Daybrief before = Daybrief.open(TestDaybrief.config(folder, briefing), Clock.fixed(fifthOfMay.toInstant(), ZoneOffset.UTC))) {
            before.editions().makeScheduled(before.briefing("morning"), fifthOfMay);
        }
        Instant back = ZonedDateTime.of(2026, 5, 12, 7, 0, 0, 0, LONDON).toInstant();
        try (Daybrief after = Daybrief.open(TestDaybrief.config(folder, briefing), Clock.fixed(back, ZoneOffset.UTC))) {
            after.scheduler().catchUp();
            after.scheduler().catchUp(); // a second start after the same downtime makes nothing more

            List<Edition> editions = after.archive().list("morning");
            assertThat(editions).hasSize(1 + made).allSatisfy(e -> assertThat(e.makes()).isEqualTo(1));
            if (made > 0) {
                assertThat(editions.get(1).date()).isEqualTo(first);
                assertThat(editions.get(editions.size() - 1).date()).isEqualTo(LocalDate.of(2026, 5, 11));
            }
        }
    }
}
