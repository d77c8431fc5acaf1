package io.daybrief.briefing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.daybrief.Daybrief;
import io.daybrief.TestDaybrief;
import io.daybrief.analysis.NewsValue;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A day of mixed weight (a sinking with deaths, a cup final full of quotes, a gardening feature) ranked as an
 * editor ranks it, and as a briefing that asks otherwise ranks it.
 */
class NewsValueRankingTest {

    @TempDir
    Path folder;

    private List<Story> rank(NewsValue.Ranking ranking) {
        try (Daybrief daybrief = TestDaybrief.open(folder)) {
            daybrief.ingester().ingest(List.of(TestDaybrief.fixture("mixed-day")));
            BriefingDefinition definition = new BriefingDefinition("daily", "Daily", ZoneId.of("UTC"), "0 0 6 * * ?",
                    List.of(), BriefingDefinition.Limits.DEFAULT, "Desk", List.of(), io.daybrief.briefing.CatchUpPolicy.LATEST, ranking, false);
            return new BriefingAssembler(daybrief.events(), daybrief.analyses())
                    .assemble(definition, definition.periodOf(LocalDate.of(2026, 6, 2))).stories();
        }
    }

    private static List<String> headlines(List<Story> stories) {
        return stories.stream().map(s -> s.headline().split(" ")[0]).toList();
    }

    @Test
    void hardNewsLeadsAndSportAndFeaturesFollowHoweverManyQuotesTheyHave() {
        List<Story> stories = rank(NewsValue.Ranking.DEFAULT);

        assertThat(headlines(stories)).containsExactly("Ferry", "Lusk", "Ten");
        Story lead = stories.get(0);
        assertThat(lead.score().parts().get("harm")).isGreaterThan(0.5);
        assertThat(lead.score().topics()).startsWith("harm");
        assertThat(stories.get(1).score().parts().get("soft")).isGreaterThan(0.5);
        assertThat(stories.get(1).score().topics()).contains("sport");
    }

    @Test
    void aBriefingThatFavoursSportOrAvoidsASourceRanksAsItAsks() {
        assertThat(headlines(rank(new NewsValue.Ranking(Map.of(), List.of("sport"), List.of())))).first()
                .isEqualTo("Lusk");
        assertThat(headlines(rank(new NewsValue.Ranking(Map.of("harm", 0.0, "government", 0.0, "soft", 0.0),
                List.of(), List.of("source:Lantern Wire"))))).last().isEqualTo("Ferry");
    }

    @Test
    void refusesAPartOrTopicItDoesNotKnowNamingWhatItKnows() {
        assertThatThrownBy(() -> new NewsValue.Ranking(Map.of("glamour", 1.0), List.of(), List.of()))
                .hasMessageContaining("glamour").hasMessageContaining("harm, conflict");
        assertThatThrownBy(() -> new NewsValue.Ranking(Map.of(), List.of("weather"), List.of()))
                .hasMessageContaining("weather").hasMessageContaining("source:NAME");
    }
}
