package io.daybrief.event;

import static org.assertj.core.api.Assertions.assertThat;

import io.daybrief.Daybrief;
import io.daybrief.TestDaybrief;
import io.daybrief.cli.Main;
import io.daybrief.ingest.IngestReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded file stays near the size of what it holds: bulk ingest commits in batches, a command that made
 * the file grow far compacts it on close, and {@code maintenance} gives back what many small commits left.
 */
class StorageSizeTest {

    private static final String[] WORDS = ("the council said on monday that harbour workers would strike over pay and"
            + " new rules for shipping while the minister told reporters a deal was close after talks ran late").split(" ");

    @TempDir
    Path folder;

    /** A fictional report of about 2,500 characters, different for each number. */
    private static String body(Random random, int number) {
        StringBuilder body = new StringBuilder("Report ").append(number).append('.');
        while (body.length() < 2_500) {
            body.append(' ').append(WORDS[random.nextInt(WORDS.length)]);
        }
        return body.append('.').toString();
    }

    private long fileSize() throws Exception {
        return Files.size(folder.resolve("data/daybrief.mv.db"));
    }

    @Test
    void aBulkIngestLeavesAFileNearTheSizeOfWhatItHolds() throws Exception {
        Random random = new Random(11);
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 3_000; i++) {
            lines.append("{\"source\": \"Gen Wire\", \"title\": \"Report ").append(i).append("\", \"published\": \"2026-05-")
                    .append(10 + i % 9).append("\", \"body\": \"").append(body(random, i)).append("\"}\n");
        }
        Path file = Files.writeString(folder.resolve("many.ndjson"), lines);

        try (Daybrief daybrief = TestDaybrief.open(folder)) {
            IngestReport report = daybrief.ingester().ingest(List.of(file));
            assertThat(report.added()).hasSize(3_000);
        }

        // Committing each event (as before) left about 16 times the text on disk at this size.
        assertThat(fileSize()).isLessThan(6 * Files.size(file));
    }

    @Test
    void aCommandThatMadeTheFileGrowFarCompactsItOnClose() throws Exception {
        Random random = new Random(12);
        long text = 0;
        long grown;
        try (Database database = Database.open(TestDaybrief.config(folder).database().url(), "", "")) {
            EventStore store = new EventStore(database, TestDaybrief.CLOCK);
            for (int i = 0; i < 4_000; i++) {
                String body = body(random, i);
                text += body.length();
                // One commit each, the way many small writes leave unused space behind.
                store.add(Event.draft("Gen Wire", null, "Report " + i, Published.on(LocalDate.of(2026, 5, 11)), null,
                        body, "en", List.of()));
            }
            grown = fileSize();
        }

        assertThat(grown).as("the file before it was closed").isGreaterThan(Database.COMPACT_AFTER_GROWTH);
        assertThat(fileSize()).isLessThan(3 * text).isLessThan(grown / 3);
    }

    @Test
    void maintenanceGivesBackWhatManySmallCommitsLeft() throws Exception {
        Random random = new Random(13);
        try (Database database = Database.open(TestDaybrief.config(folder).database().url(), "", "")) {
            EventStore store = new EventStore(database, TestDaybrief.CLOCK);
            for (int i = 0; i < 600; i++) {
                store.add(Event.draft("Gen Wire", null, "Report " + i, Published.on(LocalDate.of(2026, 5, 11)), null,
                        body(random, i), "en", List.of()));
            }
        }
        long before = fileSize();
        Path config = Files.writeString(folder.resolve("daybrief.yml"), "database: {url: \"jdbc:h2:file:"
                + folder.resolve("data/daybrief").toAbsolutePath() + "\"}\n");

        assertThat(Main.execute("maintenance", "--config", config.toString())).isZero();

        assertThat(fileSize()).isLessThan(before / 2);
        try (Daybrief daybrief = TestDaybrief.open(folder)) {
            assertThat(daybrief.events().count()).isEqualTo(600);
        }
    }
}
