package io.daybrief.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventStoreTest {

    @TempDir
    Path folder;

    @Test
    void readsADayWithMoreEventsThanTheDatabaseKeepsInMemoryTagsIncluded() {
        // MAX_MEMORY_ROWS=10 makes H2 spill to disk as it does on a real day of many thousands of events.
        try (Database database = Database.open("jdbc:h2:file:" + folder.resolve("db").toAbsolutePath()
                + ";MAX_MEMORY_ROWS=10", "", "")) {
            EventStore store = new EventStore(database, Clock.systemUTC());
            for (int i = 0; i < 60; i++) {
                store.add(Event.draft("Lantern Wire", null, "Report " + i, Published.on(LocalDate.of(2026, 5, 11)),
                        null, "Body of report " + i + ".", "en", List.of("tag-" + (i % 3))));
            }
            List<Event> read = new ArrayList<>();
            ZoneId utc = ZoneId.of("UTC");
            store.forEachPublished(LocalDate.of(2026, 5, 11).atStartOfDay(utc), LocalDate.of(2026, 5, 12).atStartOfDay(utc),
                    read::add);

            assertThat(read).hasSize(60).allSatisfy(e -> assertThat(e.tags()).hasSize(1));
        }
    }
}
