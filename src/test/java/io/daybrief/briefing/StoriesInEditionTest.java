package io.daybrief.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import io.daybrief.Daybrief;
import io.daybrief.TestDaybrief;
import io.daybrief.analysis.Analyzer;
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
            assertThat(briefing.sources()).hasSize(4);
            assertThat(briefing.stories().get(1).reports()).isEqualTo(1);
        }
    }
}
