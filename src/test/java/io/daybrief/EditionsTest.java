package io.daybrief;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.daybrief.archive.Archive;
import io.daybrief.archive.ArchiveException;
import io.daybrief.archive.Edition;
import io.daybrief.briefing.BriefingDefinition;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Making editions: provisional ones made again when news came after them, dates that make sense, one maker at once. */
class EditionsTest {

    private static final LocalDate DAY = LocalDate.of(2026, 5, 11);
    private static final ZonedDateTime SIX_NEXT_MORNING = ZonedDateTime.parse("2026-05-12T06:00:00Z");

    @TempDir
    Path folder;

    private final MovableClock clock = new MovableClock(Instant.parse("2026-05-11T12:00:00Z"));

    @Nested
    class AnEditionMadeBeforeItsDayWasOver {

        @Test
        void isProvisionalAndIsMadeAgainByTheScheduledRunWhenEventsArrivedSince() {
            try (Daybrief daybrief = Daybrief.open(TestDaybrief.config(folder), clock)) {
                BriefingDefinition daily = daybrief.briefing("daily");
                daybrief.ingester().ingest(List.of(TestDaybrief.fixture("articles/glass-works.txt")));
                Edition early = daybrief.editions().make(daily, DAY);
                assertThat(early.provisional()).isTrue();
                assertThat(early.stories()).isEqualTo(1);

                clock.set(Instant.parse("2026-05-11T15:00:00Z"));
                daybrief.ingester().ingest(List.of(TestDaybrief.fixture("articles/tram-line.txt")));
                clock.set(SIX_NEXT_MORNING.toInstant());
                Edition scheduled = daybrief.editions().makeScheduled(daily, SIX_NEXT_MORNING);

                assertThat(scheduled.stories()).isEqualTo(2);
                assertThat(scheduled.makes()).isEqualTo(2);
                assertThat(scheduled.provisional()).isFalse();
            }
        }

        @Test
        void isKeptByTheScheduledRunWhenNothingArrivedSince() {
            try (Daybrief daybrief = Daybrief.open(TestDaybrief.config(folder), clock)) {
                BriefingDefinition daily = daybrief.briefing("daily");
                daybrief.ingester().ingest(List.of(TestDaybrief.fixture("articles/glass-works.txt")));
                daybrief.editions().make(daily, DAY);

                clock.set(SIX_NEXT_MORNING.toInstant());
                Edition scheduled = daybrief.editions().makeScheduled(daily, SIX_NEXT_MORNING);

                assertThat(scheduled.makes()).isEqualTo(1);
            }
        }
    }

    @Test
    void anEditionWhoseFileWentMissingIsMadeAgainByTheScheduledRunWhenOnlyTheFolderKeptIt() throws Exception {
        clock.set(SIX_NEXT_MORNING.toInstant());
        io.daybrief.config.DaybriefConfig base = TestDaybrief.config(folder);
        io.daybrief.config.DaybriefConfig folderOnly = new io.daybrief.config.DaybriefConfig(base.database(),
                base.output(), base.templates(), base.smtp(), base.briefings(), base.ingest(), List.of(), base.web(),
                "folder");
        try (Daybrief daybrief = Daybrief.open(folderOnly, clock)) {
            BriefingDefinition daily = daybrief.briefing("daily");
            daybrief.ingester().ingest(List.of(TestDaybrief.fixture("articles/glass-works.txt")));
            Edition made = daybrief.editions().makeScheduled(daily, SIX_NEXT_MORNING);
            java.nio.file.Files.delete(made.pdf());

            Edition again = daybrief.editions().makeScheduled(daily, SIX_NEXT_MORNING);

            assertThat(again.makes()).isEqualTo(2);
            assertThat(again.pdf()).exists();
        }
    }

