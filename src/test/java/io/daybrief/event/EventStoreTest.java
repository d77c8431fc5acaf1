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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void readsEventsByIdInTheWindowsOrderWithTheirAnalyses(String kind) {
        String url = kind.equals("h2") ? "jdbc:h2:file:" + folder.resolve("db").toAbsolutePath()
                : io.daybrief.TestDaybrief.postgresSchema("daybrief_events_by_id");
        try (Database database = Database.open(url, kind.equals("h2") ? "" : "postgres", "")) {
            EventStore store = new EventStore(database, Clock.systemUTC());
            ZoneId utc = ZoneId.of("UTC");
            LocalDate day = LocalDate.of(2026, 5, 11);
            // More than one query's worth of ids; timed and date-only events mixed, added out of time order.
            try (EventStore.Batch batch = store.batch()) {
                for (int i = 0; i < 520; i++) {
                    Published published = i % 4 == 0 ? Published.on(day)
                            : Published.at(day.atTime(23 - i % 23, i % 60).atZone(utc));
                    batch.add(Event.draft("Lantern Wire", null, "Report " + i, published, null,
                            "Body of report " + i + ".", "en", List.of()));
                }
            }
            List<Long> window = new ArrayList<>();
            store.forEachPublished(day.atStartOfDay(utc), day.plusDays(1).atStartOfDay(utc), e -> window.add(e.id()));
            store.storeAnalyses(java.util.Map.of(window.get(7), new EventStore.StoredAnalysis("{\"stored\": 7}", "v")), 3);

            List<Long> wanted = new ArrayList<>(window.subList(0, 510));
            java.util.Collections.shuffle(wanted, new java.util.Random(5));
            wanted.add(wanted.get(0));
            wanted.add(999_999L);
            List<Long> read = new ArrayList<>();
            java.util.Map<Long, String> analyses = new java.util.HashMap<>();
            store.forEachOf(wanted, 3, (event, analysis) -> {
                read.add(event.id());
                if (analysis != null) {
                    analyses.put(event.id(), analysis);
                }
            });

            assertThat(read).containsExactlyElementsOf(window.subList(0, 510));
            assertThat(analyses).containsExactly(java.util.Map.entry(window.get(7), "{\"stored\": 7}"));
        }
    }
}
