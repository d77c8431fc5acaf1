package io.daybrief.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.daybrief.Daybrief;
import io.daybrief.TestDaybrief;
import io.daybrief.briefing.Period;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
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
            assertThat(editionRows(daybrief)).isEqualTo(1);
            assertThat(daybrief.archive().find("daily", day)).get().extracting(Edition::sha256).isEqualTo(second.sha256());
            try (Stream<Path> files = Files.list(second.pdf().getParent())) {
                assertThat(files.map(p -> p.getFileName().toString())).containsExactly("2026-05-11.pdf");
            }
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

    private static int editionRows(Daybrief daybrief) throws Exception {
        try (Connection connection = java.sql.DriverManager.getConnection(daybrief.config().database().url()
                + ";AUTO_SERVER=TRUE");
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM edition")) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
