package io.daybrief.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.daybrief.Daybrief;
import io.daybrief.TestDaybrief;
import io.daybrief.briefing.Period;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiveTest {

    @TempDir
    Path folder;

    @Test
    void reRunningAnEditionReplacesThePdfAndKeepsOneIndexRow() throws Exception {
        try (Daybrief daybrief = TestDaybrief.open(folder)) {
            daybrief.ingester().ingest(List.of(TestDaybrief.fixture("articles/glass-works.txt")));
            LocalDate day = LocalDate.of(2026, 5, 11);
            Edition first = daybrief.editions().make(daybrief.briefing("daily"), day);

            daybrief.ingester().ingest(List.of(TestDaybrief.fixture("articles/tram-line.txt")));
            Edition second = daybrief.editions().make(daybrief.briefing("daily"), day);

            assertThat(first.replaced()).isFalse();
            assertThat(second.replaced()).isTrue();
            assertThat(second.makes()).isEqualTo(2);
            assertThat(second.pdf()).isEqualTo(first.pdf());
            assertThat(second.stories()).isEqualTo(2);
            assertThat(second.sha256()).isNotEqualTo(first.sha256());
            assertThat(Files.size(second.pdf())).isEqualTo(second.sizeBytes());
            assertThat(daybrief.archive().list("daily")).hasSize(1);
            assertThat(daybrief.archive().find("daily", day)).get().extracting(Edition::sha256).isEqualTo(second.sha256());
            try (Stream<Path> files = Files.list(second.pdf().getParent())) {
                assertThat(files.map(p -> p.getFileName().toString())).containsExactly("2026-05-11.pdf");
            }
        }
    }

    @Test
    void neverReplacesAnArchivedFileItsDatabaseHasNoRecordOf() throws Exception {
        LocalDate day = LocalDate.of(2026, 5, 11);
        Path pdf;
        try (Daybrief daybrief = TestDaybrief.open(folder)) {
            daybrief.ingester().ingest(List.of(TestDaybrief.fixture("articles")));
            pdf = daybrief.editions().make(daybrief.briefing("daily"), day).pdf();
        }
        byte[] archived = Files.readAllBytes(pdf);
        // The same archive, with a database that is not the one it was made with (a typo in the URL, a new file).
        io.daybrief.config.DaybriefConfig config = TestDaybrief.config(folder);
        io.daybrief.config.DaybriefConfig mistyped = new io.daybrief.config.DaybriefConfig(
                new io.daybrief.config.DaybriefConfig.DatabaseConfig(config.database().url() + "-typo", "", ""),
                config.output(), config.templates(), config.smtp(), config.briefings());

        try (Daybrief daybrief = Daybrief.open(mistyped, TestDaybrief.CLOCK)) {
            assertThatThrownBy(() -> daybrief.editions().make(daybrief.briefing("daily"), day))
                    .isInstanceOf(ArchiveException.class)
                    .hasMessageContaining(pdf.toString()).hasMessageContaining("has no record of it")
                    .hasMessageContaining("Nothing was replaced").hasMessageContaining("move that file out");
            assertThat(daybrief.archive().find("daily", day)).isEmpty();
        }
        assertThat(Files.readAllBytes(pdf)).isEqualTo(archived);
        try (Stream<Path> files = Files.list(pdf.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("2026-05-11.pdf");
        }
    }

    @Test
    void saysReplacedOnlyWhenAFileWasReplaced() throws Exception {
        try (Daybrief daybrief = TestDaybrief.open(folder)) {
            daybrief.ingester().ingest(List.of(TestDaybrief.fixture("articles")));
            LocalDate day = LocalDate.of(2026, 5, 11);
            Edition first = daybrief.editions().make(daybrief.briefing("daily"), day);
            Files.delete(first.pdf());

            Edition again = daybrief.editions().make(daybrief.briefing("daily"), day);

            assertThat(again.replaced()).isFalse();
            assertThat(again.makes()).isEqualTo(2);
            assertThat(daybrief.editions().make(daybrief.briefing("daily"), day).replaced()).isTrue();
        }
    }

    @Test
    void writesEditionsUnderBriefingYearAndDate() {
        try (Daybrief daybrief = TestDaybrief.open(folder)) {
            Path path = daybrief.archive().pdfPath("morning", LocalDate.of(2026, 2, 3));

            assertThat(path).isEqualTo(folder.resolve("output/morning/2026/2026-02-03.pdf").toAbsolutePath());
        }
    }

    @Test
    void refusesABriefingNameThatWouldLeaveTheArchiveFolder() {
        try (Daybrief daybrief = TestDaybrief.open(folder)) {
            Archive archive = daybrief.archive();
            Period period = Period.day(LocalDate.of(2026, 2, 3), ZoneId.of("UTC"));

            assertThatThrownBy(() -> archive.store("../escape", period, 0, new byte[] {1}))
                    .isInstanceOf(ArchiveException.class).hasMessageContaining("would leave the archive folder");
            assertThat(folder.resolve("escape")).doesNotExist();
        }
    }
}
