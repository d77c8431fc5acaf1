package io.daybrief.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import io.daybrief.Daybrief;
import io.daybrief.TestDaybrief;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An edition tells each event once, however many reports carry it, and keeps every source. */
class StoriesInEditionTest {

    @TempDir
    Path folder;

    @Test
    void groupsTheReportsOfOneEventIntoOneStoryWithEverySourceAndEachValueOfAFigureTheyDisagreeOn() {
        try (Daybrief daybrief = TestDaybrief.open(folder)) {
            daybrief.ingester().ingest(List.of(TestDaybrief.fixture("same-event")));
            BriefingDefinition definition = daybrief.briefing("daily");
            Briefing briefing = new BriefingAssembler(daybrief.events(), daybrief.analyses())
                    .assemble(definition, definition.periodOf(LocalDate.of(2026, 6, 2)));

            assertThat(briefing.eventCount()).isEqualTo(4);
            assertThat(briefing.stories()).hasSize(2);
            Story ferry = briefing.stories().get(0);
            assertThat(ferry.headline()).containsIgnoringCase("ferry");
            assertThat(ferry.reports()).isEqualTo(3);
            assertThat(ferry.sources()).isEqualTo(2);
            assertThat(ferry.score().parts().get("sources")).isPositive();
            // The toll differs between the wire and the radio: both values are shown, each with its report.
            assertThat(ferry.figures()).filteredOn(f -> f.counts().contains("killed")).extracting(KeyFigure::value)
                    .contains("14", "16");
            assertThat(ferry.quotes()).extracting(KeyQuote::speaker).contains("Marta Quillan", "Ivo Brandt");
            // The rewrite carries the commander's words too: the quote is shown once, with both reports.
            assertThat(ferry.quotes()).filteredOn(q -> q.speaker().equals("Marta Quillan")).singleElement()
                    .satisfies(q -> assertThat(q.alsoIn()).hasSize(1).doesNotContain(q.eventId()));
            assertThat(ferry.quotes()).filteredOn(q -> q.speaker().equals("Ivo Brandt")).singleElement()
                    .satisfies(q -> assertThat(q.alsoIn()).isEmpty());
            // The radio's later toll joins the summary, with its source; the rewrite says nothing new.
            assertThat(ferry.summary()).anyMatch(s -> s.contains("16 passengers were killed") && s.endsWith("(Harbour Radio)"))
                    .noneMatch(s -> s.contains("Fourteen"));
            assertThat(briefing.sources()).hasSize(4);
            assertThat(briefing.stories().get(1).reports()).isEqualTo(1);
        }
    }

    @Test
    void countsEveryReportOfAStoryAndSaysWhenTheFirstAndLatestWerePublished() throws Exception {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 15; i++) {
            // Fifteen rewrites of one wire report through the day, more than are read for quotes and figures.
            lines.append(String.format("{\"source\": \"Paper %d\", \"title\": \"Ferry sinks off Veyra coast, killing 14"
                    + " passengers\", \"published\": \"2026-06-02T%02d:15:00Z\", \"body\": \"A ferry sank in a storm off the"
                    + " Veyra coast on Monday, and 14 passengers were killed, the coastguard said (edition %d).\"}%n",
                    i % 4, 6 + i, i));
        }
        Briefing briefing = dayOf(java.nio.file.Files.writeString(folder.resolve("rewrites.ndjson"), lines));

        assertThat(briefing.stories()).singleElement().satisfies(story -> {
            assertThat(story.reports()).isEqualTo(15);
            assertThat(story.sources()).isEqualTo(4);
            assertThat(story.firstReport()).isEqualTo("2 Jun 2026, 06:15 UTC");
            assertThat(story.lastReport()).isEqualTo("2 Jun 2026, 20:15 UTC");
        });
    }

    @Test
    void headsAStoryWithItsMostCentralReportAndNamesTheLeadingReportsOwnTitleAsItsSource() throws Exception {
        String outlier = "Grieving families gather as police arrest Veyra ferry captain after 14 passengers killed";
        String lines = String.join("\n",
                event("Wire", "Ferry sinks off Veyra coast, killing 14 passengers", "A ferry sank in a storm off the"
                        + " Veyra coast on Monday, and 14 passengers were killed, the coastguard said."),
                event("Courier", "Veyra ferry sinks in storm, killing 14 passengers", "A ferry sank off the Veyra coast"
                        + " in a storm on Monday and 14 passengers were killed, the coastguard said."),
                event("Gazette", "Fourteen passengers killed as ferry sinks off Veyra coast", "Fourteen passengers were"
                        + " killed when a ferry sank in a storm off the Veyra coast on Monday, the coastguard said."),
                event("Radio", outlier, "Police arrested the captain of the Veyra ferry on Monday after 14 passengers"
                        + " were killed and 30 were injured when it sank in a storm; grieving families gathered at the"
                        + " harbour as divers searched for the missing."));
        Briefing briefing = dayOf(java.nio.file.Files.writeString(folder.resolve("ferry.ndjson"), lines + "\n"));

        assertThat(briefing.stories()).singleElement().satisfies(story -> {
            assertThat(story.reports()).isEqualTo(4);
            // The arrest report leads (the most harm, an arrest), but it is not how most reports tell it.
            assertThat(briefing.sources()).filteredOn(source -> source.eventId() == story.eventId())
                    .singleElement().extracting(Source::title).isEqualTo(outlier);
            assertThat(story.headline()).isNotEqualTo(outlier).containsIgnoringCase("ferr");
        });
    }

    @Test
    void keepsApartTwoReportsFromOneTownThatShareItsNameAndLittleElse() {
        // The bundled samples' day holds a port strike and a runway closure in the same town, from one wire.
        try (Daybrief daybrief = TestDaybrief.open(folder)) {
            io.daybrief.ingest.Samples.ingestAll(daybrief.ingester());
            BriefingDefinition definition = daybrief.briefing("daily");
            Briefing briefing = new BriefingAssembler(daybrief.events(), daybrief.analyses())
                    .assemble(definition, definition.periodOf(LocalDate.of(2026, 3, 4)));

            assertThat(briefing.stories()).extracting(Story::headline)
                    .anyMatch(h -> h.contains("strike")).anyMatch(h -> h.contains("runway"));
        }
    }

    /** The edition of 2 June 2026 from the events in {@code file}. */
    private Briefing dayOf(Path file) {
        try (Daybrief daybrief = TestDaybrief.open(folder)) {
            daybrief.ingester().ingest(List.of(file));
            BriefingDefinition definition = daybrief.briefing("daily");
            return new BriefingAssembler(daybrief.events(), daybrief.analyses())
                    .assemble(definition, definition.periodOf(LocalDate.of(2026, 6, 2)));
        }
    }

    private static String event(String source, String title, String body) {
        return "{\"source\": \"" + source + "\", \"title\": \"" + title + "\", \"published\": \"2026-06-02T09:00:00Z\","
                + " \"body\": \"" + body + "\"}";
    }
}
