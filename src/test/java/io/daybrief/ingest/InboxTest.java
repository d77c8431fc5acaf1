package io.daybrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.daybrief.Daybrief;
import io.daybrief.TestDaybrief;
import io.daybrief.config.DaybriefConfig;
import io.daybrief.config.SourceConfig;
import io.daybrief.event.Event;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An inbox folder as other systems fill it: files that have stopped changing are read and filed under done/ or
 * refused/ (with the reasons beside them); a file still being written waits for a later round.
 */
class InboxTest {

    @TempDir
    Path folder;

    private Daybrief open(Path inbox) {
        DaybriefConfig base = TestDaybrief.config(folder);
        return Daybrief.open(new DaybriefConfig(base.database(), base.output(), base.templates(), base.smtp(),
                base.briefings(), base.ingest(), List.of(new SourceConfig("drop", SourceConfig.Kind.INBOX,
                inbox.toString(), SourceConfig.INBOX_CRON, false, false, 64, 5))), TestDaybrief.CLOCK);
    }

    private static List<String> titles(Daybrief daybrief) {
        List<String> titles = new ArrayList<>();
        daybrief.events().forEachPublished(java.time.ZonedDateTime.parse("2000-01-01T00:00Z"),
                java.time.ZonedDateTime.parse("2100-01-01T00:00Z"), (Event e) -> titles.add(e.title()));
        return titles;
    }

    private static final String PAGE = "<html><head><meta property=\"og:title\" content=\"Lusk opens its new library\">"
            + "<meta property=\"article:published_time\" content=\"2026-05-12T07:30:00Z\"></head><body>"
            + "<nav><a href=\"/\">Home</a></nav><article><p>Lusk opened its new library on Tuesday, with two reading"
            + " rooms, a children's floor and longer opening hours in the winter months.</p><p>Ana Ruiz, the"
            + " librarian, said the building had been ten years in the planning.</p></article></body></html>";

    private static final String CSV = """
            source,title,body,published,tags
            Harbour Wire,Ferry fares rise,"Ferry fares to Veyra rise by 4% from June, the operator said.",2026-05-11,transport;fares
            Harbour Wire,Broken row,"This row has no date",not-a-date,
            Harbour Wire,Quay plans filed,"Plans for a new quay, with room for two ferries, went to the council.",2026-05-12,
            """;

    @Test
    void readsSettledFilesFilesThemAndLeavesOneStillBeingWritten() throws IOException {
        Path inbox = Files.createDirectories(folder.resolve("inbox"));
        Files.writeString(inbox.resolve("library.html"), PAGE);
        Files.writeString(inbox.resolve("wire.csv"), CSV);
        Files.writeString(inbox.resolve("note.md"), "---\ntitle: \"Veyra's pier to close\"\ndate: 2026-05-12\n---\n"
                + "The harbour board of **Veyra** voted to close the old [ferry pier](https://example.org/pier) after"
                + " engineers found cracks in its piles.\n");
        Files.writeString(inbox.resolve("broken.json"), "{\"source\": \"Harbour Wire\", \"title\": ");
        Files.write(inbox.resolve("photo.jpg"), new byte[] {(byte) 0xff, (byte) 0xd8, 1, 2});
        Path partial = Files.writeString(inbox.resolve("late.ndjson"), "{\"source\": \"Harbour Wire\", \"title\":"
                + " \"Storm closes the harbour\", \"published\": \"2026-05-12\", \"body\": \"A storm closed");

        try (Daybrief daybrief = open(inbox)) {
            Sources.Round first = daybrief.sources().collect("drop");
            assertThat(first.added()).isZero(); // every file is new: each may still be being written
            Files.writeString(partial, " the harbour at Veyra on Tuesday.\"}\n", StandardOpenOption.APPEND);

            Sources.Round second = daybrief.sources().collect("drop");

            assertThat(second.added()).isEqualTo(4);
            assertThat(titles(daybrief)).containsExactlyInAnyOrder("Ferry fares rise", "Quay plans filed",
                    "Lusk opens its new library", "Veyra's pier to close");
            assertThat(inbox.resolve("done/library.html")).exists();
            assertThat(inbox.resolve("done/note.md")).exists();
            assertThat(inbox.resolve("done/wire.csv")).exists();
            assertThat(Files.readString(inbox.resolve("done/wire.csv.reason"))).startsWith("line 3: ")
                    .contains("not-a-date");
            assertThat(inbox.resolve("refused/broken.json")).exists();
            assertThat(Files.readString(inbox.resolve("refused/broken.json.reason"))).contains("JSON");
            assertThat(inbox.resolve("refused/photo.jpg")).exists();
            assertThat(Files.readString(inbox.resolve("refused/photo.jpg.reason"))).contains("not a kind of file");
            assertThat(partial).exists();

            Sources.Round third = daybrief.sources().collect("drop");

            assertThat(third.added()).isEqualTo(1);
            assertThat(inbox.resolve("done/late.ndjson")).exists();
            assertThat(titles(daybrief)).contains("Storm closes the harbour");
            assertThat(daybrief.sources().statuses().get("drop").eventsCollected()).isEqualTo(5);
        }
    }

    @Test
    void keepsBothFilesWhenOneOfTheSameNameWasFiledBefore() throws IOException {
        Path inbox = Files.createDirectories(folder.resolve("inbox"));
        try (Daybrief daybrief = open(inbox)) {
            for (int round = 0; round < 2; round++) {
                Files.writeString(inbox.resolve("wire.csv"), CSV.replace("the operator said", "the operator said on day "
                        + round).replace("went to the council", "went to the council on day " + round));
                daybrief.sources().collect("drop");
                daybrief.sources().collect("drop");
            }

            assertThat(inbox.resolve("done/wire.csv")).exists();
            assertThat(inbox.resolve("done/wire-2.csv")).exists();
            assertThat(titles(daybrief)).hasSize(4);
        }
    }
}
