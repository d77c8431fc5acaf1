package io.daybrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.daybrief.Daybrief;
import io.daybrief.TestDaybrief;
import io.daybrief.event.Event;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One bad record stops nothing: each kind is refused with its file, line and reason, the good records around it
 * go in and are reported, and text is cleaned of characters an edition cannot carry. On H2 and PostgreSQL.
 */
class BadRecordsTest {

    @TempDir
    Path folder;

    static Stream<String> databases() {
        return Stream.of("h2", "postgresql");
    }

    private Daybrief open(String kind) {
        String url = kind.equals("h2") ? TestDaybrief.config(folder).database().url()
                : TestDaybrief.postgresSchema("daybrief_bad_records");
        return Daybrief.open(TestDaybrief.withDatabase(TestDaybrief.config(folder), url), TestDaybrief.CLOCK);
    }

    private static String event(String title, String extra) {
        return "{\"source\": \"Harbour Wire\", \"title\": \"" + title + "\", \"body\": \"The body of " + title
                + ", which is long enough.\", \"published\": \"2026-05-11\"" + extra + "}";
    }

    @ParameterizedTest
    @MethodSource("databases")
    void refusesEachBadRecordWithItsLineAndStoresEveryGoodOne(String kind) throws Exception {
        Path lines = Files.writeString(folder.resolve("mixed.ndjson"), String.join("\n",
                event("Good one", ""),
                event("Long source", "").replace("Harbour Wire", "w".repeat(250)),
                event("Empty language", ", \"language\": \"\""),
                event("Bad language", ", \"language\": \"not a language\""),
                event("Huge title " + "t".repeat(1200), ""),
                event("Twice", ", \"title\": \"again\""),
                event("Trailing", "") + " {\"more\": 1}",
                "[".repeat(50_000) + "]".repeat(50_000),
                event("Control \\u0000 characters \\u001b[31m in \\u0007 text", ", \"tags\": [\"a\\u0000b\"]"),
                event("Good two", "")));
        Path folderNamedAtLength = Files.createDirectories(folder.resolve("f".repeat(210)));
        Files.writeString(folderNamedAtLength.resolve("story.txt"), "A headline\ndate 2026-05-11\n\nA body.\n");

        try (Daybrief daybrief = open(kind)) {
            IngestReport report = daybrief.ingester().ingest(List.of(lines, folderNamedAtLength, Path.of("/dev/zero")));

            assertThat(report.added()).extracting(IngestReport.Item::line).containsExactly(1, 9, 10);
            assertThat(report.refused()).extracting(IngestReport.Refusal::line).containsExactly(2, 3, 4, 5, 6, 7, 8, 1, 0);
            assertThat(report.refused()).extracting(IngestReport.Refusal::reason).satisfiesExactly(
                    r -> assertThat(r).contains("source is 250 characters long, over the 200"),
                    r -> assertThat(r).contains("\"language\" is empty"),
                    r -> assertThat(r).contains("'not a language' is not a language tag"),
                    r -> assertThat(r).contains("title is").contains("over the 1000"),
                    r -> assertThat(r).contains("the field 'title' is given twice"),
                    r -> assertThat(r).contains("more follows the JSON object"),
                    r -> assertThat(r).contains("nesting depth"),
                    r -> assertThat(r).contains("source is").contains("over the 200"),
                    r -> assertThat(r).contains("not a regular file"));
            assertThat(report.refused().get(7).file()).endsWith("story.txt");
            Event cleaned = daybrief.events().find(report.added().get(1).eventId()).orElseThrow();
            assertThat(cleaned.title()).isEqualTo("Control characters [31m in text");
            assertThat(cleaned.body()).doesNotContain("\u0000", "\u001b", "\u0007");
            assertThat(cleaned.tags()).containsExactly("ab");
            assertThat(daybrief.events().count()).isEqualTo(3);
        }
    }

