package io.daybrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.daybrief.Daybrief;
import io.daybrief.TestDaybrief;
import io.daybrief.event.Event;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngesterTest {

    @TempDir
    Path folder;

    @Test
    void storesTheGoodLinesOfAnNdjsonFileAndReportsTheBrokenLine() {
        try (Daybrief daybrief = TestDaybrief.open(folder)) {
            IngestReport report = daybrief.ingester().ingest(List.of(TestDaybrief.fixture("json/events.ndjson")));

            assertThat(report.added()).extracting(IngestReport.Item::title).containsExactly("Bridge reopens", "Market opens");
            assertThat(report.refused()).singleElement().satisfies(refusal -> {
                assertThat(refusal.file()).endsWith("events.ndjson");
                assertThat(refusal.line()).isEqualTo(2);
                assertThat(refusal.reason()).contains("not valid JSON");
            });
            assertThat(report.updated()).singleElement().satisfies(updated -> {
                assertThat(updated.line()).isEqualTo(4);
                assertThat(updated.note()).contains("a longer version of event 1");
            });
            assertThat(report.duplicates()).isEmpty();
            assertThat(daybrief.events().count()).isEqualTo(2);
        }
    }

    @Test
    void doesNotStoreTheSameArticleTwice() {
        try (Daybrief daybrief = TestDaybrief.open(folder)) {
            Ingester ingester = daybrief.ingester();
            IngestReport first = ingester.ingest(List.of(TestDaybrief.fixture("articles")));
            IngestReport second = ingester.ingest(List.of(TestDaybrief.fixture("articles")));

            assertThat(first.added()).hasSize(4);
            assertThat(second.added()).isEmpty();
            assertThat(second.duplicates()).hasSize(4).allSatisfy(d -> assertThat(d.note()).contains("same content"));
            assertThat(daybrief.events().count()).isEqualTo(4);
        }
    }

    @Test
    void treatsReformattedContentAsTheSameEvent() throws Exception {
        Path copy = folder.resolve("copy/glass.txt");
        Files.createDirectories(copy.getParent());
        String original = Files.readString(TestDaybrief.fixture("articles/glass-works.txt"));
        Files.writeString(copy, original.replace("\"", "\u201C").replace("\n\n", "\r\n\r\n"), StandardCharsets.UTF_8);
        try (Daybrief daybrief = TestDaybrief.open(folder)) {
            daybrief.ingester().ingest(List.of(TestDaybrief.fixture("articles/glass-works.txt")));
            IngestReport again = daybrief.ingester().ingest(List.of(copy));

            assertThat(again.added()).isEmpty();
            assertThat(again.duplicates()).hasSize(1);
        }
    }

    @Test
    void datesAnArticleWithoutADateByItsFileTimeOrTheDateGivenAndSaysSo() throws Exception {
        Path undated = Files.copy(TestDaybrief.fixture("no-date.txt"), folder.resolve("no-date.txt"));
        java.time.Instant noon = LocalDate.of(2026, 5, 9).atTime(12, 0).atZone(ZoneId.systemDefault()).toInstant();
        Files.setLastModifiedTime(undated, java.nio.file.attribute.FileTime.from(noon));
        try (Daybrief daybrief = TestDaybrief.open(folder)) {
            IngestReport report = daybrief.ingester().ingest(List.of(undated));

            assertThat(report.added()).singleElement().satisfies(item ->
                    assertThat(item.readAs()).containsExactly("dated by the file's time: 2026-05-09"));
            Event event = daybrief.events().find(report.added().get(0).eventId()).orElseThrow();
            assertThat(event.published().date()).isEqualTo(LocalDate.of(2026, 5, 9));
            assertThat(event.source()).isEqualTo("Lantern Wire");
        }
        Path other = folder.resolve("again/no-date.txt");
        Files.createDirectories(other.getParent());
        Files.writeString(other, Files.readString(undated).replace("This article", "This other article"));
        try (Daybrief daybrief = TestDaybrief.open(folder)) {
            IngestReport report = daybrief.ingester().ingest(List.of(other), LocalDate.of(2026, 5, 1), "Desk Notes");

            assertThat(report.added()).singleElement().satisfies(item ->
                    assertThat(item.readAs()).containsExactly("dated as given: 2026-05-01"));
            Event event = daybrief.events().find(report.added().get(0).eventId()).orElseThrow();
            assertThat(event.source()).isEqualTo("Desk Notes");
        }
    }

    @Test
    void refusesAJsonRecordWithAnUnknownFieldAndStoresTheOthers() {
        try (Daybrief daybrief = TestDaybrief.open(folder)) {
            IngestReport report = daybrief.ingester().ingest(List.of(TestDaybrief.fixture("json/events.json")));

            assertThat(report.added()).extracting(IngestReport.Item::title).containsExactly("Library hours extended");
            assertThat(report.refused()).singleElement().satisfies(r -> {
                assertThat(r.line()).isEqualTo(4);
                assertThat(r.reason()).contains("unknown field \"titel\"").contains("title");
            });
        }
    }

    @Test
    void keepsTheTimeZoneTagsAndUrlOfAJsonEvent() {
        try (Daybrief daybrief = TestDaybrief.open(folder)) {
            daybrief.ingester().ingest(List.of(TestDaybrief.fixture("json/events.ndjson")));
            List<Event> events = new ArrayList<>();
            daybrief.events().forEachPublished(LocalDate.of(2026, 5, 11).atStartOfDay(ZoneId.of("UTC")),
                    LocalDate.of(2026, 5, 12).atStartOfDay(ZoneId.of("UTC")), events::add);

            // The later, longer version at the same address replaced the text; the first publication time stays.
            Event bridge = events.stream().filter(e -> e.title().equals("Bridge reopens (updated)")).findFirst()
                    .orElseThrow();
            assertThat(bridge.url()).isEqualTo("https://lantern.example/a");
            assertThat(bridge.body()).endsWith("officials said.");
            assertThat(bridge.tags()).containsExactly("transport");
            assertThat(bridge.published().time()).hasToString("2026-05-11T08:00+01:00");
        }
    }

    @Test
    void placesAnEventWithOnlyADateInThatDayWhateverTheZone() {
        try (Daybrief daybrief = TestDaybrief.open(folder)) {
            daybrief.ingester().ingest(List.of(TestDaybrief.fixture("articles/harbour-fire.txt")));
            ZoneId tokyo = ZoneId.of("Asia/Tokyo");
            List<Event> onTheDay = new ArrayList<>();
            List<Event> dayBefore = new ArrayList<>();
            daybrief.events().forEachPublished(LocalDate.of(2026, 5, 12).atStartOfDay(tokyo),
                    LocalDate.of(2026, 5, 13).atStartOfDay(tokyo), onTheDay::add);
            daybrief.events().forEachPublished(LocalDate.of(2026, 5, 11).atStartOfDay(tokyo),
                    LocalDate.of(2026, 5, 12).atStartOfDay(tokyo), dayBefore::add);

            assertThat(onTheDay).hasSize(1);
            assertThat(dayBefore).isEmpty();
        }
    }

    @Test
    void readsAFileThatIsNotUtf8AsWindows1252AndSaysSo() throws Exception {
        Path legacy = folder.resolve("in/legacy.txt");
        Files.createDirectories(legacy.getParent());
        Files.write(legacy, ("Caf\u00e9 prices rise by \u20ac2\ndate 2026-05-11\n\n\u201CToo much,\u201D said a"
                + " regular at the caf\u00e9 on the quay.").getBytes("windows-1252"));
        try (Daybrief daybrief = TestDaybrief.open(folder)) {
            IngestReport report = daybrief.ingester().ingest(List.of(legacy));

            assertThat(report.added()).singleElement().satisfies(item -> {
                assertThat(item.title()).isEqualTo("Caf\u00e9 prices rise by \u20ac2");
                assertThat(item.readAs()).containsExactly("read as Windows-1252 (not UTF-8)");
            });
        }
    }
}