    @Test
    void anEditionWhoseFileWentMissingIsRestoredFromTheDatabaseNotMadeAgain() throws Exception {
        clock.set(SIX_NEXT_MORNING.toInstant());
        try (Daybrief daybrief = Daybrief.open(TestDaybrief.config(folder), clock)) {
            BriefingDefinition daily = daybrief.briefing("daily");
            daybrief.ingester().ingest(List.of(TestDaybrief.fixture("articles/glass-works.txt")));
            Edition made = daybrief.editions().makeScheduled(daily, SIX_NEXT_MORNING);
            byte[] bytes = java.nio.file.Files.readAllBytes(made.pdf());
            java.nio.file.Files.delete(made.pdf());

            Edition again = daybrief.editions().makeScheduled(daily, SIX_NEXT_MORNING);

            assertThat(again.makes()).isEqualTo(1);
            assertThat(java.nio.file.Files.readAllBytes(again.pdf())).isEqualTo(bytes);
        }
    }

    @Test
    void refusesADayThatHasNotBegunAndYearsNoEditionCanBeAbout() {
        try (Daybrief daybrief = Daybrief.open(TestDaybrief.config(folder), clock)) {
            BriefingDefinition daily = daybrief.briefing("daily");

            assertThatThrownBy(() -> daybrief.editions().make(daily, DAY.plusDays(1)))
                    .hasMessageContaining("the day 2026-05-12 has not begun");
            assertThatThrownBy(() -> daybrief.editions().make(daily, LocalDate.of(0, 1, 1)))
                    .hasMessageContaining("outside the years 1900 to 9999");
            assertThatThrownBy(() -> daybrief.editions().make(daily, LocalDate.of(100_000, 1, 1)))
                    .hasMessageContaining("outside the years 1900 to 9999");
        }
    }

    static Stream<String> databases() {
        return Stream.of("h2", "postgresql");
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aSecondMakerOfTheSameEditionWaitsUntilTheFirstHasFinished(String kind) throws Exception {
        String url = kind.equals("h2") ? TestDaybrief.config(folder).database().url()
                : TestDaybrief.postgresSchema("daybrief_editions_claim");
        try (Daybrief daybrief = Daybrief.open(TestDaybrief.withDatabase(TestDaybrief.config(folder), url), clock)) {
            Archive archive = daybrief.archive();
            CountDownLatch secondStarted = new CountDownLatch(1);
            long[] firstReleased = new long[1];
            long secondGot;
            try (Archive.Claim first = archive.claim("daily", DAY)) {
                CompletableFuture<Long> second = CompletableFuture.supplyAsync(() -> {
                    secondStarted.countDown();
                    try (Archive.Claim claim = archive.claim("daily", DAY)) {
                        return System.nanoTime();
                    }
                });
                assertThat(secondStarted.await(10, TimeUnit.SECONDS)).isTrue();
                Thread.sleep(700);
                assertThat(second).as("the second maker waits").isNotDone();
                try (Archive.Claim other = archive.claim("daily", DAY.minusDays(1))) {
                    assertThat(other).as("another edition is not held up").isNotNull();
                }
                firstReleased[0] = System.nanoTime();
                first.close();
                secondGot = second.get(20, TimeUnit.SECONDS);
            }
            assertThat(secondGot).isGreaterThanOrEqualTo(firstReleased[0]);
        }
    }

    @Test
    void aMakerThatWaitsLongerThanTheWaitTimeIsToldWhoHoldsTheEdition() throws Exception {
        io.daybrief.config.DaybriefConfig base = TestDaybrief.config(folder);
        io.daybrief.config.DaybriefConfig impatient = new io.daybrief.config.DaybriefConfig(
                new io.daybrief.config.DaybriefConfig.DatabaseConfig(base.database().url(), "", "", 1), base.output(),
                base.templates(), base.smtp(), base.briefings());
        try (Daybrief daybrief = Daybrief.open(impatient, clock);
             Archive.Claim first = daybrief.archive().claim("daily", DAY)) {
            CompletableFuture<Object> second = CompletableFuture.supplyAsync(() -> daybrief.archive().claim("daily", DAY));

            assertThat(second).failsWithin(java.time.Duration.ofSeconds(20))
                    .withThrowableOfType(java.util.concurrent.ExecutionException.class)
                    .havingCause().isInstanceOf(ArchiveException.class)
                    .withMessageContaining("is being made by another process");
        }
    }
}