    @Test
    void refusesAJsonDocumentWithTrailingContentAfterReadingItsEvents() throws Exception {
        Path file = Files.writeString(folder.resolve("events.json"), "[" + event("First", "") + ",\n"
                + event("Twice", ", \"title\": \"again\"") + ",\n" + event("Third", "") + "\n] {\"stray\": true}\n");

        try (Daybrief daybrief = TestDaybrief.open(folder)) {
            IngestReport report = daybrief.ingester().ingest(List.of(file));

            assertThat(report.added()).extracting(IngestReport.Item::title).containsExactly("First", "Third");
            assertThat(report.refused()).extracting(IngestReport.Refusal::line, IngestReport.Refusal::reason)
                    .satisfiesExactly(
                            r -> assertThat(r.toList()).first().isEqualTo(2),
                            r -> assertThat((String) r.toList().get(1)).contains("more follows the events array"));
        }
    }

    @Test
    void refusesABodyOverTheConfiguredSize() throws Exception {
        Path big = folder.resolve("big.txt");
        Files.writeString(big, "A long one\ndate 2026-05-11\n\n" + "word ".repeat(120_000) + "\n");
        io.daybrief.config.DaybriefConfig base = TestDaybrief.config(folder);
        io.daybrief.config.DaybriefConfig limited = new io.daybrief.config.DaybriefConfig(base.database(), base.output(),
                base.templates(), base.smtp(), base.briefings(), new io.daybrief.config.DaybriefConfig.IngestConfig(512));

        try (Daybrief daybrief = Daybrief.open(limited, TestDaybrief.CLOCK)) {
            IngestReport report = daybrief.ingester().ingest(List.of(big));

            assertThat(report.refused()).singleElement().satisfies(r ->
                    assertThat(r.reason()).contains("the body is 586 KB, over the limit of 512 KB (ingest.max_event_kb)"));
        }
    }

    @Test
    void anEventStoredWithControlCharactersBeforeTheyWereCleanedStillRenders() throws Exception {
        try (Daybrief daybrief = TestDaybrief.open(folder)) {
            daybrief.ingester().ingest(List.of(TestDaybrief.fixture("articles/glass-works.txt")));
        }
        String password = Files.readString(folder.resolve("data/daybrief.password")).strip();
        try (var connection = java.sql.DriverManager.getConnection(TestDaybrief.config(folder).database().url()
                + ";AUTO_SERVER=TRUE", "", password);
             var statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE event SET body = REPLACE(body, 'Amberley', 'Amber' || CHAR(0) || CHAR(27)"
                    + " || 'ley'), title = title || CHAR(1)");
        }
        try (Daybrief daybrief = TestDaybrief.open(folder)) {
            var edition = daybrief.editions().make(daybrief.briefing("daily"), LocalDate.of(2026, 5, 11));

            assertThat(edition.stories()).isEqualTo(1);
            try (var pdf = org.apache.pdfbox.Loader.loadPDF(edition.pdf().toFile())) {
                assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(pdf)).contains("Kestrel Glass");
            }
        }
    }

    @Test
    void aLongReportWithoutFullStopsIsShownAsItsFirstWordsNotWhole() throws Exception {
        Path long_ = folder.resolve("long.txt");
        Files.writeString(long_, "One sentence that never ends\ndate 2026-05-11\n\nThe council said "
                + "the harbour works would go on and ".repeat(10_000) + "\n");

        try (Daybrief daybrief = TestDaybrief.open(folder)) {
            assertThat(daybrief.ingester().ingest(List.of(long_)).added()).hasSize(1);
            var preview = daybrief.editions().preview(daybrief.briefing("daily"), LocalDate.of(2026, 5, 11),
                    folder.resolve("preview"));

            assertThat(Files.size(preview.html())).isLessThan(40_000);
            assertThat(Files.readString(preview.html())).contains("The council said the harbour works").contains("\u2026");
            try (var pdf = org.apache.pdfbox.Loader.loadPDF(preview.pdf().toFile())) {
                assertThat(pdf.getNumberOfPages()).isLessThanOrEqualTo(3);
            }
        }
    }
}
