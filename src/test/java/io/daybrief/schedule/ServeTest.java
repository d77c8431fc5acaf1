package io.daybrief.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import io.daybrief.Daybrief;
import io.daybrief.TestDaybrief;
import io.daybrief.archive.Edition;
import io.daybrief.config.BriefingConfig;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServeTest {

    @TempDir
    Path folder;

    @Test
    void makesYesterdaysEditionWhenTheCronTriggerFires() throws Exception {
        // A zone with no daylight saving, so the time a few seconds from now is always a valid daily time there.
        ZoneId zone = ZoneId.of("Asia/Kolkata");
        // Far enough ahead that opening the database and starting the scheduler on a loaded machine come first: a
        // trigger whose time has passed at start is a misfire, not a run.
        ZonedDateTime fireAt = ZonedDateTime.now(zone).plusSeconds(6).withNano(0);
        String cron = fireAt.getSecond() + " " + fireAt.getMinute() + " " + fireAt.getHour() + " * * ?";
        BriefingConfig briefing = BriefingConfig.of("soon", "Soon", zone, cron);
        LocalDate yesterday = fireAt.toLocalDate().minusDays(1);

        try (Daybrief daybrief = Daybrief.open(TestDaybrief.config(folder, briefing), Clock.systemUTC());
             BriefingScheduler scheduler = daybrief.scheduler()) {
            scheduler.start();

            Optional<Edition> made = awaitEdition(daybrief, "soon", yesterday, Duration.ofSeconds(30));
            assertThat(made).isPresent();
            assertThat(made.get().pdf()).exists();
            assertThat(made.get().periodStart().toInstant()).isEqualTo(yesterday.atStartOfDay(zone).toInstant());
        }
    }

    @Test
    void collectsFromAnInboxOnItsScheduleWhileServing() throws Exception {
        Path inbox = java.nio.file.Files.createDirectories(folder.resolve("inbox"));
        io.daybrief.config.DaybriefConfig base = TestDaybrief.config(folder);
        io.daybrief.config.DaybriefConfig config = new io.daybrief.config.DaybriefConfig(base.database(), base.output(),
                base.templates(), base.smtp(), base.briefings(), base.ingest(), java.util.List.of(
                new io.daybrief.config.SourceConfig("drop", io.daybrief.config.SourceConfig.Kind.INBOX,
                        inbox.toString(), "0/1 * * * * ?", false, false, 64, 5)));
        java.nio.file.Files.writeString(inbox.resolve("storm.ndjson"), "{\"source\": \"Harbour Wire\", \"title\":"
                + " \"Storm closes the harbour\", \"published\": \"2026-05-12\", \"body\": \"A storm closed the"
                + " harbour at Veyra on Tuesday.\"}\n");

        try (Daybrief daybrief = Daybrief.open(config, Clock.systemUTC());
             BriefingScheduler scheduler = daybrief.scheduler()) {
            scheduler.start();

            assertThat(scheduler.nextSourceTimes()).containsKey("drop");
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (daybrief.events().count() == 0 && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertThat(daybrief.events().count()).isEqualTo(1);
            assertThat(inbox.resolve("done/storm.ndjson")).exists();
            assertThat(daybrief.sources().statuses().get("drop").eventsCollected()).isEqualTo(1);
        }
    }

    private static Optional<Edition> awaitEdition(Daybrief daybrief, String name, LocalDate date, Duration limit)
            throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            Optional<Edition> edition = daybrief.archive().find(name, date);
            if (edition.isPresent()) {
                return edition;
            }
            Thread.sleep(100);
        }
        return Optional.empty();
    }
}
